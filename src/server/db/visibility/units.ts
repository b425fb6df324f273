// Who sees a unit's core knowledge, plan and attendance counts (issue 11), as SQL
// conditions: pull reads by them and the backfill after a move between units tells `put`
// from `del` by them, so each rule is written once.
import { expressionBuilder, sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../schema';
import { hasRole, type Viewer } from '../../rules/viewer';
import { seesAll } from './basics';

const eb = expressionBuilder<Database>();

/** A unit's core knowledge and plan: its own people, and administrators (who see every unit's page). */
export function unitRowVisibleTo(viewer: Viewer, table: 'core_knowledge' | 'unit_plans'): Expression<SqlBool> {
  return hasRole(viewer, 'admin') ? seesAll : eb(sql.ref<string>(`${table}.unit_id`), '=', viewer.unitId);
}

/**
 * The units whose attendance counts a viewer receives: their own only, administrators
 * included (every unit's counts would cost a count over the municipality's sign-ups on
 * every pull). A count query reads these units (db/unit-attendance.ts).
 */
export const attendanceUnitsOf = (viewer: Pick<Viewer, 'unitId'>): string[] => [viewer.unitId];

/** The same rule on the unit of a counted row. */
export const attendanceVisibleTo = (viewer: Pick<Viewer, 'unitId'>, unitId: Expression<string>): Expression<SqlBool> =>
  eb(unitId, 'in', attendanceUnitsOf(viewer));
