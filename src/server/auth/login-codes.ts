// One-time sign-in codes sent by e-mail: six digits, ten minutes, five tries.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { hashSecret, newLoginCode } from './tokens';
import type { MailTransport } from './mail';

const CODE_MINUTES = 10;
const MAX_ATTEMPTS = 5;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** Sends a code when the address belongs to a person; says nothing either way (no account probing). */
export async function sendLoginCode(db: Kysely<Database>, mail: MailTransport, email: string, now = new Date()): Promise<void> {
  const address = normalizeEmail(email);
  const person = await db.selectFrom('people').select('name').where('email', '=', address).where('deleted', '=', 0).executeTakeFirst();
  if (!person) return;
  const code = newLoginCode();
  const row = {
    code_hash: hashSecret(`${address}:${code}`),
    expires_at: new Date(now.getTime() + CODE_MINUTES * 60_000).toISOString(),
    attempts: 0,
  };
  await db.insertInto('login_codes').values({ email: address, ...row })
    .onConflict((oc) => oc.column('email').doUpdateSet(row)).execute();
  await mail.send({
    to: address,
    subject: `Din kode til Videnbro: ${code}`,
    text: `Hej ${person.name}\n\nDin engangskode til Videnbro er ${code}. Den gælder i ${CODE_MINUTES} minutter.\n\nHar du ikke bedt om en kode, kan du se bort fra denne mail.`,
  });
}

/** The person id when the code is right; a code works once. */
export async function verifyLoginCode(db: Kysely<Database>, email: string, code: string, now = new Date()): Promise<string | null> {
  const address = normalizeEmail(email);
  const row = await db.selectFrom('login_codes').selectAll().where('email', '=', address).executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString() || row.attempts >= MAX_ATTEMPTS) return null;
  if (row.code_hash !== hashSecret(`${address}:${code.trim()}`)) {
    await db.updateTable('login_codes').set({ attempts: row.attempts + 1 }).where('email', '=', address).execute();
    return null;
  }
  await db.deleteFrom('login_codes').where('email', '=', address).execute();
  const person = await db.selectFrom('people').select('id').where('email', '=', address).where('deleted', '=', 0).executeTakeFirst();
  return person?.id ?? null;
}
