// People outside of pull: the signed-in person, the demo accounts, a sign-in code's
// addressee, and a person's own profile fields.
import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Database, PersonTable } from './schema';
import type { Person, Role } from '../../shared/entities';
import { bool, parseJsonList } from './json';

export async function findPerson(db: Kysely<Database>, id: string): Promise<Person | null> {
  const r = await db.selectFrom('people').selectAll().where('id', '=', id).where('deleted', '=', 0).executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id, name: r.name, email: r.email, title: r.title, phone: r.phone, phoneHidden: bool(r.phone_hidden),
    bio: r.bio, unitId: r.unit_id, roles: parseJsonList<Role>(r.roles), knowledgeSharer: bool(r.knowledge_sharer),
  };
}

export async function findPersonIdByEmail(db: Kysely<Database>, email: string): Promise<string | null> {
  const row = await db.selectFrom('people').select('id').where('email', '=', email).where('deleted', '=', 0).executeTakeFirst();
  return row?.id ?? null;
}

/** True when anybody, deactivated or not, has this e-mail: a deactivated person is never made anew. */
export async function isKnownEmail(db: Kysely<Database>, email: string): Promise<boolean> {
  return (await db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirst()) !== undefined;
}

/** The person HR's file numbers so, if still here: a work account's employee id claim. */
export async function findActivePersonIdByEmployeeNumber(db: Kysely<Database>, employeeNumber: string): Promise<string | null> {
  const row = await db.selectFrom('people').select('id').where('employee_number', '=', employeeNumber).where('deleted', '=', 0).executeTakeFirst();
  return row?.id ?? null;
}

/** People still here (not off-boarded) with these addresses: the sign-in screen's demo accounts. */
export async function listPeopleByEmail(db: Kysely<Database>, emails: readonly string[]) {
  if (emails.length === 0) return [];
  return db.selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id')
    .select(['people.email', 'people.name', 'people.title', 'units.name as unitName'])
    .where('people.email', 'in', [...emails]).where('people.deleted', '=', 0).execute();
}

/** The person a sign-in address belongs to, held until the transaction ends (PostgreSQL: FOR UPDATE; SQLite's write transaction holds the database). */
export async function lockPersonByEmail(tx: Transaction<Database>, email: string, dialect: 'sqlite' | 'postgres'): Promise<{ name: string } | undefined> {
  let query = tx.selectFrom('people').select('name').where('email', '=', email).where('deleted', '=', 0);
  if (dialect === 'postgres') query = query.forUpdate();
  return query.executeTakeFirst();
}

export type ProfileFields = Pick<Updateable<PersonTable>, 'title' | 'phone' | 'bio' | 'phone_hidden'>;

export async function updateProfile(tx: Transaction<Database>, personId: string, fields: ProfileFields, version: number): Promise<void> {
  await tx.updateTable('people').set({ ...fields, version }).where('id', '=', personId).execute();
}

/** A person's name (learnings keep it; the audit trail says who acted), '' when unknown. */
export async function personName(tx: Transaction<Database>, id: string): Promise<string> {
  return (await tx.selectFrom('people').select('name').where('id', '=', id).executeTakeFirst())?.name ?? '';
}

/** Ids per IN list: well inside both databases' limits on bound values. */
const CHUNK = 500;

/** A person who leaves can no longer get in: sessions and calendar addresses end now. */
export async function endAccess(tx: Transaction<Database>, personIds: readonly string[], now: string): Promise<void> {
  for (let i = 0; i < personIds.length; i += CHUNK) {
    const ids = personIds.slice(i, i + CHUNK);
    await tx.deleteFrom('sessions').where('person_id', 'in', ids).execute();
    await tx.updateTable('calendar_feeds').set({ revoked_at: now }).where('person_id', 'in', ids).where('revoked_at', 'is', null).execute();
  }
}
