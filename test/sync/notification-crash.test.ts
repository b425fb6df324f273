// A server killed (SIGKILL) while its worker empties the message queue (issue 22): after the
// restart every message arrives, and a message arrives twice only if it was on its way when
// the server died (sent, its push service's answer not yet taken in): at most one batch
// in flight, every such first copy received before the kill. The dead worker's claims lapse
// (shortened here to 2 s) and the next server takes them up. Real server process, real
// SQLite file, the push service of the tests (https, VAPID checked, bodies decrypted).
import { turnQuietHoursOff } from '../support/quiet-hours';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { startPushEndpoint, type PushEndpoint } from '../support/push-endpoint';
import { HttpClient } from '../support/http-client';
import { openDb } from '../../src/server/db/database';
import { createSession, SESSION_COOKIE } from '../../src/server/auth/sessions';
import { enqueueNotification } from '../../src/server/db/notification-queue';
import { membershipId } from '../../src/shared/entities';

const PEOPLE = 40;
const TASKS = 25;
/** The worker's batch: at most this many messages are on their way at once. */
const BATCH = 100;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-notify-crash-'));
const file = path.join(dir, 'db.sqlite');
let server: ServerProcess | undefined;
let pushService: PushEndpoint | undefined;
afterAll(async () => {
  await server?.kill('SIGKILL');
  await pushService?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a server killed while it sends messages', () => {
  it('sends every message after the restart, and repeats only those on their way at the kill', async () => {
    pushService = await startPushEndpoint();
    const caFile = path.join(dir, 'push-ca.pem');
    fs.writeFileSync(caFile, pushService.certificate);
    const env = {
      DATABASE_URL: `file:${file}`, DEMO_PEOPLE: '120', PUSH_ALLOWED_ORIGINS: pushService.origin, VAPID_SUBJECT: 'mailto:it@fjordby.example',
      NODE_EXTRA_CA_CERTS: caFile, NOTIFICATION_CLAIM_MS: '2000',
    };
    server = await spawnServer(env);

    // 40 members of a network with 25 tasks, each with a phone for push: 1,000 messages.
    const db = openDb(`file:${file}`);
    // Any hour of the day (support/quiet-hours.ts).
    await turnQuietHoursOff(db.kysely);
    const people = (await db.kysely.selectFrom('people').select('id').where('deleted', '=', 0).orderBy('id').limit(PEOPLE).execute()).map((p) => p.id);
    const networkId = crypto.randomUUID();
    await db.kysely.insertInto('networks').values({
      id: networkId, name: 'Krisenetværket', description: '', kind: 'professional', join_policy: 'open', created_by: people[0]!, deleted: 0, version: 9_000_000,
    }).execute();
    // Rows written behind the server's back, with versions of their own far above the demo's.
    await db.kysely.insertInto('memberships').values(people.map((personId, i) => ({
      id: membershipId(networkId, personId), network_id: networkId, person_id: personId, status: 'active' as const, role: 'member' as const, deleted: 0, version: 9_000_001 + i,
    }))).execute();
    const tasks = Array.from({ length: TASKS }, () => crypto.randomUUID());
    await db.kysely.insertInto('network_tasks').values(tasks.map((id, i) => ({
      id, network_id: networkId, title: `Opgave ${i + 1}`, description: '', due: null, status: 'open' as const, report: '',
      created_by: people[0]!, report_by: null, report_at: null, deleted: 0, version: 9_100_000 + i,
    }))).execute();
    for (const personId of people) {
      const client = new HttpClient(server.url);
      client.setCookie(SESSION_COOKIE, await createSession(db.kysely, personId));
      expect((await client.request('POST', '/api/push/subscriptions', pushService.subscribe())).status).toBe(201);
    }
    const now = new Date().toISOString();
    await enqueueNotification(db.kysely, ...tasks.flatMap((subjectId) => people.map((personId) => ({ personId, kind: 'taskGiven' as const, subjectId, dueAt: now, now }))));
    const total = PEOPLE * TASKS;

    // Killed mid-queue: some sent, most not.
    await pushService.waitFor(300, 30_000);
    await server.kill('SIGKILL');
    const killedAt = Date.now();
    const beforeKill = pushService.received.length;
    expect(beforeKill).toBeLessThan(total);

    server = await spawnServer(env);
    const key = (m: { endpoint: string; payload: Record<string, unknown> }) => `${m.endpoint} ${String(m.payload.tag)}`;
    await expect.poll(() => new Set(pushService!.received.map(key)).size, { timeout: 60_000 }).toBe(total);
    // Everything marked done, each once.
    await expect.poll(async () => (await db.kysely.selectFrom('notification_queue').select('outcome').execute())
      .filter((r) => r.outcome === 'pushed').length, { timeout: 10_000 }).toBe(total);

    const seen = new Map<string, number>();
    const repeated: string[] = [];
    for (const message of pushService.received) {
      const first = seen.get(key(message));
      if (first === undefined) seen.set(key(message), message.at);
      else {
        repeated.push(key(message));
        // Its first copy came before the kill: it was on its way when the server died.
        expect(first).toBeLessThanOrEqual(killedAt);
      }
    }
    expect(repeated.length).toBeLessThanOrEqual(BATCH);
    expect(pushService.rejected).toEqual([]);
    console.log(`[notification crash] ${beforeKill} of ${total} received before the kill, ${repeated.length} repeated after the restart`);
    await db.close();
  }, 120_000);
});
