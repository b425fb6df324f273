// Backup and restore on SQLite (issue 23, part 6), as an operator runs them: `npm run
// backup` while the server takes pushes gives a sound copy; `npm run restore` refuses a
// database with people (unless --force), one the server still has open (even forced), and
// a file that is no backup, touching nothing,
// and restores into an empty place a copy equal to the backup (row counts and a checksum).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import SqliteDatabase from 'better-sqlite3';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { HttpClient } from '../support/http-client';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-backup-'));
const live = path.join(dir, 'live.sqlite');
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

/** `npm run backup|restore -- …` with DATABASE_URL: exit code and output. */
async function ops(script: 'backup' | 'restore', databaseFile: string, ...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
      env: { ...process.env, DATABASE_URL: `file:${databaseFile}`, DEMO: '0' },
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? 1, out: failed.stderr ?? '' };
  }
}

/** Each table's rows in a fixed order, as one checksum, with the row counts. */
function contents(file: string): { counts: Record<string, number>; checksum: string } {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    const tables = (db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[]).map((t) => t.name);
    const hash = createHash('sha256');
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const rows = db.prepare(`select * from "${table}" order by 1, 2`).all();
      counts[table] = rows.length;
      hash.update(table).update(JSON.stringify(rows));
    }
    return { counts, checksum: hash.digest('hex') };
  } finally {
    db.close();
  }
}

describe('backup and restore on SQLite', () => {
  it('copies soundly while pushes run, refuses what it must, and restores an equal copy', async () => {
    server = await spawnServer({ DATABASE_URL: `file:${live}`, DEMO_PEOPLE: '300' });
    const anna = new HttpClient(server.url);
    await anna.signInDemo('anna@fjordby.example');
    const clientId = crypto.randomUUID();
    let pushing = true;
    let pushed = 0;
    const writer = (async () => {
      for (let id = 1; pushing; id++) {
        const reply = await anna.request('POST', '/api/sync/push', { clientId, mutations: [{ id, name: 'profile.update', args: { bio: `Skrevet ${id}` } }] });
        expect(reply.status).toBe(200);
        pushed += 1;
      }
    })();
    const backup = path.join(dir, 'kopi.sqlite');
    const made = await ops('backup', live, backup);
    pushing = false;
    await writer;
    expect(made.code, made.out).toBe(0);
    expect(made.out).toMatch(/^Sikkerhedskopi skrevet til .+: [\d.]+ MB på [\d.]+ s/);
    expect(pushed).toBeGreaterThan(0);
    const copy = new SqliteDatabase(backup, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((copy.prepare('select count(*) as n from people').get() as { n: number }).n).toBe(300);
    copy.close();

    // Into the live database (it has people): refused without --force, nothing touched.
    const before = (await anna.request<{ person: { bio: string } }>('GET', '/api/me')).json.person.bio;
    const refused = await ops('restore', live, backup);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('Databasen har allerede personer. Gendan kun med --force');
    expect((await anna.request<{ person: { bio: string } }>('GET', '/api/me')).json.person.bio).toBe(before);
    // Forced, while the server still has it open: refused all the same, nothing touched.
    const inUse = await ops('restore', live, backup, '--force');
    expect(inUse.code).toBe(1);
    expect(inUse.out).toContain('Databasen er i brug. Stop Videnbro først');
    expect((await anna.request<{ person: { bio: string } }>('GET', '/api/me')).json.person.bio).toBe(before);

    // A file that is no backup: refused, and the place stays empty.
    const stray = path.join(dir, 'noter.txt');
    fs.writeFileSync(stray, 'ikke en database');
    const empty = path.join(dir, 'ny.sqlite');
    const notBackup = await ops('restore', empty, stray);
    expect(notBackup.code).toBe(1);
    expect(notBackup.out).toContain('Filen er ikke en sikkerhedskopi af Videnbro; databasen er ikke rørt.');
    expect(fs.existsSync(empty)).toBe(false);

    // Into an empty place: equal to the backup, and a server starts on it.
    const restored = await ops('restore', empty, backup);
    expect(restored.code, restored.out).toBe(0);
    expect(contents(empty)).toEqual(contents(backup));
    await server.kill('SIGTERM');
    server = await spawnServer({ DATABASE_URL: `file:${empty}`, DEMO_PEOPLE: '300' });
    expect((await new HttpClient(server.url).request('GET', '/readyz')).status).toBe(200);
  }, 120_000);
});
