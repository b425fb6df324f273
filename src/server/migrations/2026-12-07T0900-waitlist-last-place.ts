// The waitlist without rewriting everyone behind a departure (issue 23, part 7): a place
// given up leaves a gap, and the places are renumbered 1..n soon after, once for a burst of
// departures (waitlists/renumbering.ts). `waitlist_last` is the highest place handed out,
// so a newcomer goes behind everyone even while gaps remain; a seminar has gaps while it
// is above `waitlist_count`, and the partial index finds those at once.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('seminars').addColumn('waitlist_last', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update seminars set waitlist_last = waitlist_count`.execute(db);
  await db.schema.createIndex('seminars_waitlist_gaps').on('seminars').column('id')
    .where(sql.ref('waitlist_last'), '>', sql.ref('waitlist_count')).execute();
}
