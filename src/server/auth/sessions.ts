// Sessions: a random 256-bit token in an HttpOnly cookie, stored hashed, revocable.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { hashSecret, newToken } from './tokens';

export const SESSION_COOKIE = 'vb_session';
export const SESSION_DAYS = 30;

export async function createSession(db: Kysely<Database>, personId: string, now = new Date()): Promise<string> {
  const token = newToken();
  await db.insertInto('sessions').values({
    token_hash: hashSecret(token),
    person_id: personId,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
    revoked_at: null,
  }).execute();
  return token;
}

/** The signed-in person's id, or null for a missing, expired or revoked session. */
export async function personOfSession(db: Kysely<Database>, token: string, now = new Date()): Promise<string | null> {
  const row = await db.selectFrom('sessions')
    .innerJoin('people', 'people.id', 'sessions.person_id')
    .select(['sessions.person_id', 'sessions.expires_at', 'sessions.revoked_at'])
    .where('sessions.token_hash', '=', hashSecret(token))
    .where('people.deleted', '=', 0)
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.expires_at <= now.toISOString()) return null;
  return row.person_id;
}

export async function revokeSession(db: Kysely<Database>, token: string, now = new Date()): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now.toISOString() })
    .where('token_hash', '=', hashSecret(token)).where('revoked_at', 'is', null).execute();
}
