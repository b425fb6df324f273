// Backups and restores of the configured database (issue 23, part 6). SQLite: SQLite's
// online backup API, consistent while the app serves (WAL lets it read beside the writer);
// PostgreSQL: `pg_dump -Fc` / `pg_restore`, with a clear message when the tools are missing.
// A restore refuses a database that already has people unless forced, and a file that is
// not a Videnbro backup, before it touches anything.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import SqliteDatabase from 'better-sqlite3';
import { isPostgresUrl } from '../config';
import { isVidenbroSqlite, peopleInPostgres, peopleInSqlite } from '../db/backup-checks';

export class OpsError extends Error {}

const sqliteFile = (url: string) => url.replace(/^file:/, '');

function tool(name: string): string {
  const found = spawnSync(name, ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new OpsError(`${name} findes ikke på maskinen. Installér PostgreSQL's klientprogrammer (Debian: apt-get install postgresql-client). (${name} is missing: install the PostgreSQL client tools.)`);
  }
  return name;
}

/** The URL without its password, and the password for the tools' environment: never on a command line `ps` shows. */
function withoutPassword(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), env: { ...process.env, ...(password && { PGPASSWORD: password }) } };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { encoding: 'utf8', env });
  if (result.status !== 0) throw new OpsError(`${command} fejlede (failed): ${(result.stderr || result.error?.message || '').trim().slice(0, 500)}`);
}

/** Writes a backup of the database at `databaseUrl` to `target`; returns its size in bytes. */
export async function backupDatabase(databaseUrl: string, target: string): Promise<number> {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  if (isPostgresUrl(databaseUrl)) {
    const { url, env } = withoutPassword(databaseUrl);
    run(tool('pg_dump'), ['-Fc', '--no-owner', '--no-privileges', '-f', target, '-d', url], env);
  } else {
    const file = sqliteFile(databaseUrl);
    if (file === ':memory:' || !fs.existsSync(file)) throw new OpsError(`Databasen findes ikke: ${file} (the database does not exist)`);
    const db = new SqliteDatabase(file, { fileMustExist: true });
    try {
      await db.backup(target);
    } finally {
      db.close();
    }
  }
  return fs.statSync(target).size;
}

/**
 * Restores `source` (a file from backupDatabase) into the database at `databaseUrl`. The
 * app must be stopped meanwhile. Refused when the file is no Videnbro backup, and when the
 * database has people and `force` is not given.
 */
export async function restoreDatabase(databaseUrl: string, source: string, force: boolean): Promise<void> {
  if (!fs.existsSync(source)) throw new OpsError(`Filen findes ikke: ${source} (the file does not exist)`);
  if (isPostgresUrl(databaseUrl)) {
    const list = spawnSync(tool('pg_restore'), ['--list', source], { encoding: 'utf8' });
    if (list.status !== 0 || !/TABLE public people\b/.test(list.stdout)) {
      throw new OpsError('Filen er ikke en sikkerhedskopi af Videnbro; databasen er ikke rørt. (The file is not a Videnbro backup; the database is untouched.)');
    }
    if (!force && (await peopleInPostgres(databaseUrl)) > 0) throw refuseNonEmpty();
    const { url, env } = withoutPassword(databaseUrl);
    run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '-d', url, source], env);
    return;
  }
  if (!isVidenbroSqlite(source)) {
    throw new OpsError('Filen er ikke en sikkerhedskopi af Videnbro; databasen er ikke rørt. (The file is not a Videnbro backup; the database is untouched.)');
  }
  const target = sqliteFile(databaseUrl);
  if (!force && peopleInSqlite(target) > 0) throw refuseNonEmpty();
  if (sqliteInUse(target)) {
    throw new OpsError('Databasen er i brug. Stop Videnbro først, og gendan så. (The database is in use: stop Videnbro first.)');
  }
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  // Written beside it and moved into place: a restore cut short leaves the old database whole.
  const partial = `${target}.restoring`;
  const from = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  try {
    await from.backup(partial);
  } finally {
    from.close();
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(partial, target);
}

/**
 * Whether another process has the SQLite file open (the app still running): its committed
 * changes are moved into the file first; the last connection to close removes the WAL,
 * so a WAL still there after ours has closed belongs to someone else.
 */
function sqliteInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const db = new SqliteDatabase(file, { fileMustExist: true });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return fs.existsSync(`${file}-wal`);
}

function refuseNonEmpty(): OpsError {
  return new OpsError('Databasen har allerede personer. Gendan kun med --force, hvis den skal overskrives. (The database has people: add --force to overwrite it.)');
}
