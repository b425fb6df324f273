// SQL of one-time sign-in codes (auth/login-codes.ts makes and checks them): stored as a
// hash, each bound to the hash of the nonce of the browser that asked, with its tries.
import type { Kysely, Transaction } from 'kysely';
import type { Database, SignInCodeTable } from './schema';
import type { Executor } from './prepared';

/** The codes of `address` that the browser with this nonce asked for and may still try. */
const liveCodes = (db: Executor, address: string, nonceHash: string, now: string, maxAttempts: number) =>
  db.selectFrom('sign_in_codes')
    .where('email', '=', address)
    .where('nonce_hash', '=', nonceHash)
    .where('expires_at', '>', now)
    .where('attempts', '<', maxAttempts);

/** Expired codes of everyone, so the table stays as small as the live codes. */
export async function deleteExpiredSignInCodes(db: Kysely<Database>, now: string): Promise<void> {
  await db.deleteFrom('sign_in_codes').where('expires_at', '<=', now).execute();
}

export async function countLiveSignInCodes(
  tx: Transaction<Database>, address: string, nonceHash: string, now: string, maxAttempts: number,
): Promise<number> {
  const row = await liveCodes(tx, address, nonceHash, now, maxAttempts)
    .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertSignInCode(tx: Transaction<Database>, row: SignInCodeTable): Promise<void> {
  await tx.insertInto('sign_in_codes').values(row).execute();
}

/**
 * Takes a try from each live code of this address and browser, in one conditional update:
 * of any number of guesses sent at once, no code is compared more than `maxAttempts` times.
 * The codes tried, for the caller to compare.
 */
export async function takeSignInCodeTries(
  db: Kysely<Database>, address: string, nonceHash: string, now: string, maxAttempts: number,
): Promise<{ id: string; code_hash: string }[]> {
  return db.updateTable('sign_in_codes').set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('email', '=', address)
    .where('nonce_hash', '=', nonceHash)
    .where('expires_at', '>', now)
    .where('attempts', '<', maxAttempts)
    .returning(['id', 'code_hash'])
    .execute();
}

/** Uses the code up; true for the one request whose delete took it (of two racing, one wins). */
export async function useSignInCode(db: Kysely<Database>, id: string): Promise<boolean> {
  const used = await db.deleteFrom('sign_in_codes').where('id', '=', id).executeTakeFirst();
  return Number(used.numDeletedRows) === 1;
}

/** Every code of the address, in any browser. */
export async function deleteSignInCodesOf(db: Kysely<Database>, address: string): Promise<void> {
  await db.deleteFrom('sign_in_codes').where('email', '=', address).execute();
}
