// SQL of the message queue (issue 22): rows written in the transaction of the change that
// causes them, claimed by a worker for a while (several processes on PostgreSQL skip each
// other's claims; SQLite's one writer does the same by its nature), then marked done. A
// worker that dies mid-send leaves its claim to lapse, and the row is taken up again.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, NotificationOutcome, NotificationQueueTable } from './schema';
import { SUBJECT_OF, type NotificationKind } from '../../shared/notifications/kinds';
import { randomUUID } from 'node:crypto';

export type QueuedNotification = Selectable<NotificationQueueTable>;

export interface NewNotification {
  personId: string; kind: NotificationKind; subjectId: string; dueAt: string; now: string;
  /** Tells apart messages of one kind about one subject that are each worth sending (each move of an event). */
  occasion?: string;
}

const dedupeKey = (message: NewNotification) =>
  `${message.kind}:${message.subjectId}:${message.personId}${message.occasion ? `:${message.occasion}` : ''}`;

function row(message: NewNotification) {
  return {
    id: randomUUID(), dedupe_key: dedupeKey(message), person_id: message.personId, kind: message.kind, subject_id: message.subjectId,
    due_at: message.dueAt, claimed_until: null, sent_at: null, outcome: null, created_at: message.now,
  };
}

/** Rows per insert: well under SQLite's limit of bound values (11 a row). */
const INSERT_CHUNK = 500;

/** Queues messages once per person, kind, subject (and occasion): a retried change adds nothing. */
export async function enqueueNotification(tx: Transaction<Database> | Kysely<Database>, ...messages: NewNotification[]): Promise<void> {
  for (let start = 0; start < messages.length; start += INSERT_CHUNK) {
    await tx.insertInto('notification_queue').values(messages.slice(start, start + INSERT_CHUNK).map(row))
      .onConflict((oc) => oc.column('dedupe_key').doNothing()).execute();
  }
}

/**
 * Schedules (again) messages that are due at times of their own, such as a reminder: a
 * person who signs up anew after cancelling is reminded anew.
 */
export async function scheduleNotifications(tx: Transaction<Database>, messages: NewNotification[]): Promise<void> {
  if (messages.length === 0) return;
  await tx.insertInto('notification_queue').values(messages.map(row))
    .onConflict((oc) => oc.column('dedupe_key').doUpdateSet((eb) => ({
      due_at: eb.ref('excluded.due_at'), sent_at: null, outcome: null, attempts: 0, claimed_until: null,
    })))
    .execute();
}

/** Moves the event's reminders of `kind` not yet sent to `dueAt` (the event moved). */
export async function rescheduleReminders(tx: Transaction<Database>, seminarId: string, kind: NotificationKind, dueAt: string): Promise<void> {
  await tx.updateTable('notification_queue').set({ due_at: dueAt })
    .where('kind', '=', kind).where('subject_id', '=', seminarId).where('sent_at', 'is', null).execute();
}

/** Everyone signed up for or waiting for the event, but the one who made the change. */
export async function participantsOf(tx: Transaction<Database>, seminarId: string, exceptPersonId: string): Promise<string[]> {
  return (await tx.selectFrom('signups').select('person_id').where('seminar_id', '=', seminarId).where('deleted', '=', 0)
    .where('status', 'in', ['confirmed', 'waitlisted']).where('person_id', '!=', exceptPersonId).execute()).map((r) => r.person_id);
}

/** The last message of a kind about a subject to a person: waiting (no `sent_at`) or sent. */
export async function lastNotification(
  db: Transaction<Database> | Kysely<Database>, personId: string, kind: NotificationKind, subjectId: string,
): Promise<{ due_at: string; sent_at: string | null } | undefined> {
  return db.selectFrom('notification_queue').select(['due_at', 'sent_at'])
    .where('person_id', '=', personId).where('kind', '=', kind).where('subject_id', '=', subjectId)
    .orderBy('due_at', 'desc').limit(1).executeTakeFirst();
}

