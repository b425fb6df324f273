// Sign-in rate limits, kept in the database so they survive a restart and hold across
// several server processes. Every change is one atomic upsert, so two processes
// counting the same key at once never lose a count.
//
// Nothing here is keyed by e-mail alone: a limit an outsider can trip by naming a
// victim's address would lock the victim out. Guessing is bounded per code instead, and
// only the browser that asked for a code can take tries from it (login-codes.ts). Delays
// grow per client address for every wrong code, and per (address, e-mail) only for
// guesses from a browser that holds no code of that e-mail: the one who asked is never
// held up by that counter, whoever else guesses her address.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { delayAfterFailures, type BackoffPolicy, type WindowPolicy } from './backoff';

/** Code requests per client address: a short burst, an hour and a day. */
export const CODE_REQUEST_WINDOWS: Record<string, WindowPolicy> = {
  minute: { limit: 5, windowMs: 60_000 },
  hour: { limit: 10, windowMs: 3_600_000 },
  day: { limit: 30, windowMs: 86_400_000 },
};

/**
 * Guesses from one (address, e-mail) by a browser holding no code of it (they can never
 * succeed): five free, as a person who lost her cookie may try a few times.
 */
export const PAIR_BACKOFF: BackoffPolicy = { free: 5, baseMs: 1000, maxMs: 15 * 60_000, forgetAfterMs: 3_600_000 };
/** Wrong codes from one address over all e-mails: more free, as an office may share one address. */
export const ADDRESS_BACKOFF: BackoffPolicy = { free: 20, baseMs: 1000, maxMs: 15 * 60_000, forgetAfterMs: 3_600_000 };

export const verifyKeys = (address: string, email: string) => ({
  address: `verify:addr:${address}`,
  pair: `verify:pair:${address}:${email}`,
});

const ref = (column: 'hits' | 'window_start' | 'blocked_until' | 'expires_at') => sql.ref(`sign_in_limits.${column}`);

/**
 * Counts one code request from `address` in each window; the wait in ms until the
 * address may ask again, or 0 when it is within every limit.
 */
export async function countCodeRequest(db: Kysely<Database>, address: string, now: number): Promise<number> {
  let wait = 0;
  for (const [name, policy] of Object.entries(CODE_REQUEST_WINDOWS)) {
    const row = await countInWindow(db, `code:${name}:${address}`, policy.windowMs, now);
    if (row.hits > policy.limit) wait = Math.max(wait, row.expires_at - now);
  }
  return wait;
}

/** A fixed window: the first hit after the window ended starts a new one at 1. */
async function countInWindow(db: Kysely<Database>, key: string, windowMs: number, now: number) {
  const ended = sql<boolean>`${ref('expires_at')} <= ${now}`;
  return db.insertInto('sign_in_limits')
    .values({ key, hits: 1, window_start: now, blocked_until: 0, expires_at: now + windowMs })
    .onConflict((oc) => oc.column('key').doUpdateSet({
      hits: sql<number>`case when ${ended} then 1 else ${ref('hits')} + 1 end`,
      window_start: sql<number>`case when ${ended} then ${now} else ${ref('window_start')} end`,
      expires_at: sql<number>`case when ${ended} then ${now + windowMs} else ${ref('expires_at')} end`,
    }))
    .returning(['hits', 'expires_at'])
    .executeTakeFirstOrThrow();
}

/** The wait in ms before a code may be checked for these keys; 0 when none. */
export async function verifyDelay(db: Kysely<Database>, keys: string[], now: number): Promise<number> {
  const rows = await db.selectFrom('sign_in_limits').select('blocked_until')
    .where('key', 'in', keys).where('blocked_until', '>', now).execute();
  return Math.max(0, ...rows.map((row) => Number(row.blocked_until) - now));
}

/** Counts a wrong code for `key`; past the free failures, the next check must wait. */
export async function recordVerifyFailure(db: Kysely<Database>, key: string, policy: BackoffPolicy, now: number): Promise<void> {
  const forgotten = sql<boolean>`${ref('expires_at')} <= ${now}`;
  const row = await db.insertInto('sign_in_limits')
    .values({ key, hits: 1, window_start: now, blocked_until: 0, expires_at: now + policy.forgetAfterMs })
    .onConflict((oc) => oc.column('key').doUpdateSet({
      hits: sql<number>`case when ${forgotten} then 1 else ${ref('hits')} + 1 end`,
      window_start: now,
      expires_at: now + policy.forgetAfterMs,
    }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  const delay = delayAfterFailures(row.hits, policy);
  if (delay === 0) return;
  // Only ever pushed later: a concurrent failure that computed a longer delay stands.
  await db.updateTable('sign_in_limits').set({ blocked_until: now + delay })
    .where('key', '=', key).where('blocked_until', '<', now + delay).execute();
}

/** A right code clears its (address, e-mail) counter: that person is who they said. */
export async function clearVerifyFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_limits').where('key', '=', key).execute();
}

/** Drops counters nobody needs any longer (all windows ended, all delays over). */
export async function forgetOldLimits(db: Kysely<Database>, now: number): Promise<void> {
  await db.deleteFrom('sign_in_limits').where('expires_at', '<=', now).execute();
}
