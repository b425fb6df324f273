// Issue 22's figures, on a server of its own (the demo municipality as `npm start` seeds
// it) with a push service on this machine that checks and decrypts every message
// (test/support/push-endpoint.ts): from a cancellation to the promoted person's message
// arriving, over 100 promotions one after another; and 10,000 queued messages released at
// once — delivered per second, and a colleague's pulls meanwhile (p95).
import { turnQuietHoursOff } from '../test/support/quiet-hours';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../src/server/server';
import { apiDevice, type ApiDevice } from '../test/support/api-device';
import { startPushEndpoint } from '../test/support/push-endpoint';
import { now, percentile, type Figure } from './measure';
import { reserveVersions } from '../src/server/db/versions';
import { signupId } from '../src/shared/entities/seminar';

const PROMOTIONS = 100;
const QUEUED = 10_000;

export async function pushFigures(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-bench-push-'));
  const pushService = await startPushEndpoint();
  const server = await startServer({
    port: 0, host: '127.0.0.1', databaseUrl: `file:${path.join(dir, 'db.sqlite')}`, demo: true, staticDir: null, mailFile: null,
    log: () => undefined, syncQuota: null, pushAgent: pushService.agent,
    push: { vapid: null, subject: 'mailto:bench@fjordby.example', allowedOrigins: [pushService.origin] },
  });
  try {
    const db = server.db.kysely;
    // Measured at any hour: the default quiet hours would hold the messages back at night.
    await turnQuietHoursOff(db);
    const people = (await db.selectFrom('people').select('id').where('deleted', '=', 0).where('roles', '=', '["employee"]')
      .orderBy('id').limit(103).execute()).map((p) => p.id);
    const [holder, waiter, reader] = await Promise.all(people.slice(0, 3).map((id) => apiDevice(server, id)));
    const organizer = await apiDevice(server, (await db.selectFrom('people').select('id').where('email', '=', 'bo@fjordby.example').executeTakeFirstOrThrow()).id);
    const subscribe = async (device: ApiDevice) => {
      const reply = await device.http.request('POST', '/api/push/subscriptions', pushService.subscribe());
      if (reply.status !== 201) throw new Error(`subscription refused: ${reply.status}`);
    };
    await subscribe(waiter!);

    // 1. One promotion at a time: cancel → the promoted person's message at the push service.
    const latencies: number[] = [];
    for (let i = 0; i < PROMOTIONS; i++) {
      const id = crypto.randomUUID();
      const start = Date.now() + 7 * 86_400_000;
      await organizer.run('seminar.create', {
        id, title: `Bench ${i}`, description: '', kind: 'course', startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3_600_000).toISOString(),
        location: 'Rådhuset', capacity: 1,
      });
      await holder!.run('signup.request', { seminarId: id });
      await waiter!.run('signup.request', { seminarId: id });
      const before = pushService.received.length;
      const started = now();
      await holder!.run('signup.cancel', { seminarId: id });
      await pushService.waitFor(before + 1, 30_000);
      latencies.push(now() - started);
    }

    // 2. 10,000 messages to 100 people (each with a phone), released at once, while a colleague pulls.
    const receivers = await Promise.all(people.slice(3, 103).map((id) => apiDevice(server, id)));
    await Promise.all(receivers.map(subscribe));
    const seminars = (await db.selectFrom('seminars').select('id').where('deleted', '=', 0).where('status', '=', 'scheduled').limit(Math.ceil(QUEUED / receivers.length)).execute()).map((s) => s.id);
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const rows = seminars.flatMap((seminarId) => people.slice(3, 103).map((personId) => ({
      id: crypto.randomUUID(), dedupe_key: `bench:${seminarId}:${personId}`, person_id: personId, kind: 'seatOpened' as const, subject_id: seminarId,
      due_at: later, claimed_until: null, sent_at: null, outcome: null, created_at: new Date().toISOString(),
    })));
    for (let at = 0; at < rows.length; at += 500) await db.insertInto('notification_queue').values(rows.slice(at, at + 500)).execute();
    // Each message must still concern its person when sent: each has the seat (written
    // straight into the table; the events' counts are not the figure here).
    const first = await reserveVersions(db, rows.length);
    const signups = rows.map((r, i) => ({
      id: signupId(r.subject_id, r.person_id), seminar_id: r.subject_id, person_id: r.person_id, status: 'confirmed' as const, position: null,
      checked_in_at: null, created_at: r.created_at, deleted: 0, version: first + i,
    }));
    for (let at = 0; at < signups.length; at += 500) {
      await db.insertInto('signups').values(signups.slice(at, at + 500))
        .onConflict((oc) => oc.column('id').doUpdateSet({ status: 'confirmed', deleted: 0 })).execute();
    }
    await reader!.pullAll();
    const quietPulls: number[] = [];
    for (let i = 0; i < 30; i++) {
      const started = now();
      await reader!.pullNew();
      quietPulls.push(now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const before = pushService.received.length;
    const released = now();
    await db.updateTable('notification_queue').set({ due_at: new Date().toISOString() }).where('dedupe_key', 'like', 'bench:%').execute();
    const pulls: number[] = [];
    let done = false;
    const delivered = pushService.waitFor(before + rows.length, 300_000).then(() => { done = true; });
    while (!done) {
      const started = now();
      await reader!.pullNew();
      pulls.push(now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await delivered;
    const seconds = (now() - released) / 1000;
    const perSecond = rows.length / seconds;
    const p95 = percentile(latencies, 95);
    return [
      { name: `push: cancellation → the promoted person's message at a local push service, p50 of ${PROMOTIONS}`, value: percentile(latencies, 50), unit: 'ms' },
      { name: `push: the same, p95 of ${PROMOTIONS}`, value: p95, unit: 'ms', goal: '≤ 2000', met: p95 <= 2000 },
      { name: `push: ${rows.length.toLocaleString('en')} queued messages released at once: delivered, checked and decrypted at the push service (${seconds.toFixed(1)} s)`, value: perSecond, unit: 'messages/s', goal: '≥ 500', met: perSecond >= 500 },
      { name: `push: a colleague's pull while they go out, p95 of ${pulls.length}`, value: percentile(pulls, 95), unit: 'ms' },
      { name: `push: the same pull with nothing going out, p95 of ${quietPulls.length}`, value: percentile(quietPulls, 95), unit: 'ms' },
    ];
  } finally {
    await server.close();
    await pushService.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
