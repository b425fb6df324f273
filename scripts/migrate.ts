// `npm run migrate`: runs the database migrations of this release on the configured database
// (DATABASE_URL, else the embedded SQLite file) without starting the server, then exits. The
// migrator takes a lock, so a server starting meanwhile waits instead of migrating twice.
import { loadConfig } from '../src/server/config';
import { openDb } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { pendingMigrations } from '../src/server/db/readiness';

try {
  const db = openDb(loadConfig().databaseUrl);
  try {
    const pending = await pendingMigrations(db);
    await migrateToLatest(db);
    console.log(pending === 0
      ? 'Databasen er allerede opdateret (the database is up to date).'
      : `${pending} migrering(er) kørt (${pending} migration(s) run).`);
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
