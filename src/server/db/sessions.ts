// SQL of sign-in sessions, kept by the hash of their token (auth/sessions.ts makes tokens
// and decides expiry and idling).
import type { Kysely, Selectable } from 'kysely';
import type { Database, SessionTable } from './schema';
import { prepared } from './prepared';

export async function insertSession(db: Kysely<Database>, row: SessionTable): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

// Every request asks: built once (prepared.ts).
const sessionByHash = prepared((db, p: { tokenHash: string }) => db.selectFrom('sessions')
  .innerJoin('people', 'people.id', 'sessions.person_id')
  .select(['sessions.person_id', 'sessions.created_at', 'sessions.expires_at', 'sessions.revoked_at', 'sessions.last_seen_at'])
  .where('sessions.token_hash', '=', p.tokenHash)
  .where('people.deleted', '=', 0));

export type SessionRow = Pick<Selectable<SessionTable>, 'person_id' | 'created_at' | 'expires_at' | 'revoked_at' | 'last_seen_at'>;

/** The session of a person still here (not off-boarded), revoked or expired or not. */
export async function findSessionByHash(db: Kysely<Database>, tokenHash: string): Promise<SessionRow | undefined> {
  return sessionByHash.executeTakeFirst(db, { tokenHash });
}

/**
 * Notes the session's use at `now`, unless it was noted after `notedSince`: conditional, so
 * of many requests arriving together only the first one writes.
 */
export async function touchSession(db: Kysely<Database>, tokenHash: string, now: string, notedSince: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now })
    .where('token_hash', '=', tokenHash).where('last_seen_at', '<', notedSince).execute();
}

/** Revokes a live session; how it began, or null when there was none to revoke. */
export async function revokeSessionByHash(db: Kysely<Database>, tokenHash: string, now: string): Promise<Pick<SessionTable, 'method'> | null> {
  const row = await db.updateTable('sessions').set({ revoked_at: now })
    .where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).returning('method').executeTakeFirst();
  return row ?? null;
}
