// SQL of seminars and sign-ups: locking a seminar, seats and the waitlist. Sign-ups are
// rows, never a decremented counter; the counts on the seminar row follow the rows in
// the same transaction (sync.md "Capacity without overbooking").
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import type { CheckinCodeTable, Database, SeminarTable, SignupTable } from './schema';
import { prepared, type Executor } from './prepared';

type Tx = Transaction<Database>;
export type SeminarRow = SeminarTable;
export type SignupRow = SignupTable;

// The queries of a sign-up: built once (prepared.ts).
const selectSeminar = (tx: Executor, id: string) => tx.selectFrom('seminars').selectAll().where('id', '=', id).where('deleted', '=', 0);
const seminarById = prepared((tx, p: { id: string }) => selectSeminar(tx, p.id));
const lockedSeminarById = prepared((tx, p: { id: string }) => selectSeminar(tx, p.id).forUpdate());
const signupOf = prepared((tx, p: { seminarId: string; personId: string }) => tx.selectFrom('signups').selectAll()
  .where('seminar_id', '=', p.seminarId).where('person_id', '=', p.personId));
const upsertSignup = prepared((tx, p: SignupRow) => tx.insertInto('signups')
  .values({
    id: p.id, seminar_id: p.seminar_id, person_id: p.person_id, status: p.status, position: p.position,
    checked_in_at: p.checked_in_at, created_at: p.created_at, deleted: p.deleted, version: p.version,
  })
  .onConflict((oc) => oc.column('id').doUpdateSet({
    status: p.status, position: p.position, checked_in_at: p.checked_in_at,
    created_at: p.created_at, deleted: p.deleted, version: p.version,
  })));
const seminarCounts = prepared((tx, p: { id: string; confirmed: number; waitlisted: number; version: number }) => tx.updateTable('seminars')
  .set({ confirmed_count: p.confirmed, waitlist_count: p.waitlisted, version: p.version })
  .where('id', '=', p.id));

/**
 * Reads the seminar and holds it until the transaction ends: PostgreSQL locks the row
 * (SELECT … FOR UPDATE); on SQLite the write transaction (BEGIN IMMEDIATE) holds the
 * whole database already. Two sign-ups for the last seat are thus decided one at a time.
 */
export async function lockSeminar(tx: Tx, id: string, dialect: 'sqlite' | 'postgres'): Promise<SeminarRow | undefined> {
  return (dialect === 'postgres' ? lockedSeminarById : seminarById).executeTakeFirst(tx, { id });
}

/** Who organizes the seminar with this id, deleted or not: a replayed create finds its own. */
export async function findSeminarOrganizer(tx: Tx, id: string): Promise<{ organizer_id: string } | undefined> {
  return tx.selectFrom('seminars').select('organizer_id').where('id', '=', id).executeTakeFirst();
}

/** The seminar, if it exists and is not deleted, without holding it (a learning may name it). */
export async function findLiveSeminar(tx: Tx, id: string): Promise<{ id: string } | undefined> {
  return tx.selectFrom('seminars').select('id').where('id', '=', id).where('deleted', '=', 0).executeTakeFirst();
}

/** A new seminar, and its check-in code as issued `now` (checkin.ts judges scans by it). */
export async function insertSeminar(tx: Tx, row: Insertable<SeminarTable>, now: string): Promise<void> {
  await tx.insertInto('seminars').values(row).execute();
  await tx.insertInto('checkin_codes').values({ seminar_id: row.id, code: row.checkin_code, valid_from: now, valid_until: null }).execute();
}

/** Changes some of the seminar's fields (its version among them). */
export async function updateSeminar(tx: Tx, id: string, fields: Updateable<SeminarTable>): Promise<void> {
  await tx.updateTable('seminars').set(fields).where('id', '=', id).execute();
}

export async function findSignup(tx: Tx, seminarId: string, personId: string): Promise<SignupRow | undefined> {
  return signupOf.executeTakeFirst(tx, { seminarId, personId });
}

export async function writeSignup(tx: Tx, row: SignupRow): Promise<void> {
  await upsertSignup.run(tx, row);
}

export async function setSeminarCounts(tx: Tx, id: string, counts: { confirmed: number; waitlisted: number }, version: number): Promise<void> {
  await seminarCounts.run(tx, { id, confirmed: counts.confirmed, waitlisted: counts.waitlisted, version });
}

/** The sign-up takes a seat: off the waitlist, if it was on it. */
export async function confirmSignup(tx: Tx, signupId: string, version: number): Promise<void> {
  await tx.updateTable('signups').set({ status: 'confirmed', position: null, version }).where('id', '=', signupId).execute();
}

/** The sign-up gives up its seat or its place on the waitlist. */
export async function cancelSignup(tx: Tx, signupId: string, version: number): Promise<void> {
  await tx.updateTable('signups').set({ status: 'cancelled', position: null, version }).where('id', '=', signupId).execute();
}

/** Marks the participant present since `checkedInAt`, or not present (null). */
export async function setCheckedIn(tx: Tx, signupId: string, checkedInAt: string | null, version: number): Promise<void> {
  await tx.updateTable('signups').set({ checked_in_at: checkedInAt, version }).where('id', '=', signupId).execute();
}

/** The first on the waitlist, if anyone waits. */
export async function firstWaiting(tx: Tx, seminarId: string): Promise<SignupRow | undefined> {
  return tx.selectFrom('signups').selectAll()
    .where('seminar_id', '=', seminarId).where('status', '=', 'waitlisted').where('deleted', '=', 0)
    .orderBy('position').limit(1).executeTakeFirst();
}

/**
 * Everyone waiting behind `position` moves one place up, each row with a version of its
 * own (versions are unique: pull pages are cut by version). Positions are 1..n without
 * gaps, so `firstVersion + position - position0 - 1` is unique per row and fits the
 * block the caller reserved (`count` = how many wait behind `position`).
 */
export async function closeWaitlistGap(tx: Tx, seminarId: string, position: number, firstVersion: number): Promise<void> {
  await tx.updateTable('signups')
    .set({
      position: sql<number>`position - 1`,
      version: sql<number>`${firstVersion} + position - ${position + 1}`,
    })
    .where('seminar_id', '=', seminarId).where('status', '=', 'waitlisted').where('deleted', '=', 0)
    .where('position', '>', position)
    .execute();
}

export type CheckinCodeRow = Pick<CheckinCodeTable, 'valid_from' | 'valid_until'>;

/** When `code` was issued for this seminar and when it was replaced (null: still shown); undefined if it never was its code. */
export async function findCheckinCode(tx: Tx, seminarId: string, code: string): Promise<CheckinCodeRow | undefined> {
  return tx.selectFrom('checkin_codes').select(['valid_from', 'valid_until'])
    .where('seminar_id', '=', seminarId).where('code', '=', code).executeTakeFirst();
}

export async function replaceCheckinCode(tx: Tx, seminarId: string, code: string, now: string): Promise<void> {
  await tx.updateTable('checkin_codes').set({ valid_until: now })
    .where('seminar_id', '=', seminarId).where('valid_until', 'is', null).execute();
  await tx.insertInto('checkin_codes').values({ seminar_id: seminarId, code, valid_from: now, valid_until: null })
    .onConflict((oc) => oc.columns(['seminar_id', 'code']).doNothing()).execute();
}
