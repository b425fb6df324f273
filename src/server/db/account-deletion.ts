// What must be handed over before a person deletes their account (issue 21, part 3): the
// networks they alone coordinate while others are in them. And the deletion itself: their
// future sign-ups cancelled the ordinary way (seats freed, waitlists promoted: the caller
// runs signup.cancel), then everything of theirs erased (db/retention.ts).
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

/** Networks where this person is the only active coordinator and somebody else is still a member. */
export async function networksToHandOver(db: Kysely<Database> | Transaction<Database>, personId: string): Promise<string[]> {
  const rows = await db.selectFrom('memberships as mine').innerJoin('networks', 'networks.id', 'mine.network_id')
    .select('networks.name')
    .where('mine.person_id', '=', personId).where('mine.role', '=', 'coordinator').where('mine.status', '=', 'active').where('mine.deleted', '=', 0)
    .where('networks.deleted', '=', 0)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('memberships as other').select('other.id')
      .whereRef('other.network_id', '=', 'mine.network_id').where('other.person_id', '!=', personId)
      .where('other.role', '=', 'coordinator').where('other.status', '=', 'active').where('other.deleted', '=', 0))))
    .where(({ exists, selectFrom }) => exists(selectFrom('memberships as member').select('member.id')
      .whereRef('member.network_id', '=', 'mine.network_id').where('member.person_id', '!=', personId)
      .where('member.status', '=', 'active').where('member.deleted', '=', 0)))
    .orderBy('networks.name').execute();
  return rows.map((r) => r.name);
}

/** The events not yet over that this person is signed up or waiting for. */
export async function futureSignups(tx: Transaction<Database>, personId: string, now: string): Promise<string[]> {
  const rows = await tx.selectFrom('signups').innerJoin('seminars', 'seminars.id', 'signups.seminar_id').select('signups.seminar_id')
    .where('signups.person_id', '=', personId).where('signups.deleted', '=', 0).where('signups.status', 'in', ['confirmed', 'waitlisted'])
    .where('seminars.ends_at', '>', now).execute();
  return rows.map((r) => r.seminar_id);
}
