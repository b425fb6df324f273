// SQL of a unit's attendance: per event, how many of the unit's people were checked in,
// counted from the sign-ups at read time. A group's version is its newest sign-up's, or
// the newest move into or out of the unit of someone signed up for the event at the move,
// so a check-in (or its undoing) by one of the unit's people, or a colleague who moves
// unit, brings the event's count again to everyone in the units concerned.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';
import type { Viewer } from '../rules/viewer';
import { attendanceVisibleTo } from './visibility/units';
import { visibleFlag } from './visibility/basics';
import type { ScopeRecords } from './scope-changes';

export interface UnitAttendanceRow {
  unit_id: string; seminar_id: string; version: number; count: number;
  /** Whether the viewer receives this unit's counts (db/visibility/units.ts). */
  visible: boolean;
}

/**
 * Each event at which a person now in one of `unitIds` has a sign-up, with the unit's
 * checked-in count; and each event at which someone who moved into or out of one of them
 * had a sign-up when they moved, counted again at the move's version (0 when no one of the
 * unit is left).
 */
export async function unitAttendance(
  db: Kysely<Database>, viewer: Pick<Viewer, 'unitId'>, unitIds: readonly string[], after: number, upTo: number, limit?: number,
): Promise<UnitAttendanceRow[]> {
  if (unitIds.length === 0) return [];
  const attended = db.selectFrom('signups').innerJoin('people', 'people.id', 'signups.person_id')
    .select((eb) => [
      'people.unit_id as unit_id',
      'signups.seminar_id as seminar_id',
      'signups.version as version',
      eb.case().when(eb.and([eb('signups.checked_in_at', 'is not', null), eb('signups.deleted', '=', 0)])).then(1).else(0).end().as('present'),
    ])
    .where('people.unit_id', 'in', unitIds);
  // A move changes the counts of both units at every event the mover had signed up for
  // when they moved (unit_move_signups): the groups are touched at the move's version, with
  // nothing added to the count. A sign-up made after the move counts in the new unit only.
  const moved = (side: 'from_unit_id' | 'to_unit_id') => db.withTables<ScopeRecords>().selectFrom('unit_moves')
    .innerJoin('unit_move_signups', (join) => join
      .onRef('unit_move_signups.person_id', '=', 'unit_moves.person_id').onRef('unit_move_signups.version', '=', 'unit_moves.version'))
    .select([`unit_moves.${side} as unit_id`, 'unit_move_signups.seminar_id as seminar_id', 'unit_moves.version as version', sql<number>`0`.as('present')])
    .where(`unit_moves.${side}`, 'in', unitIds);
  let query = db.selectFrom(attended.unionAll(moved('from_unit_id')).unionAll(moved('to_unit_id')).as('groups'))
    .select((eb) => ['groups.unit_id', 'groups.seminar_id', eb.fn.max('groups.version').as('version'), eb.fn.sum<number>('groups.present').as('count'),
      visibleFlag(attendanceVisibleTo(viewer, eb.ref('groups.unit_id')))])
    .groupBy(['groups.unit_id', 'groups.seminar_id'])
    .having((eb) => eb.fn.max('groups.version'), '>', after)
    .having((eb) => eb.fn.max('groups.version'), '<=', upTo)
    .orderBy('version');
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map((r) => ({
    unit_id: r.unit_id, seminar_id: r.seminar_id, version: Number(r.version), count: Number(r.count), visible: Number(r.visible_flag) === 1,
  }));
}
