// The global version counter behind pull's ordering. Every written row takes the next
// value. On PostgreSQL the UPDATE locks the counter row until commit, so versions
// become visible in the order they were handed out and a pull never skips one.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema';
import { prepared } from './prepared';

// Every write takes versions: built once (prepared.ts).
const reserve = prepared((db, p: { count: number }) => db
  .updateTable('version_counter')
  .set({ value: sql`value + ${p.count}` })
  .where('id', '=', 1)
  .returning('value'));

/** Reserves `count` versions and returns the first; the caller uses first .. first+count-1. */
export async function reserveVersions(tx: Transaction<Database> | Kysely<Database>, count = 1): Promise<number> {
  const row = await reserve.executeTakeFirst(tx, { count });
  if (!row) throw new Error('version_counter has no row');
  return Number(row.value) - count + 1;
}

/** The newest version that is committed and readable. */
export async function currentVersion(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('version_counter').select('value').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.value);
}
