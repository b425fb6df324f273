// SQL of seminars and sign-ups: locking a seminar, seats and the waitlist. Sign-ups are
// rows, never a decremented counter; the counts on the seminar row follow the rows in
// the same transaction (sync.md "Capacity without overbooking").
import { sql, type Insertable, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { CheckinCodeTable, Database, SeminarTable, SignupTable } from './schema';
import { prepared, type Executor } from './prepared';

type Tx = Transaction<Database>;

/** A seminar's counts as a change leaves them; `lastPlace`: the highest waitlist place handed out (waitlist_last). */
export interface SeminarCounts { confirmed: number; waitlisted: number; lastPlace: number }
export type SeminarRow = Selectable<SeminarTable>;
export type SignupRow = SignupTable;

// The queries of a sign-up: built once (prepared.ts). Their columns are named, never `*`:
// PostgreSQL keeps a named statement's plan, and a column added by a migration while the
// app runs would change a `*` query's result and fail it ("cached plan must not change
// result type") on every connection until a restart.
const SEMINAR_COLUMNS = [
  'seminars.id', 'seminars.version', 'seminars.deleted', 'seminars.title', 'seminars.description', 'seminars.kind', 'seminars.starts_at',
  'seminars.ends_at', 'seminars.location', 'seminars.capacity', 'seminars.signup_deadline', 'seminars.network_id', 'seminars.dlo',
  'seminars.competence_ids', 'seminars.organizer_id', 'seminars.status', 'seminars.checkin_code', 'seminars.confirmed_count',
  'seminars.waitlist_count', 'seminars.waitlist_last',
] as const satisfies readonly `seminars.${keyof SeminarTable}`[];
const SIGNUP_COLUMNS = [
  'id', 'seminar_id', 'person_id', 'status', 'position', 'checked_in_at', 'created_at', 'deleted', 'version',
] as const satisfies readonly (keyof SignupTable)[];
const selectSeminar = (tx: Executor, id: string) => tx.selectFrom('seminars').select(SEMINAR_COLUMNS).where('seminars.id', '=', id).where('seminars.deleted', '=', 0);
const seminarById = prepared((tx, p: { id: string }) => selectSeminar(tx, p.id));
const lockedSeminarById = prepared((tx, p: { id: string }) => selectSeminar(tx, p.id).forUpdate());
/**
 * The seminar with one person's sign-up beside it (null columns when they have none).
 * Never locked: on PostgreSQL a statement that waits for the seminar's lock gets the
 * seminar as it is after the wait, but the joined sign-up as it was before.
 */
const seminarAndSignup = prepared((tx, p: { id: string; personId: string }) => selectSeminar(tx, p.id)
  .leftJoin('signups', (join) => join.onRef('signups.seminar_id', '=', 'seminars.id').on('signups.person_id', '=', p.personId))
  .select(['signups.id as signup_id', 'signups.status as signup_status', 'signups.position as signup_position', 'signups.deleted as signup_deleted']));
const signupOf = prepared((tx, p: { seminarId: string; personId: string }) => tx.selectFrom('signups').select(SIGNUP_COLUMNS)
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
// PostgreSQL: a sign-up's writes in one statement, the two versions taken in it too, so the
// seminar's lock (and the version counter, everyone's) is held for one trip and the commit.
const signupWithCountsAtOnce = prepared((tx, p: Omit<SignupRow, 'version'> & SeminarCounts) => tx
  .with('taken', (db) => db.updateTable('version_counter').set({ value: sql`value + 2` }).where('id', '=', 1)
    .returning(sql<number>`value - 1`.as('first')))
  .with('written', (db) => db.insertInto('signups')
    .values({
      id: p.id, seminar_id: p.seminar_id, person_id: p.person_id, status: p.status, position: p.position,
      checked_in_at: p.checked_in_at, created_at: p.created_at, deleted: p.deleted, version: sql<number>`(select first from taken)`,
    })
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({
      status: eb.ref('excluded.status'), position: eb.ref('excluded.position'), checked_in_at: eb.ref('excluded.checked_in_at'),
      created_at: eb.ref('excluded.created_at'), deleted: eb.ref('excluded.deleted'), version: eb.ref('excluded.version'),
    })))
    .returning('version'))
  .updateTable('seminars')
  .set({ confirmed_count: p.confirmed, waitlist_count: p.waitlisted, waitlist_last: p.lastPlace, version: sql<number>`(select first + 1 from taken)` })
  .where('id', '=', p.seminar_id)
  .returning(sql<number>`(select version from written)`.as('version')));
