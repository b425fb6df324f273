// The rows of a table that one pull page covers: after < version <= upTo, the oldest
// first, at most `limit`; tombstones only above `tombstonesAbove` (below it the device is
// pulling from scratch and holds nothing that could need deleting).
import { expressionBuilder, sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from './schema';

export interface PullRange { after: number; upTo: number; limit: number; tombstonesAbove: number }

/** The synced tables: each has `version` and `deleted`. */
export type SyncedTable = 'areas' | 'units' | 'people' | 'competences' | 'person_competences' | 'networks' | 'memberships'
  | 'network_tasks' | 'seminars' | 'signups' | 'learnings' | 'core_knowledge' | 'unit_plans';

const eb = expressionBuilder<Database>();

export function inPullRange(table: SyncedTable, r: Pick<PullRange, 'after' | 'upTo' | 'tombstonesAbove'>): Expression<SqlBool> {
  const version = sql.ref<number>(`${table}.version`);
  const deleted = sql.ref<number>(`${table}.deleted`);
  return eb.and([
    eb(version, '>', r.after),
    eb(version, '<=', r.upTo),
    ...(r.tombstonesAbove > r.after ? [eb.or([eb(deleted, '=', 0), eb(version, '>', r.tombstonesAbove)])] : []),
  ]);
}
