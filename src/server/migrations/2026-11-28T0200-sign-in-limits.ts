// Sign-in that outsiders cannot lock: several one-time codes per address (each with
// its own attempts), rate-limit counters kept in the database (so they survive a
// restart and are shared by several processes), and an idle time on sessions.
// Forward only: the pending codes of the old one-code-per-address table are carried over.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('sign_in_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('sign_in_codes_email').on('sign_in_codes').columns(['email', 'expires_at']).execute();
  await db.schema.createIndex('sign_in_codes_expires').on('sign_in_codes').column('expires_at').execute();
  await sql`insert into sign_in_codes (id, email, code_hash, created_at, expires_at, attempts)
    select email, email, code_hash, expires_at, expires_at, attempts from login_codes`.execute(db);
  await db.schema.dropTable('login_codes').execute();

  // One row per counter: `hits` within the window that began at `window_start` (for a
  // back-off: failures, and the last failure's time); all times in epoch milliseconds.
  await db.schema.createTable('sign_in_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('blocked_until', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_limits_expires').on('sign_in_limits').column('expires_at').execute();

  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
  await sql`update sessions set last_seen_at = created_at`.execute(db);
}
