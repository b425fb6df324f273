// What readiness asks the database (issue 23, part 2): does it answer, and are its
// migrations all run. Neither answer names a version or a host.
import { sql, Migrator } from 'kysely';
import type { Db } from './database';
import { migrationProvider } from './migrate';

/** Whether the database answers a trivial query within `timeoutMs`. */
export async function databaseAnswers(db: Db, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), timeoutMs); });
  try {
    return await Promise.race([sql`select 1`.execute(db.kysely).then(() => true, () => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** How many migrations this code knows that the database has not run (another process migrating, or an old schema). */
export async function pendingMigrations(db: Db): Promise<number> {
  const migrations = await new Migrator({ db: db.kysely, provider: migrationProvider }).getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).length;
}