const seminarCounts = prepared((tx, p: SeminarCounts & { id: string; version: number }) => tx.updateTable('seminars')
  .set({ confirmed_count: p.confirmed, waitlist_count: p.waitlisted, waitlist_last: p.lastPlace, version: p.version })
  .where('id', '=', p.id));

/**
 * Reads the seminar and holds it until the transaction ends: PostgreSQL locks the row
 * (SELECT … FOR UPDATE); on SQLite the write transaction (BEGIN IMMEDIATE) holds the
 * whole database already. Two sign-ups for the last seat are thus decided one at a time.
 */
export async function lockSeminar(tx: Tx, id: string, dialect: 'sqlite' | 'postgres'): Promise<SeminarRow | undefined> {
  return (dialect === 'postgres' ? lockedSeminarById : seminarById).executeTakeFirst(tx, { id });
}

export type OwnSignup = Pick<SignupRow, 'id' | 'status' | 'position' | 'deleted'>;

type SeminarAndSignup = { seminar: SeminarRow; signup: OwnSignup | undefined };
type JoinedRow = SeminarRow & {
  signup_id: string | null; signup_status: SignupRow['status'] | null; signup_position: number | null; signup_deleted: number | null;
};

function splitSeminarAndSignup(row: JoinedRow | undefined): SeminarAndSignup | undefined {
  if (!row) return undefined;
  const { signup_id, signup_status, signup_position, signup_deleted, ...seminar } = row;
  const signup = signup_id === null || signup_status === null || signup_deleted === null
    ? undefined
    : { id: signup_id, status: signup_status, position: signup_position, deleted: signup_deleted };
  return { seminar, signup };
}

/** The seminar and the person's sign-up for it, read without holding anything. */
export async function findSeminarAndSignup(tx: Tx, id: string, personId: string): Promise<SeminarAndSignup | undefined> {
  return splitSeminarAndSignup(await seminarAndSignup.executeTakeFirst(tx, { id, personId }));
}

/**
 * Several seminars held at once, in the order of their ids, before anything else is
 * written: a transaction that cancels more than one sign-up would otherwise hold the
 * version counter while it waits for the next seminar, and a sign-up holding that seminar
 * waits for the counter (a deadlock).
 */
export async function lockSeminars(tx: Tx, ids: readonly string[], dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect !== 'postgres' || ids.length === 0) return;
  await tx.selectFrom('seminars').select('id').where('id', 'in', [...ids]).orderBy('id').forUpdate().execute();
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

/**
 * A sign-up written and the seminar's counts set to match, each row with a version of its
 * own. PostgreSQL does it in one statement (the seminar is locked meanwhile: one trip, not
 * three); SQLite, whose write transaction holds the whole database, in three.
 */
export async function writeSignupWithCounts(
  tx: Tx, dialect: 'sqlite' | 'postgres', row: Omit<SignupRow, 'version'>,
  counts: SeminarCounts, reserveVersions: (count: number) => Promise<number>,
): Promise<void> {
  if (dialect === 'postgres') {
    const written = await signupWithCountsAtOnce.executeTakeFirst(tx, { ...row, ...counts });
    if (!written) throw new Error(`seminar ${row.seminar_id} vanished while locked`);
    return;
  }
  const version = await reserveVersions(2);
  await writeSignup(tx, { ...row, version });
  await setSeminarCounts(tx, row.seminar_id, counts, version + 1);
}

export async function setSeminarCounts(tx: Tx, id: string, counts: SeminarCounts, version: number): Promise<void> {
  await seminarCounts.run(tx, { id, ...counts, version });
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

/** The first `count` on the waitlist, in order (places may have gaps: waitlists/renumbering.ts). */
export async function firstWaiting(tx: Tx, seminarId: string, count: number): Promise<Pick<SignupRow, 'id' | 'person_id'>[]> {
  return tx.selectFrom('signups').select(['id', 'person_id'])
    .where('seminar_id', '=', seminarId).where('status', '=', 'waitlisted').where('deleted', '=', 0)
    .orderBy('position').limit(count).execute();
}

/**
 * The highest waitlist place handed out: waitlist_last, or the count where that is higher
 * (a seminar waitlisted by a release before waitlist_last has no gaps: its count is its last place).
 */
export function highestPlace(seminar: Pick<SeminarRow, 'waitlist_count' | 'waitlist_last'>): number {
  return Math.max(seminar.waitlist_count, seminar.waitlist_last);
}

/** The place the next one to wait gets: behind everyone, gaps or not. */
export function nextWaitlistPlace(seminar: Pick<SeminarRow, 'waitlist_count' | 'waitlist_last'>): number {
  return highestPlace(seminar) + 1;
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
