// SQL of the sign-in rate-limit counters (auth/sign-in-limits.ts holds the policies). Every
// change is one atomic upsert, so two server processes counting the same key at once never
// lose a count. Times are epoch ms.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

const ref = (column: 'hits' | 'window_start' | 'blocked_until' | 'expires_at') => sql.ref(`sign_in_limits.${column}`);

/** Counts a hit in a fixed window: the first hit after the window ended starts a new one at 1. */
export async function countHitInWindow(
  db: Kysely<Database>, key: string, windowMs: number, now: number,
): Promise<{ hits: number; expires_at: number }> {
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

/** Until when each of `keys` that is blocked past `now` is blocked. */
export async function findBlocksAfter(db: Kysely<Database>, keys: string[], now: number): Promise<number[]> {
  const rows = await db.selectFrom('sign_in_limits').select('blocked_until')
    .where('key', 'in', keys).where('blocked_until', '>', now).execute();
  return rows.map((row) => Number(row.blocked_until));
}

/** Counts a failure for `key`, forgotten `forgetAfterMs` after the last one; the count so far. */
export async function countFailure(db: Kysely<Database>, key: string, forgetAfterMs: number, now: number): Promise<number> {
  const forgotten = sql<boolean>`${ref('expires_at')} <= ${now}`;
  const row = await db.insertInto('sign_in_limits')
    .values({ key, hits: 1, window_start: now, blocked_until: 0, expires_at: now + forgetAfterMs })
    .onConflict((oc) => oc.column('key').doUpdateSet({
      hits: sql<number>`case when ${forgotten} then 1 else ${ref('hits')} + 1 end`,
      window_start: now,
      expires_at: now + forgetAfterMs,
    }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  return row.hits;
}

/** Blocks `key` until `until`; only ever pushed later: a concurrent failure that blocked longer stands. */
export async function blockUntil(db: Kysely<Database>, key: string, until: number): Promise<void> {
  await db.updateTable('sign_in_limits').set({ blocked_until: until })
    .where('key', '=', key).where('blocked_until', '<', until).execute();
}

export async function deleteLimit(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_limits').where('key', '=', key).execute();
}

/** Drops counters nobody needs any longer (all windows ended, all delays over). */
export async function deleteExpiredLimits(db: Kysely<Database>, now: number): Promise<void> {
  await db.deleteFrom('sign_in_limits').where('expires_at', '<=', now).execute();
}
