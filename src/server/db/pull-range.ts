// The rows of a table that one pull page covers: after < version <= upTo, the oldest
// first, at most `limit`; tombstones only above `tombstonesAbove` (below it the device is
// pulling from scratch and holds nothing that could need deleting).
import { expressionBuilder, sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from './schema';

export interface PullRange { after: number; upTo: number; limit: number; tombstonesAbove: number }

/** The synced tables: each has `version` and `deleted`. */
export type SyncedTable = 'areas' | 'units' | 'people' | 'competences' | 'person_competences' | 'networks' | 'memberships'
  | 'network_tasks' | 'seminars' | 'signups' | 'learnings' | 'core_knowledge' | 'unit_plans' | 'notification_settings'
  | 'pulses' | 'pulse_results';

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

/**
 * The rows of a scope that changed for the viewer (a network joined or left, a role, a unit,
 * an event moved between networks: sync/scope-backfill.ts) that the page itself does not
 * carry. The page reads every row newer than the cursor that the viewer's rule `readBy`
 * matches; everything else the device may hold must come here, whatever its version: rows
 * it may now see (at or below the cursor: unchanged, so not in the page) and rows it may no
 * longer see. Tombstones at or below the cursor are left out: the device heard of them when
 * they were made, or never held the row.
 */
export function outsidePage(table: SyncedTable, readBy: Expression<SqlBool>, after: number): Expression<SqlBool> {
  const version = sql.ref<number>(`${table}.version`);
  const deleted = sql.ref<number>(`${table}.deleted`);
  // `not readBy` would be unknown, and the row left out, where the rule meets a null (an
  // event in no network): a row the rule does not match is one the page does not read.
  const unread = eb(eb.case().when(readBy).then(1).else(0).end(), '=', 0);
  return eb.and([
    eb.or([eb(version, '<=', after), unread]),
    eb.or([eb(deleted, '=', 0), eb(version, '>', after)]),
  ]);
}

/** A row of such a scope is a `put` when it is live and the viewer's rule lets them see it; else a `del`. */
export function liveAndVisible(table: SyncedTable, visible: Expression<SqlBool>): Expression<SqlBool> {
  return eb.and([eb(sql.ref<number>(`${table}.deleted`), '=', 0), visible]);
}
