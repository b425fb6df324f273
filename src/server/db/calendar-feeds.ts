// Calendar feeds: a secret, revocable address per person that lists their events for
// Outlook, Google or Apple calendars. Only the token's hash is stored.
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { hashSecret, newToken } from '../auth/tokens';
import type { CalendarEvent } from '../../shared/calendar/ics';

/** A new feed token for the person; any earlier one stops working. */
export async function renewCalendarFeed(db: Kysely<Database>, personId: string, now: string): Promise<string> {
  const token = newToken();
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('calendar_feeds').set({ revoked_at: now }).where('person_id', '=', personId).where('revoked_at', 'is', null).execute();
    await tx.insertInto('calendar_feeds').values({ token_hash: hashSecret(token), person_id: personId, created_at: now, revoked_at: null }).execute();
  });
  return token;
}

export async function revokeCalendarFeed(db: Kysely<Database>, personId: string, now: string): Promise<void> {
  await db.updateTable('calendar_feeds').set({ revoked_at: now }).where('person_id', '=', personId).where('revoked_at', 'is', null).execute();
}

/**
 * The person a live feed belongs to. A person marked deleted (off-boarded by HR) has no
 * feed from that moment on, as sessions (auth/sessions.ts): the address alone must not
 * keep showing their calendar after they have left.
 */
export async function personOfCalendarFeed(db: Kysely<Database>, token: string): Promise<string | null> {
  const row = await db.selectFrom('calendar_feeds').innerJoin('people', 'people.id', 'calendar_feeds.person_id')
    .select('calendar_feeds.person_id')
    .where('calendar_feeds.token_hash', '=', hashSecret(token)).where('calendar_feeds.revoked_at', 'is', null)
    .where('people.deleted', '=', 0)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

/** The events a person is signed up for (seat or waitlist), cancelled ones marked so. */
export async function calendarEventsOf(db: Kysely<Database>, personId: string): Promise<CalendarEvent[]> {
  const rows = await db.selectFrom('signups').innerJoin('seminars', 'seminars.id', 'signups.seminar_id')
    .select(['seminars.id', 'seminars.title', 'seminars.description', 'seminars.location', 'seminars.starts_at',
      'seminars.ends_at', 'seminars.status'])
    .where('signups.person_id', '=', personId).where('signups.deleted', '=', 0)
    .where('signups.status', 'in', ['confirmed', 'waitlisted']).where('seminars.deleted', '=', 0)
    .orderBy('seminars.starts_at').execute();
  return rows.map((r) => ({
    id: r.id, title: r.title, description: r.description, location: r.location,
    startsAt: r.starts_at, endsAt: r.ends_at, cancelled: r.status === 'cancelled',
  }));
}
