// Sessions: a random 256-bit token in an HttpOnly cookie, stored hashed, revocable.
// A session ends at its absolute expiry, or earlier when unused for IDLE_DAYS: a
// forgotten device does not stay signed in for months.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { findSessionByHash, insertSession, revokeSessionByHash, touchSession } from '../db/sessions';
import { hashSecret, newToken } from './tokens';
import type { SignInMethod } from '../../shared/audit';

export const SESSION_COOKIE = 'vb_session';
/** The absolute lifetime: longer than the idle time, or the idle time would never matter. */
export const SESSION_DAYS = 90;
export const IDLE_DAYS = 30;
/** last_seen_at is written at most this often, so reads do not each turn into a write. */
export const TOUCH_EVERY_MS = 5 * 60_000;

export interface ActiveSession { personId: string; sessionId: string }

export async function createSession(db: Kysely<Database>, personId: string, now = new Date(), method: SignInMethod | null = null): Promise<string> {
  const token = newToken();
  await insertSession(db, {
    token_hash: hashSecret(token),
    person_id: personId,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
    revoked_at: null,
    last_seen_at: now.toISOString(),
    method,
  });
  return token;
}

/** The signed-in person and the session's id (its token hash), or null for a missing, expired, idle or revoked session. */
export async function findActiveSession(db: Kysely<Database>, token: string, now = new Date()): Promise<ActiveSession | null> {
  const tokenHash = hashSecret(token);
  const row = await findSessionByHash(db, tokenHash);
  if (!row || row.revoked_at !== null || row.expires_at <= now.toISOString()) return null;
  const lastSeen = Date.parse(row.last_seen_at ?? row.created_at);
  if (now.getTime() - lastSeen >= IDLE_DAYS * 86_400_000) return null;
  if (now.getTime() - lastSeen >= TOUCH_EVERY_MS) {
    await touchSession(db, tokenHash, now.toISOString(), new Date(now.getTime() - TOUCH_EVERY_MS).toISOString());
  }
  return { personId: row.person_id, sessionId: tokenHash };
}

/** Ends the session; says how it began when it was still live (null: none was). */
export async function revokeSession(db: Kysely<Database>, token: string, now = new Date()): Promise<{ method: SignInMethod | null } | null> {
  return revokeSessionByHash(db, hashSecret(token), now.toISOString());
}
