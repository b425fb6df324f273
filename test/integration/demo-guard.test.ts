// Demo sign-in needs no code, so it exists only on a database seeded with the demo
// municipality: a server started with DEMO on real data keeps it shut.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/server';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-demo-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const options = { port: 0, host: '127.0.0.1', databaseUrl: `file:${path.join(dir, 'db.sqlite')}`, demo: true, staticDir: null, mailFile: null, demoPeople: 50, log: () => undefined };

describe('demo sign-in', () => {
  it('is off on a database without demo data, even with DEMO on', async () => {
    const first = await startServer(options);
    expect((await fetch(`${first.url}/api/auth/demo-accounts`)).status).toBe(200);
    // The same people, but no longer marked as demo data: as if real people were imported.
    await first.db.kysely.deleteFrom('server_meta').execute();
    await first.close();

    const second = await startServer(options);
    try {
      expect((await fetch(`${second.url}/api/auth/demo-accounts`)).status).toBe(404);
      const reply = await fetch(`${second.url}/api/auth/demo`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'anna@fjordby.example' }),
      });
      expect(reply.status).toBe(404);
    } finally {
      await second.close();
    }
  });
});
