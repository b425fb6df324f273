// Faults of a cluster of two workers on PostgreSQL in the middle of a burst of pushes
// (issue 23, parts 1 and 5). SIGTERM: each push is answered whole (applied) or never
// reached a worker (the connection refused or closed, which a phone's outbox sends again);
// started again, the server applies those sent again, and a push sent twice is applied
// once (`skipped`). A worker killed with kill -9 during 100 sign-ups for 10 seats: those it
// held are rolled back and sent again, and the event is neither overbooked nor short of
// anyone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyDatabaseFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import { getAlone, startCluster, workersOf, type ClusterProcess } from '../support/cluster-process';
import { openDb } from '../../src/server/db/database';
import pg from 'pg';
import { createSession, SESSION_COOKIE } from '../../src/server/auth/sessions';

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
    // As a phone does: no answer within a while is no answer (it sends again later).
    request.setTimeout(10_000, () => request.destroy(new Error('timeout')));
    request.end(body);
  });
}

async function ready(server: ClusterProcess): Promise<void> {
  await expect.poll(() => workersOf(server.child.pid!).length, { timeout: 60_000 }).toBe(2);
  await expect.poll(async () => (await Promise.all([0, 1, 2, 3].map(() => getAlone(`${server.url}/readyz`).catch(() => 0)))).every((s) => s === 200), { timeout: 60_000 }).toBe(true);
}

describe('faults during a burst of pushes, WORKERS=2 on PostgreSQL', () => {
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

  it('neither overbooks nor loses or doubles a sign-up when a worker is killed with kill -9 mid-burst', async () => {
    const databaseUrl = await emptyDatabaseFor('postgres', '');
    const server = await startCluster(databaseUrl, dir, 'killed');
    running.push(server);
    await ready(server);
    const db = openDb(databaseUrl);
    try {
      const organizer = (await db.kysely.selectFrom('people').select('id').where('email', '=', 'bo@fjordby.example').executeTakeFirstOrThrow()).id;
      const signing = (await db.kysely.selectFrom('people').select('id').where('deleted', '=', 0).where('id', '!=', organizer)
        .orderBy('id').limit(100).execute()).map((p) => p.id);
      const cookie = async (personId: string) => `${SESSION_COOKIE}=${await createSession(db.kysely, personId)}`;
      const seminarId = crypto.randomUUID();
      const start = Date.now() + 7 * 86_400_000;
      const created = await pushAlone(server.url, await cookie(organizer), JSON.stringify({ clientId: crypto.randomUUID(), mutations: [{ id: 1, name: 'seminar.create', args: {
        id: seminarId, title: 'Kursus i fundraising', description: '', kind: 'course', startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 3_600_000).toISOString(), location: 'Rådhuset', capacity: 10,
      } }] }));
      expect(created).toEqual({ answered: true, status: 200, result: 'applied' });
      const phones = await Promise.all(signing.map(async (personId) => ({
        cookie: await cookie(personId),
        body: JSON.stringify({ clientId: crypto.randomUUID(), mutations: [{ id: 1, name: 'signup.request', args: { seminarId } }] }),
      })));

      // The seminar held by a connection of the test's own: every sign-up waits inside its
      // transaction, so the kill surely finds some in flight in the victim.
      const holder = new pg.Client({ connectionString: databaseUrl });
      await holder.connect();
      await holder.query('begin');
      await holder.query('select id from seminars where id = $1 for update', [seminarId]);
      const burst = Promise.all(phones.map((phone) => pushAlone(server.url, phone.cookie, phone.body)));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const [victim] = workersOf(server.child.pid!);
      process.kill(victim!, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await holder.query('commit');
      await holder.end();
      const first = await burst;
      // Each phone sends again until answered (its outbox): a new worker takes the victim's place.
      const outcomes = await Promise.all(first.map(async (outcome, i) => {
        let latest = outcome;
        for (let tries = 0; !(latest.answered && latest.status === 200) && tries < 50; tries++) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          latest = await pushAlone(server.url, phones[i]!.cookie, phones[i]!.body);
        }
        return latest;
      }));
      expect(outcomes.every((outcome) => outcome.answered && outcome.status === 200 && (outcome.result === 'applied' || outcome.result === 'skipped'))).toBe(true);
      expect(first.some((outcome) => !outcome.answered || outcome.status !== 200)).toBe(true); // the kill hit some

      const rows = await db.kysely.selectFrom('signups').select(['person_id', 'status', 'position']).where('seminar_id', '=', seminarId).execute();
      expect(rows).toHaveLength(100);
      expect(new Set(rows.map((row) => row.person_id)).size).toBe(100);
      expect(rows.filter((row) => row.status === 'confirmed')).toHaveLength(10);
      expect(rows.filter((row) => row.status === 'waitlisted').map((row) => row.position).sort((a, b) => a! - b!))
        .toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
      const counts = await db.kysely.selectFrom('seminars').select(['confirmed_count', 'waitlist_count']).where('id', '=', seminarId).executeTakeFirstOrThrow();
      expect(counts).toEqual({ confirmed_count: 10, waitlist_count: 90 });
    } finally {
      await db.close();
    }
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 180_000);
});
