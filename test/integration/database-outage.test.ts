// A PostgreSQL server that goes away and comes back (issue 23, "Database down"): on a
// cluster of its own, stopped and started for real. Meanwhile readiness is red with the
// reason, health stays green, a push is answered 503 `database_unavailable` with
// Retry-After (the app keeps it in its outbox), and the process does not crash; once the
// database is back, readiness turns green by itself and the same push is applied, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster';
import { startTestServer, type TestServer } from '../support/test-server';
import { clientFor } from '../support/sessions';
import { HttpClient } from '../support/http-client';

async function readiness(server: TestServer): Promise<{ status: number; json: unknown }> {
  const reply = await new HttpClient(server.url).request('GET', '/readyz');
  return { status: reply.status, json: reply.json };
}

describe('a PostgreSQL server stopped and started again', () => {
  let cluster: PostgresCluster;
  let server: TestServer;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    server = await startTestServer('postgres', { postgresUrl: cluster.url });
  }, 60_000);
  afterAll(async () => {
    await server?.close().catch(() => undefined);
    cluster?.stop();
  });

  it('answers 503 with Retry-After while it is away, and applies the same push once it is back', async () => {
    const anna = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', 'anna@fjordby.example').executeTakeFirstOrThrow()).id;
    const phone = await clientFor(server, anna);
    const clientId = crypto.randomUUID();
    const push = { clientId, mutations: [{ id: 1, name: 'profile.update', args: { bio: 'Skrevet mens databasen var væk' } }] };
    expect((await readiness(server)).status).toBe(200);

    cluster.pause();
    try {
      expect(await readiness(server)).toEqual({ status: 503, json: { status: 'unavailable', reason: 'database' } });
      expect((await new HttpClient(server.url).request('GET', '/healthz')).status).toBe(200);
      const refused = await phone.request('POST', '/api/sync/push', push);
      expect(refused.status).toBe(503);
      expect(refused.json.error?.code).toBe('database_unavailable');
      expect(refused.headers.get('retry-after')).toBe('5');
    } finally {
      cluster.resume();
    }

    // Green again without a restart of the app: the pool makes new connections.
    let ready = await readiness(server);
    for (let tries = 0; ready.status !== 200 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      ready = await readiness(server);
    }
    expect(ready).toEqual({ status: 200, json: { status: 'ready' } });
    const applied = await phone.request<{ results: { status: string }[] }>('POST', '/api/sync/push', push);
    expect([applied.status, applied.json.results[0]?.status]).toEqual([200, 'applied']);
    const again = await phone.request<{ results: { status: string }[] }>('POST', '/api/sync/push', push);
    expect(again.json.results[0]?.status).toBe('skipped');
    const person = await server.db.kysely.selectFrom('people').select('bio').where('id', '=', anna).executeTakeFirstOrThrow();
    expect(person.bio).toBe('Skrevet mens databasen var væk');
  });
});
