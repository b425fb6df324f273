// Sign-in codes bound to the browser that asked for them (issue 18): each code keeps the
// hash of a nonce that only that browser holds (an HttpOnly cookie), and guesses count
// against that browser's codes only. Forward only: codes asked for before this version
// were bound to no browser and could never be used now, and they lasted ten minutes anyway.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`delete from sign_in_codes`.execute(db);
  // SQLite adds a NOT NULL column only with a default; '' is the hash of no nonce.
  await db.schema.alterTable('sign_in_codes').addColumn('nonce_hash', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.createIndex('sign_in_codes_email_nonce').on('sign_in_codes').columns(['email', 'nonce_hash']).execute();
}