/** Each (event, person)'s sign-up status now, keyed `seminarId:personId` (missing: none). */
export async function signupStatuses(db: Kysely<Database>, pairs: readonly { seminarId: string; personId: string }[]): Promise<Map<string, string>> {
  const statuses = new Map<string, string>();
  if (pairs.length === 0) return statuses;
  const rows = await db.selectFrom('signups').select(['seminar_id', 'person_id', 'status'])
    .where('seminar_id', 'in', [...new Set(pairs.map((p) => p.seminarId))])
    .where('person_id', 'in', [...new Set(pairs.map((p) => p.personId))])
    .where('deleted', '=', 0).execute();
  for (const r of rows) statuses.set(`${r.seminar_id}:${r.person_id}`, r.status);
  return statuses;
}

/** Takes up to `limit` due messages for `claimMs`: no other worker takes them meanwhile. */
export async function claimDueNotifications(
  db: Kysely<Database>, dialect: 'sqlite' | 'postgres', now: Date, limit: number, claimMs: number,
): Promise<QueuedNotification[]> {
  const at = now.toISOString();
  const due = db.selectFrom('notification_queue').select('id')
    .where('sent_at', 'is', null).where('due_at', '<=', at)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', at)]))
    .orderBy('due_at').limit(limit)
    .$if(dialect === 'postgres', (q) => q.forUpdate().skipLocked());
  return db.updateTable('notification_queue')
    .set({ claimed_until: new Date(now.getTime() + claimMs).toISOString() })
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

/** Marks messages done with one outcome, in one statement. */
export async function finishNotifications(db: Kysely<Database>, ids: readonly string[], outcome: NotificationOutcome, now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('notification_queue').set({ sent_at: now.toISOString(), outcome, claimed_until: null }).where('id', 'in', ids).execute();
}

/** Tried again at `retryAt` (a push service that was busy or did not answer). */
export async function retryNotification(db: Kysely<Database>, id: string, retryAt: Date): Promise<void> {
  await db.updateTable('notification_queue')
    .set({ due_at: retryAt.toISOString(), claimed_until: null, attempts: sql<number>`attempts + 1` })
    .where('id', '=', id).execute();
}

/** Held until `until` (the person's quiet hours): not a failed try, so no attempt is counted. */
export async function holdNotification(db: Kysely<Database>, id: string, until: string): Promise<void> {
  await db.updateTable('notification_queue').set({ due_at: until, claimed_until: null }).where('id', '=', id).execute();
}

/** When each event that `messages` are about begins (quiet hours let what is too late by morning through). */
export async function eventStarts(db: Kysely<Database>, messages: readonly { kind: NotificationKind; subject_id: string }[]): Promise<Map<string, string>> {
  const ids = [...new Set(messages.filter((m) => SUBJECT_OF[m.kind] === 'seminar').map((m) => m.subject_id))];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('seminars').select(['id', 'starts_at']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.starts_at]));
}

/** Messages not yet sent, and the oldest's due time (the queue's depth and age). */
export async function queueDepth(db: Kysely<Database>): Promise<{ waiting: number; oldestDue: string | null }> {
  const row = await db.selectFrom('notification_queue')
    .select([db.fn.countAll<number>().as('waiting'), db.fn.min('due_at').as('oldest')])
    .where('sent_at', 'is', null).executeTakeFirstOrThrow();
  return { waiting: Number(row.waiting), oldestDue: row.oldest ?? null };
}

/** The event a message is about, as it is now (null: deleted). */
export async function findNotificationSeminar(db: Kysely<Database>, id: string): Promise<NotificationSeminar | null> {
  return (await db.selectFrom('seminars').select(['id', 'title', 'starts_at', 'location', 'status']).where('id', '=', id).where('deleted', '=', 0)
    .executeTakeFirst()) ?? null;
}

export interface NotificationSeminar { id: string; title: string; starts_at: string; location: string; status: string }

/** The e-mail addresses of those of `personIds` still in service (not deactivated nor deleted). */
export async function mailAddressesOf(db: Kysely<Database>, personIds: readonly string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db.selectFrom('people').select(['id', 'email']).where('id', 'in', [...new Set(personIds)])
    .where('deleted', '=', 0).where('deactivated_at', 'is', null).execute();
  return new Map(rows.filter((r) => r.email !== '').map((r) => [r.id, r.email]));
}
