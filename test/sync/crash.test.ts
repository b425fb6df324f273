// A server killed (SIGKILL) in the middle of a push loses and doubles nothing: each
// mutation commits together with lastMutationId, and the client resends what is unconfirmed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { createDevice } from '../support/device';
import { countOutbox } from '../../src/client/store/outbox';
import SqliteDatabase from 'better-sqlite3';
import { openDb } from '../../src/server/db/database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-crash-'));
const databaseUrl = `file:${path.join(dir, 'db.sqlite')}`;
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

describe('a server killed mid-push', () => {
  it('ends with every mutation applied exactly once', async () => {
    const port = String(await freePort());
    server = await spawnServer({ DATABASE_URL: databaseUrl, PORT: port });
    const device = await createDevice(server.url, 'anna@fjordby.example');
    expect(await device.runtime.engine.sync()).toBe('done');

    // 400 changes made offline: set each of 40 competences 10 times, the last level wins.
    device.setOnline(false);
    const catalogue = device.runtime.store.all('competence').slice(0, 40);
    for (let round = 0; round < 10; round++) {
      for (const competence of catalogue) {
        await device.runtime.mutate('competence.set', { competenceId: competence.id, level: ((round % 3) + 1) as 1 | 2 | 3, canHelp: round === 9 });
      }
    }
    expect(await countOutbox(device.runtime.store.idb)).toBe(400);
    device.setOnline(true);

    // Kill the server while it works through the push.
    let pushSeen!: () => void;
    const pushStarted = new Promise<void>((resolve) => { pushSeen = resolve; });
    device.intercept((next) => (input, init) => {
      if (String(input).includes('/api/sync/push')) pushSeen();
      return next(input, init);
    });
    const syncing = device.runtime.engine.sync();
    await pushStarted;
    // Wait until the server has committed some of the push, then kill it without warning.
    const watcher = new SqliteDatabase(databaseUrl.replace(/^file:/, ''), { readonly: true });
    const applied = () => Number((watcher.prepare('select max(last_mutation_id) as n from clients').get() as { n: number | null }).n ?? 0);
    const initial = applied();
    while (applied() === initial) await new Promise((resolve) => setTimeout(resolve, 2));
    await server.kill('SIGKILL');
    watcher.close();
    expect(await syncing).not.toBe('done');
    device.intercept(null);

    const between = openDb(databaseUrl);
    const appliedBeforeRestart = (await between.kysely.selectFrom('clients').select('last_mutation_id').executeTakeFirst())?.last_mutation_id ?? 0;
    await between.close();

    server = await spawnServer({ DATABASE_URL: databaseUrl, PORT: port });
    expect(await device.runtime.engine.sync()).toBe('done');
    expect(await countOutbox(device.runtime.store.idb)).toBe(0);

    const db = openDb(databaseUrl);
    const client = await db.kysely.selectFrom('clients').select('last_mutation_id').executeTakeFirstOrThrow();
    expect(Number(client.last_mutation_id)).toBe(400);
    // The kill really landed mid-push: some, not all, were committed before it.
    expect(Number(appliedBeforeRestart)).toBeGreaterThan(0);
    expect(Number(appliedBeforeRestart)).toBeLessThan(400);
    const rows = await db.kysely.selectFrom('person_competences').selectAll()
      .where('person_id', '=', device.runtime.personId!).where('competence_id', 'in', catalogue.map((c) => c.id)).execute();
    expect(rows).toHaveLength(40);
    // Round 9 (level 1, can help) is the last word for every competence.
    expect(rows.every((row) => row.level === 1 && row.can_help === 1 && row.deleted === 0)).toBe(true);
    await db.close();
    device.close();
  });
});
