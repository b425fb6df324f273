// SQL of a unit's attendance: per event, how many of the unit's people were checked in,
// counted from the sign-ups at read time. A group's version is its newest sign-up's, so
// a check-in (or its undoing) by one of the unit's people brings the event's count again.
import type { Kysely } from 'kysely';
import type { Database } from './schema';

export interface UnitAttendanceRow { unit_id: string; seminar_id: string; version: number; count: number }

/** Each event at which a person now in one of `unitIds` has a sign-up, with the unit's checked-in count. */
export async function unitAttendance(
  db: Kysely<Database>, unitIds: readonly string[], after: number, upTo: number, limit?: number,
): Promise<UnitAttendanceRow[]> {
  if (unitIds.length === 0) return [];
  let query = db.selectFrom('signups').innerJoin('people', 'people.id', 'signups.person_id')
    .select((eb) => [
      'people.unit_id as unit_id',
      'signups.seminar_id as seminar_id',
      eb.fn.max('signups.version').as('version'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb('signups.checked_in_at', 'is not', null), eb('signups.deleted', '=', 0)]))
        .then(1).else(0).end()).as('count'),
    ])
    .where('people.unit_id', 'in', unitIds)
    .groupBy(['people.unit_id', 'signups.seminar_id'])
    .having((eb) => eb.fn.max('signups.version'), '>', after)
    .having((eb) => eb.fn.max('signups.version'), '<=', upTo)
    .orderBy('version');
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map((r) => ({ unit_id: r.unit_id, seminar_id: r.seminar_id, version: Number(r.version), count: Number(r.count) }));
}
