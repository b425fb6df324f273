// Seminar capacity under load (issue: "never overbooked"): 1,000 people sign up for one
// 100-seat event at the same moment, through the real HTTP API, on SQLite and on
// PostgreSQL; then 50 people with a seat cancel at once. Checks the outcome exactly and
// reports sign-ups per second and latency. Loopback only, bounded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedDemoData } from '../src/server/seed/seed';
import { createSession, SESSION_COOKIE } from '../src/server/auth/sessions';
import { spawnFloodServer } from './auth-figures';
import { startPostgresCluster } from '../test/support/postgres-cluster';
import { now, percentile, type Figure } from './measure';

const SIGNUPS = 1000;
const CAPACITY = 100;
const CANCELS = 50;

async function push(server: { url: string }, cookie: string, name: string, args: unknown): Promise<{ ms: number; ok: boolean }> {
  const started = now();
  const response = await fetch(`${server.url}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ clientId: crypto.randomUUID(), mutations: [{ id: 1, name, args }] }),
  });
  const body = (await response.json()) as { results?: { status: string }[] };
  return { ms: now() - started, ok: response.status === 200 && body.results?.[0]?.status === 'applied' };
}

async function measure(label: string, databaseUrl: string): Promise<Figure[]> {
  // The server runs in its own process (as in production), so the 1,000 clients here do
  // not share its event loop; without the per-session quota: this is its capacity.
  const database = openDb(databaseUrl);
  await migrateToLatest(database);
  await seedDemoData(database.kysely, { people: 1200 });
  const server = await spawnFloodServer(databaseUrl, false);
  try {
    const db = database.kysely;
    const people = (await db.selectFrom('people').select('id').where('deleted', '=', 0).orderBy('id').execute()).map((p) => p.id);
    const organizer = (await db.selectFrom('people').select('id').where('email', '=', 'bo@fjordby.example').executeTakeFirstOrThrow()).id;
    const cookieOf = async (personId: string) => `${SESSION_COOKIE}=${await createSession(db, personId)}`;
    const seminarId = crypto.randomUUID();
    const start = Date.now() + 14 * 86_400_000;
    const created = await push(server, await cookieOf(organizer), 'seminar.create', {
      id: seminarId, title: 'Fuldt kursus i Videndeling', description: '', kind: 'course',
      startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3 * 3_600_000).toISOString(),
      location: 'Rådhuset', capacity: CAPACITY,
    });
    if (!created.ok) throw new Error('could not create the seminar');
    const participants = people.filter((id) => id !== organizer).slice(0, SIGNUPS);
    const cookies = await Promise.all(participants.map(cookieOf));

    const began = now();
    const signups = await Promise.all(cookies.map((cookie) => push(server, cookie, 'signup.request', { seminarId })));
    const signupSeconds = (now() - began) / 1000;
    const rows = await db.selectFrom('signups').select(['person_id', 'status', 'position']).where('seminar_id', '=', seminarId).execute();
    const confirmed = rows.filter((r) => r.status === 'confirmed');
    const positions = rows.filter((r) => r.status === 'waitlisted').map((r) => r.position ?? 0).sort((a, b) => a - b);
    const exact = confirmed.length === CAPACITY && positions.length === SIGNUPS - CAPACITY && positions.every((p, i) => p === i + 1);

    const leaving = confirmed.slice(0, CANCELS).map((r) => cookies[participants.indexOf(r.person_id)]!);
    const cancelBegan = now();
    const cancels = await Promise.all(leaving.map((cookie) => push(server, cookie, 'signup.cancel', { seminarId })));
    const cancelSeconds = (now() - cancelBegan) / 1000;
    const after = await db.selectFrom('signups').select(['status', 'position']).where('seminar_id', '=', seminarId).execute();
    const stillWaiting = after.filter((r) => r.status === 'waitlisted').map((r) => r.position ?? 0).sort((a, b) => a - b);
    const promotedExactly = after.filter((r) => r.status === 'confirmed').length === CAPACITY
      && after.filter((r) => r.status === 'cancelled').length === CANCELS
      && stillWaiting.length === SIGNUPS - CAPACITY - CANCELS && stillWaiting.every((p, i) => p === i + 1);
    const errors = [...signups, ...cancels].filter((r) => !r.ok).length;
    const seminar = await db.selectFrom('seminars').select(['confirmed_count', 'waitlist_count']).where('id', '=', seminarId).executeTakeFirstOrThrow();
    const countsAgree = seminar.confirmed_count === CAPACITY && seminar.waitlist_count === stillWaiting.length;

    const rate = SIGNUPS / signupSeconds;
    return [
      { name: `${label}: ${SIGNUPS} concurrent sign-ups, ${CAPACITY} seats → ${confirmed.length} confirmed, ${positions.length} waitlisted 1..${positions.at(-1)}`, value: exact ? 1 : 0, unit: 'exact', goal: '1', met: exact },
      { name: `${label}: sign-ups per second`, value: rate, unit: '/s', goal: label === 'SQLite' ? '≥ 1000' : undefined, met: label === 'SQLite' ? rate >= 1000 : undefined },
      { name: `${label}: sign-up latency p50`, value: percentile(signups.map((s) => s.ms), 50), unit: 'ms' },
      { name: `${label}: sign-up latency p95`, value: percentile(signups.map((s) => s.ms), 95), unit: 'ms' },
      { name: `${label}: ${CANCELS} concurrent cancellations → promotions, waitlist 1..${stillWaiting.at(-1)}, counts agree`, value: promotedExactly && countsAgree ? 1 : 0, unit: 'exact', goal: '1', met: promotedExactly && countsAgree },
      { name: `${label}: cancellations per second`, value: CANCELS / cancelSeconds, unit: '/s' },
      { name: `${label}: errors`, value: errors, unit: '', goal: '0', met: errors === 0 },
    ];
  } finally {
    await server.stop();
    await database.close();
  }
}

export async function seminarFigures(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-bench-seminar-'));
  const cluster = await startPostgresCluster();
  try {
    const sqlite = await measure('SQLite', `file:${path.join(dir, 'seminar.sqlite')}`);
    const postgres = await measure('PostgreSQL', cluster.url);
    return [...sqlite, ...postgres];
  } finally {
    cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
