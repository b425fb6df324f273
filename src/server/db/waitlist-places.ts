// SQL of renumbering a waitlist (waitlists/renumbering.ts): places given up leave gaps, and
// here the places become 1..n again, in their order, in one statement; only the rows whose
// place changes are written, each with a version of its own.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema';
import { lockSeminar } from './seminars';

type Tx = Transaction<Database>;

/** Seminars whose waitlist has gaps (the partial index `seminars_waitlist_gaps` holds just these). */
export async function seminarsWithWaitlistGaps(db: Kysely<Database>, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('seminars').select('id').where('deleted', '=', 0)
    .where(sql.ref<number>('waitlist_last'), '>', sql.ref<number>('waitlist_count')).orderBy('id').limit(limit).execute();
  return rows.map((row) => row.id);
}

/** Each waiting sign-up with the place it should have, and (`k`) its rank among those that move. */
function movedPlaces(tx: Tx, seminarId: string) {
  const ranked = tx.selectFrom('signups')
    .select(['id', 'position', sql<number>`row_number() over (order by position, id)`.as('place')])
    .where('seminar_id', '=', seminarId).where('status', '=', 'waitlisted').where('deleted', '=', 0);
  return tx.selectFrom(ranked.as('ranked'))
    .select(['ranked.id', 'ranked.place', sql<number>`row_number() over (order by ranked.place)`.as('k')])
    .where(sql<boolean>`ranked.position <> ranked.place`);
}

/**
 * The seminar's waitlist renumbered 1..n, holding the seminar (no sign-up can come between);
 * how many places changed. Nothing to do when it has no gaps (another process came first).
 */
export async function renumberWaitlist(
  tx: Tx, dialect: 'sqlite' | 'postgres', seminarId: string, reserveVersions: (count: number) => Promise<number>,
): Promise<number> {
  const seminar = await lockSeminar(tx, seminarId, dialect);
  if (!seminar || seminar.waitlist_last <= seminar.waitlist_count) return 0;
  const { moving } = await tx.selectFrom(movedPlaces(tx, seminarId).as('moved'))
    .select((eb) => eb.fn.countAll<number>().as('moving')).executeTakeFirstOrThrow();
  const count = Number(moving);
  if (count > 0) {
    const first = await reserveVersions(count);
    await tx.updateTable('signups')
      .from(movedPlaces(tx, seminarId).as('moved'))
      .set((eb) => ({ position: eb.ref('moved.place'), version: sql<number>`${first} + moved.k - 1` }))
      .whereRef('signups.id', '=', 'moved.id')
      .execute();
  }
  // Not a change anyone sees (the seminar's counts are as they were): no new version.
  await tx.updateTable('seminars').set((eb) => ({ waitlist_last: eb.ref('waitlist_count') })).where('id', '=', seminarId).execute();
  return count;
}
