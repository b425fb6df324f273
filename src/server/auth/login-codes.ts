// One-time sign-in codes sent by e-mail: six digits, ten minutes, five tries, one use.
// Several codes may be active per address, so asking for a new code never spoils the
// one a person is waiting for; guessing stays bounded because a wrong guess counts
// against every active code of that address (five guesses per code, however many codes).
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { hashSecret, newLoginCode } from './tokens';
import type { MailTransport } from './mail';

export const CODE_MINUTES = 10;
export const MAX_ATTEMPTS = 5;
/** Past this many active codes an address gets no new ones (and no mail), silently. */
export const MAX_ACTIVE_CODES = 10;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** Kysely's adapter tells the dialect: FOR UPDATE exists on PostgreSQL only. */
const dialectOf = (db: Kysely<Database>): 'sqlite' | 'postgres' =>
  db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres') ? 'postgres' : 'sqlite';

const activeCodes = (db: Kysely<Database> | Transaction<Database>, address: string, now: Date) =>
  db.selectFrom('sign_in_codes')
    .where('email', '=', address)
    .where('expires_at', '>', now.toISOString())
    .where('attempts', '<', MAX_ATTEMPTS);

/**
 * Sends a code when the address belongs to a person. Runs off the request (task-queue.ts),
 * and says nothing either way: an unknown address or too many active codes just sends nothing.
 */
export async function sendLoginCode(db: Kysely<Database>, mail: MailTransport, email: string, now = new Date()): Promise<void> {
  const address = normalizeEmail(email);
  // Expired codes of everyone go first, so the table stays as small as the live codes.
  await db.deleteFrom('sign_in_codes').where('expires_at', '<=', now.toISOString()).execute();
  // Count and insert in one transaction holding the person's row (PostgreSQL: FOR UPDATE;
  // SQLite: the write transaction), so two queued sends can never both pass the cap.
  const issued = await db.transaction().execute(async (tx) => {
    let query = tx.selectFrom('people').select('name').where('email', '=', address).where('deleted', '=', 0);
    if (dialectOf(db) === 'postgres') query = query.forUpdate();
    const person = await query.executeTakeFirst();
    if (!person) return null;
    const active = await activeCodes(tx, address, now).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(active.n) >= MAX_ACTIVE_CODES) return null;
    const code = newLoginCode();
    await tx.insertInto('sign_in_codes').values({
      id: randomUUID(),
      email: address,
      code_hash: hashSecret(`${address}:${code}`),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + CODE_MINUTES * 60_000).toISOString(),
      attempts: 0,
    }).execute();
    return { code, name: person.name };
  });
  if (!issued) return;
  const { code } = issued;
  const person = { name: issued.name };
  await mail.send({
    to: address,
    subject: `Din kode til Videnbro: ${code}`,
    text: `Hej ${person.name}\n\nDin engangskode til Videnbro er ${code}. Den gælder i ${CODE_MINUTES} minutter.\n\nHar du ikke bedt om en kode, kan du se bort fra denne mail.`,
  });
}

/** The person id when the code is one of the address's active codes; a code works once. */
export async function verifyLoginCode(db: Kysely<Database>, email: string, code: string, now = new Date()): Promise<string | null> {
  const address = normalizeEmail(email);
  const hash = hashSecret(`${address}:${code.trim()}`);
  const match = await activeCodes(db, address, now).select('id').where('code_hash', '=', hash).executeTakeFirst();
  if (!match) {
    await db.updateTable('sign_in_codes').set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('email', '=', address).where('expires_at', '>', now.toISOString()).execute();
    return null;
  }
  // The delete decides who used the code: of two requests racing with it, one wins.
  const used = await db.deleteFrom('sign_in_codes').where('id', '=', match.id).executeTakeFirst();
  if (Number(used.numDeletedRows) !== 1) return null;
  // Signed in: the address's other codes have no further use.
  await db.deleteFrom('sign_in_codes').where('email', '=', address).execute();
  const person = await db.selectFrom('people').select('id').where('email', '=', address).where('deleted', '=', 0).executeTakeFirst();
  return person?.id ?? null;
}
