// Backup and restore (issue 23, part 6) on SQLite and PostgreSQL, through the functions the
// npm scripts call: a backup of a serving database, restored into an empty database, has
// the same rows (counts and a checksum of the people); a restore over a database with
// people is refused unless forced; a file that is no backup is refused, nothing touched.
// (test/sync/backup-restore.test.ts runs the scripts themselves on SQLite under pushes.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, emptyDatabaseFor, startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';
import { openDb, type Db } from '../../src/server/db/database';
import { backupDatabase, OpsError, restoreDatabase } from '../../src/server/ops/backup';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-backup-int-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function fingerprint(db: Db): Promise<{ people: number; seminars: number; signups: number; checksum: string }> {
  const people = await db.kysely.selectFrom('people').select(['id', 'name', 'email', 'bio', 'version']).orderBy('id').execute();
  const count = async (table: 'seminars' | 'signups') => Number((await db.kysely.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    people: people.length, seminars: await count('seminars'), signups: await count('signups'),
    checksum: createHash('sha256').update(JSON.stringify(people.map((p) => ({ ...p, version: Number(p.version) })))).digest('hex'),
  };
}

describe.each(DIALECTS)('backup and restore on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });

  it('restores into an empty database a copy equal to the serving one, and refuses what it must', async () => {
    const file = path.join(dir, `kopi-${dialect}.backup`);
    expect(await backupDatabase(server.databaseUrl, file)).toBeGreaterThan(10_000);

    const target = await emptyDatabaseFor(dialect, path.join(dir, 'tom.sqlite'));
    await restoreDatabase(target, file, false);
    const restored = openDb(target);
    try {
      expect(await fingerprint(restored)).toEqual(await fingerprint(server.db));
    } finally {
      await restored.close();
    }

    // Over a database with people: refused unless forced.
    await expect(restoreDatabase(target, file, false)).rejects.toThrow(OpsError);
    await expect(restoreDatabase(target, file, false)).rejects.toThrow('Databasen har allerede personer');
    await restoreDatabase(target, file, true);

    // A file that is no backup: refused, the database untouched.
    const stray = path.join(dir, `noter-${dialect}.txt`);
    fs.writeFileSync(stray, 'ikke en sikkerhedskopi');
    const other = await emptyDatabaseFor(dialect, path.join(dir, 'anden.sqlite'));
    await expect(restoreDatabase(other, stray, true)).rejects.toThrow('Filen er ikke en sikkerhedskopi af Videnbro');
    const untouched = openDb(other);
    try {
      const tables = dialect === 'sqlite'
        ? await untouched.kysely.selectFrom('sqlite_master' as never).select('name' as never).execute()
        : (await untouched.kysely.selectFrom('information_schema.tables' as never).select('table_name' as never).where('table_schema' as never, '=', 'public' as never).execute());
      expect(tables).toEqual([]);
    } finally {
      await untouched.close();
    }
  }, 120_000);
});
