// An account deletion killed mid-way (SIGKILL of the server while its write transaction is
// open) leaves the person exactly as before — profile, competences, memberships, learnings,
// sign-ups, sessions — and the deletion goes through after the restart (issue 21, part 3:
// one transaction). To give the kill a moment to land in, the person has written 20,000
// learnings; the moment itself is found by asking SQLite for the write lock (support/kill-mid-write.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import SqliteDatabase from 'better-sqlite3';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { HttpClient } from '../support/http-client';
import { killMidWrite } from '../support/kill-mid-write';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-deletion-crash-'));
const file = path.join(dir, 'db.sqlite');
const EMAIL = 'anna@fjordby.example';
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Everything of Anna's the deletion touches, as one comparable text. */
function snapshot(personId: string): string {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    const all = (sql: string) => JSON.stringify(db.prepare(sql).all(personId));
    return [
      all('select * from people where id = ?'), all('select * from person_competences where person_id = ? order by id'),
      all('select * from memberships where person_id = ? order by id'), all('select * from learnings where author_id = ? order by id'),
      all('select * from signups where person_id = ? order by id'), all('select token_hash, revoked_at from sessions where person_id = ? order by token_hash'),
      JSON.stringify(db.prepare('select * from version_counter').all()),
    ].join('\n');
  } finally {
    db.close();
  }
}

/** Gives Anna 20,000 more learnings, copies of one of hers, each at its own version. */
function writeManyLearnings(personId: string): void {
  const db = new SqliteDatabase(file, { timeout: 10_000 });
  try {
    const template = db.prepare('select * from learnings limit 1').get() as Record<string, unknown>;
    const columns = Object.keys(template);
    const insert = db.prepare(`insert into learnings (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
    db.transaction(() => {
      const first = (db.prepare('select value from version_counter where id = 1').get() as { value: number }).value + 1;
      for (let i = 0; i < 20_000; i++) {
        insert.run({ ...template, id: `crash-learning-${i}`, author_id: personId, version: first + i, deleted: 0, visibility: 'organization', visibility_network_id: null });
      }
      db.prepare('update version_counter set value = ? where id = 1').run(first + 20_000);
    })();
  } finally {
    db.close();
  }
}

describe('an account deletion killed mid-write', () => {
  it('leaves the person as before, and deletes them after the restart', async () => {
    server = await spawnServer({ DATABASE_URL: `file:${file}`, DEMO_PEOPLE: '120' });
    const anna = new HttpClient(server.url);
    const { id } = await anna.signInDemo(EMAIL);
    writeManyLearnings(id);
    const remove = (client: HttpClient) => client.request('POST', '/api/me/delete', { confirm: EMAIL, learnings: 'delete' });
    const before = snapshot(id);

    const killedMidWrite = await killMidWrite(server, file, () => remove(anna));
    expect(killedMidWrite).toBe(true);
    expect(snapshot(id)).toBe(before);

    server = await spawnServer({ DATABASE_URL: `file:${file}`, DEMO_PEOPLE: '120' });
    // Her session lived through the crash: the deletion is asked for again, and goes through.
    const again = new HttpClient(server.url);
    again.setCookie('vb_session', anna.cookieHeader.match(/(?:^|; )vb_session=([^;]+)/)![1]!);
    expect((await remove(again)).status).toBe(204);
    const db = new SqliteDatabase(file, { readonly: true });
    try {
      expect(db.prepare('select count(*) as n from learnings where author_id = ? and deleted = 0').get(id)).toEqual({ n: 0 });
      expect(db.prepare('select email, deleted from people where id = ?').get(id)).toEqual({ email: `slettet-${id}@invalid`, deleted: 1 });
    } finally {
      db.close();
    }
  });
});
