// What a restore asks of a database before it touches it (ops/backup.ts): is a SQLite file
// a Videnbro database, and how many people a database holds (none: safe to restore into).
import fs from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';

/** Whether a SQLite file is a Videnbro database (its migrations table and its people). */
export function isVidenbroSqlite(file: string): boolean {
  try {
    const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    try {
      const tables = new Set((db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name));
      return tables.has('kysely_migration') && tables.has('people');
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

export function peopleInSqlite(file: string): number {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return 0;
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'people'").get();
    return table ? (db.prepare('select count(*) as n from people').get() as { n: number }).n : 0;
  } finally {
    db.close();
  }
}

export async function peopleInPostgres(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query<{ found: boolean }>("select to_regclass('public.people') is not null as found");
    if (!table.rows[0]?.found) return 0;
    return Number((await client.query<{ n: string }>('select count(*) as n from people')).rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}
