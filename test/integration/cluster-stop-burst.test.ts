// SIGTERM to a cluster of two workers on PostgreSQL in the middle of a burst of pushes
// (issue 23, part 5): each push is answered whole (applied) or never reached a worker (the
// connection refused or closed, which a phone's outbox sends again); started again, the
// server applies those sent again, and a push sent twice is applied once (`skipped`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyDatabaseFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import { getAlone, startCluster, workersOf, type ClusterProcess } from '../support/cluster-process';
import { openDb } from '../../src/server/db/database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-stop-burst-'));
const running: ClusterProcess[] = [];
afterAll(() => {
  for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

const PUSHES = 40;

type Outcome = { answered: true; status: number; result: string | undefined } | { answered: false; error: string };

/** One push on a connection of its own: the reply, or how the connection failed. */
function pushAlone(url: string, cookie: string, body: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = http.request(new URL('/api/sync/push', url), {
      method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie },
    }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => { text += chunk.toString(); });
      response.once('end', () => {
        const result = response.statusCode === 200 ? (JSON.parse(text) as { results: { status: string }[] }).results[0]?.status : undefined;
        resolve({ answered: true, status: response.statusCode ?? 0, result });
      });
      response.once('error', (error) => resolve({ answered: false, error: error.message }));
    });
    request.once('error', (error: NodeJS.ErrnoException) => resolve({ answered: false, error: error.code ?? error.message }));
    request.end(body);
  });
}

async function ready(server: ClusterProcess): Promise<void> {
  await expect.poll(() => workersOf(server.child.pid!).length, { timeout: 60_000 }).toBe(2);
  await expect.poll(async () => (await Promise.all([0, 1, 2, 3].map(() => getAlone(`${server.url}/readyz`).catch(() => 0)))).every((s) => s === 200), { timeout: 60_000 }).toBe(true);
}

describe('SIGTERM during a burst of pushes, WORKERS=2 on PostgreSQL', () => {
  it('answers each push whole or not at all, and after a restart applies each exactly once', async () => {
    const databaseUrl = await emptyDatabaseFor('postgres', '');
    const first = await startCluster(databaseUrl, dir, 'first');
    running.push(first);
    await ready(first);
    const anna = new HttpClient(first.url);
    await anna.signInDemo('anna@fjordby.example');
    const pushes = Array.from({ length: PUSHES }, (_, i) => {
      const learningId = crypto.randomUUID();
      return {
        learningId,
        body: JSON.stringify({
          clientId: crypto.randomUUID(),
          mutations: [{ id: 1, name: 'learning.create', args: { id: learningId, title: `Læring ${i}`, body: 'Fra et kursus', application: '', sourceKind: 'course', visibility: 'unit' } }],
        }),
      };
    });

    // The burst, and SIGTERM to the primary while it is under way.
    const burst = Promise.all(pushes.map((push) => pushAlone(first.url, anna.cookieHeader, push.body)));
    await new Promise((resolve) => setTimeout(resolve, 15));
    first.child.kill('SIGTERM');
    const outcomes = await burst;
    expect(await first.exited).toBe(0);
    // Whole or not at all: an answer is a 200 with the push applied; anything else is a
    // connection that never got a reply. Never a 5xx, never half.
    for (const outcome of outcomes) {
      if (outcome.answered) expect([outcome.status, outcome.result]).toEqual([200, 'applied']);
    }

    const second = await startCluster(databaseUrl, dir, 'second');
    running.push(second);
    await ready(second);
    // Every phone sends its push again (its outbox keeps it until answered; those answered
    // send it again here to show a repeat is harmless).
    const again = await Promise.all(pushes.map((push) => pushAlone(second.url, anna.cookieHeader, push.body)));
    again.forEach((outcome, i) => {
      const wasApplied = outcomes[i]!.answered;
      expect(outcome).toEqual({ answered: true, status: 200, result: wasApplied ? 'skipped' : expect.stringMatching(/^(applied|skipped)$/) });
    });
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const db = openDb(databaseUrl);
    try {
      const rows = await db.kysely.selectFrom('learnings').select('id').where('id', 'in', pushes.map((push) => push.learningId)).execute();
      expect(rows).toHaveLength(PUSHES);
      const clients = await db.kysely.selectFrom('clients').select('last_mutation_id')
        .where('client_id', 'in', pushes.map((push) => (JSON.parse(push.body) as { clientId: string }).clientId)).execute();
      expect(clients.map((client) => Number(client.last_mutation_id))).toEqual(Array(PUSHES).fill(1));
    } finally {
      await db.close();
    }
  }, 180_000);
});
