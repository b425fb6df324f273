// One-time sign-in codes sent by e-mail: six digits, ten minutes, five tries, one use.
// Each code is bound to the browser that asked for it: the request sets a nonce cookie
// (http/code-cookie.ts) and the code's row keeps only the nonce's hash. Only that browser
// can use the code, and only its guesses take tries from it, so an outsider guessing a
// colleague's address (from any number of client addresses) neither voids nor uses her
// code. Several codes may be active per address, so asking for a new code never spoils
// the one a person is waiting for.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { findPersonIdByEmail, lockPersonByEmail } from '../db/people';
import {
  countLiveSignInCodes, deleteExpiredSignInCodes, deleteSignInCodesOf, insertSignInCode, takeSignInCodeTries, useSignInCode,
} from '../db/sign-in-codes';
import { hashSecret, newLoginCode } from './tokens';
import type { MailTransport } from '../mail/transport';

export const CODE_MINUTES = 10;
export const MAX_ATTEMPTS = 5;
/**
 * Past this many active codes for an address, the browser that holds them gets no new ones
 * (and no mail), silently. Counted per browser, never per address: only the asking browser
 * can use a code, so a cap per address would let an outsider fill it and lock a person out.
 */
export const MAX_ACTIVE_CODES = 10;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** Kysely's adapter tells the dialect: FOR UPDATE exists on PostgreSQL only. */
const dialectOf = (db: Kysely<Database>): 'sqlite' | 'postgres' =>
  db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres') ? 'postgres' : 'sqlite';

/**
 * Sends a code when the address belongs to a person, bound to the asking browser's nonce
 * (its hash). Runs off the request (task-queue.ts), and says nothing either way: an unknown
 * address or too many active codes in that browser just sends nothing.
 */
export async function sendLoginCode(
  db: Kysely<Database>, mail: MailTransport, email: string, nonceHash: string, now = new Date(),
): Promise<void> {
  const address = normalizeEmail(email);
  // Expired codes of everyone go first, so the table stays as small as the live codes.
  await deleteExpiredSignInCodes(db, now.toISOString());
  // Count and insert in one transaction holding the person's row (PostgreSQL: FOR UPDATE;
  // SQLite: the write transaction), so two queued sends can never both pass the cap.
  const issued = await db.transaction().execute(async (tx) => {
    const person = await lockPersonByEmail(tx, address, dialectOf(db));
    if (!person) return null;
    if ((await countLiveSignInCodes(tx, address, nonceHash, now.toISOString(), MAX_ATTEMPTS)) >= MAX_ACTIVE_CODES) return null;
    const code = newLoginCode();
    await insertSignInCode(tx, {
      id: randomUUID(),
      email: address,
      code_hash: hashSecret(`${address}:${code}`),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + CODE_MINUTES * 60_000).toISOString(),
      attempts: 0,
      nonce_hash: nonceHash,
    });
    return { code, name: person.name };
  });
  if (!issued) return;
  const { code } = issued;
  const person = { name: issued.name };
  await mail.send({
    to: address,
    subject: `Din kode til Videnbro: ${code}`,
    text: `Hej ${person.name}\n\nDin engangskode til Videnbro er ${code}. Den gælder i ${CODE_MINUTES} minutter, og kun i den browser, hvor du bad om den.\n\nHar du ikke bedt om en kode, kan du se bort fra denne mail.`,
  });
}

/** What checking a code came to: the route answers and counts delays by it. */
export type CodeCheck =
  | { kind: 'signed_in'; personId: string }
  /** The browser holds live codes of the address and the code is none of them: each lost a try. */
  | { kind: 'wrong' }
  /** The browser holds no live code of the address (no nonce, another's, all spent): nothing was touched. */
  | { kind: 'not_asker' };

/**
 * Checks a code against the live codes this browser asked for (`nonceHash`: the hash of its
 * nonce cookie, null without one); a code works once. Other browsers' codes are never read
 * or touched, so a guess without the right nonce burns nothing of anyone's.
 */
export async function checkLoginCode(
  db: Kysely<Database>, email: string, code: string, nonceHash: string | null, now = new Date(),
): Promise<CodeCheck> {
  if (nonceHash === null) return { kind: 'not_asker' };
  const address = normalizeEmail(email);
  // The try is taken before the comparison: no code is compared more than MAX_ATTEMPTS times.
  const tried = await takeSignInCodeTries(db, address, nonceHash, now.toISOString(), MAX_ATTEMPTS);
  if (tried.length === 0) return { kind: 'not_asker' };
  const hash = hashSecret(`${address}:${code.trim()}`);
  const match = tried.find((row) => row.code_hash === hash);
  if (!match) return { kind: 'wrong' };
  // The delete decides who used the code: of two requests racing with it, one wins.
  if (!(await useSignInCode(db, match.id))) return { kind: 'wrong' };
  // Signed in: the address's other codes, in any browser, have no further use.
  await deleteSignInCodesOf(db, address);
  const personId = await findPersonIdByEmail(db, address);
  return personId ? { kind: 'signed_in', personId } : { kind: 'wrong' };
}
