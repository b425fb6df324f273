// An organisation import killed mid-way (SIGKILL of the server while its write transaction
// is open) leaves the database exactly as before, and the same file imports cleanly after
// the restart (issue 20, "Bad input and faults"). The moment is not guessed (support/kill-mid-write.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import SqliteDatabase from 'better-sqlite3';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { HttpClient } from '../support/http-client';
import { killMidWrite } from '../support/kill-mid-write';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-import-crash-'));
const file = path.join(dir, 'db.sqlite');
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Everything the import may touch, as one comparable text. */
function snapshot(): string {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    const all = (sql: string) => JSON.stringify(db.prepare(sql).all());
    return [
      all('select * from people order by id'), all('select * from units order by id'), all('select * from areas order by id'),
      all('select * from unit_moves order by version'), all('select count(*) as n from audit_log'), all('select * from version_counter'),
    ].join('\n');
  } finally {
    db.close();
  }
}

describe('an import killed mid-write', () => {
  it('leaves the database as before, and imports after the restart', async () => {
    server = await spawnServer({ DATABASE_URL: `file:${file}`, DEMO_PEOPLE: '3000' });
    const reader = new SqliteDatabase(file, { readonly: true });
    const rows = reader.prepare(`select p.name, p.email, p.title, u.name as unit, a.name as area from people p
      join units u on u.id = p.unit_id join areas a on a.id = u.area_id where p.deleted = 0`).all() as Record<string, string>[];
    reader.close();
    // Every title changed, and 3,000 joiners in 50 new units.
    const lines = rows.map((r) => [r.name, r.email, `${r.title} (ny)`, r.unit, r.area].join(';'));
    for (let i = 0; i < 3000; i++) lines.push([`Ny Kollega ${i}`, `ny.kollega.${i}@fjordby.example`, 'Pædagog', `Nyt Hus ${i % 50}`, 'Dagtilbud'].join(';'));
    const csv = ['Navn;E-mail;Stilling;Enhed;Område', ...lines].join('\r\n');
    const admin = new HttpClient(server.url);
    await admin.signInDemo('admin@fjordby.example');
    const upload = () => admin.fetch(`${server!.url}/api/admin/import?mode=write`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv });
    const before = snapshot();

    const killedMidWrite = await killMidWrite(server, file, upload);
    // The kill came while the import's transaction was open, not before or after it.
    expect(killedMidWrite).toBe(true);
    expect(snapshot()).toBe(before);

    server = await spawnServer({ DATABASE_URL: `file:${file}`, DEMO_PEOPLE: '3000' });
    const again = new HttpClient(server.url);
    await again.signInDemo('admin@fjordby.example');
    const written = await again.fetch(`${server.url}/api/admin/import?mode=write`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv });
    expect(written.status).toBe(200);
    expect((await written.json() as { summary: { created: number; updated: number; written: boolean } }).summary)
      .toMatchObject({ created: 3000, updated: rows.length, written: true });
  });
});
