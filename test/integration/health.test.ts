// /healthz and /readyz (issue 23, part 2) over real HTTP on SQLite and PostgreSQL: no session
// needed, nothing told but the status (and the reason when not ready); readiness goes red
// while a migration of this release has not run, and when the database does not answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import type { TestServer } from '../support/test-server';

describe.each(DIALECTS)('health and readiness on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });
  const get = (path: string) => new HttpClient(server.url).request<Record<string, unknown>>('GET', path);

  it('says the process runs, and that it is ready, to anyone and with nothing more', async () => {
    const health = await get('/healthz');
    expect([health.status, health.json]).toEqual([200, { status: 'ok' }]);
    const ready = await get('/readyz');
    expect([ready.status, ready.json]).toEqual([200, { status: 'ready' }]);
    expect(ready.headers.get('server')).toBeNull();
  });

  it('is not ready while a migration of this release has not run, and ready again once it has', async () => {
    const db = server.db.kysely;
    const last = await db.selectFrom('kysely_migration' as never).selectAll().orderBy('name' as never, 'desc').limit(1).executeTakeFirstOrThrow();
    await db.deleteFrom('kysely_migration' as never).where('name' as never, '=', (last as { name: string }).name as never).execute();
    try {
      const waiting = await get('/readyz');
      expect([waiting.status, waiting.json]).toEqual([503, { status: 'unavailable', reason: 'migrating' }]);
      // Health is about the process: still fine.
      expect((await get('/healthz')).status).toBe(200);
    } finally {
      await db.insertInto('kysely_migration' as never).values(last as never).execute();
    }
    expect((await get('/readyz')).status).toBe(200);
  });

  it('is not ready when the database does not answer', async () => {
    const lost = await startServerFor(dialect);
    try {
      await lost.db.close();
      const reply = await new HttpClient(lost.url).request<Record<string, unknown>>('GET', '/readyz');
      expect([reply.status, reply.json]).toEqual([503, { status: 'unavailable', reason: 'database' }]);
      expect((await new HttpClient(lost.url).request('GET', '/healthz')).status).toBe(200);
    } finally {
      await lost.close().catch(() => undefined);
    }
  });
});
