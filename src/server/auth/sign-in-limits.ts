// Sign-in rate limits, kept in the database (db/sign-in-limits.ts) so they survive a
// restart and hold across several server processes.
//
// Nothing here is keyed by e-mail alone: a limit an outsider can trip by naming a
// victim's address would lock the victim out. Guessing is bounded per code instead, and
// only the browser that asked for a code can take tries from it (login-codes.ts). Delays
// grow per client address for every wrong code, and per (address, e-mail) only for
// guesses from a browser that holds no code of that e-mail: the one who asked is never
// held up by that counter, whoever else guesses her address.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { blockUntil, countFailure, countHitInWindow, deleteExpiredLimits, deleteLimit, findBlocksAfter } from '../db/sign-in-limits';
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

/**
 * Counts one code request from `address` in each window; the wait in ms until the
 * address may ask again, or 0 when it is within every limit.
 */
export async function countCodeRequest(db: Kysely<Database>, address: string, now: number): Promise<number> {
  let wait = 0;
  for (const [name, policy] of Object.entries(CODE_REQUEST_WINDOWS)) {
    const row = await countHitInWindow(db, `code:${name}:${address}`, policy.windowMs, now);
    if (row.hits > policy.limit) wait = Math.max(wait, row.expires_at - now);
  }
  return wait;
}

/** The wait in ms before a code may be checked for these keys; 0 when none. */
export async function verifyDelay(db: Kysely<Database>, keys: string[], now: number): Promise<number> {
  const blocks = await findBlocksAfter(db, keys, now);
  return Math.max(0, ...blocks.map((until) => until - now));
}

/** Counts a wrong code for `key`; past the free failures, the next check must wait. */
export async function recordVerifyFailure(db: Kysely<Database>, key: string, policy: BackoffPolicy, now: number): Promise<void> {
  const delay = delayAfterFailures(await countFailure(db, key, policy.forgetAfterMs, now), policy);
  if (delay !== 0) await blockUntil(db, key, now + delay);
}

/** A right code clears its (address, e-mail) counter: that person is who they said. */
export async function clearVerifyFailures(db: Kysely<Database>, key: string): Promise<void> {
  await deleteLimit(db, key);
}

/** Drops counters nobody needs any longer (all windows ended, all delays over). */
export async function forgetOldLimits(db: Kysely<Database>, now: number): Promise<void> {
  await deleteExpiredLimits(db, now);
}
