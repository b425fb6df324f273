// Web Push from the server (issue 22, first part) over real HTTP on SQLite and PostgreSQL,
// to a push service started here that checks VAPID and decrypts as a browser would
// (support/push-endpoint.ts): the key, subscriptions kept and refused (each refusal's
// code), a freed seat told to the one who moved up (kind, words, link, TTL, urgency,
// topic), a subscription the push service calls gone is forgotten, a signed-out session's
// subscription is never used (the message goes by e-mail), and the same message queued
// twice is one; an event called off or moved is told to those signed up or waiting (not its
// organizer), a reminder comes the day before (the worker's clock moved ahead) to those
// with a seat, moved with the event.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { turnQuietHoursOff } from '../support/quiet-hours';
import { apiDevice, type ApiDevice } from '../support/api-device';
import { employees } from '../support/sessions';
import type { TestServer } from '../support/test-server';
import { pushOptionsFor, startPushEndpoint, type PushEndpoint } from '../support/push-endpoint';
import { HttpClient } from '../support/http-client';
import { enqueueNotification } from '../../src/server/db/notification-queue';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(DIALECTS)('push messages on %s', (dialect) => {
  let server: TestServer;
  let pushService: PushEndpoint;
  let organizer: ApiDevice;
  let people: string[];
  let phones: ApiDevice[];
  let ahead = 0;

  beforeAll(async () => {
    pushService = await startPushEndpoint();
    server = await startServerFor(dialect, {
      ...pushOptionsFor(pushService),
      // The worker's clock: moved ahead to bring a reminder's day (mutations keep the real time).
      clock: () => Date.now() + ahead,
    });
    // Any hour of the day: the quiet hours have a test of their own (support/quiet-hours.ts).
    await turnQuietHoursOff(server.db.kysely);
    const bo = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', 'bo@fjordby.example').executeTakeFirstOrThrow()).id;
    organizer = await apiDevice(server, bo);
    people = await employees(server, 3);
    phones = await Promise.all(people.map((p) => apiDevice(server, p)));
  });
  afterAll(async () => {
    await server.close();
    await pushService.close();
  });

  /** A one-seat event: the first phone has the seat, the second waits. */
  async function fullEvent(title: string, [first, second] = [phones[0]!, phones[1]!]) {
    const id = crypto.randomUUID();
    const start = Date.now() + 3 * 24 * HOUR;
    expect((await organizer.run('seminar.create', {
      id, title, description: '', kind: 'course', startsAt: iso(start), endsAt: iso(start + 3 * HOUR), location: 'Sundhedshuset', capacity: 1,
    })).status).toBe('applied');
    expect((await first.run('signup.request', { seminarId: id })).status).toBe('applied');
    expect((await second.run('signup.request', { seminarId: id })).status).toBe('applied');
    return id;
  }
  const subscribe = async (client: HttpClient, body: unknown) => client.request('POST', '/api/push/subscriptions', body);
  const deleteSubscription = (endpoint: string) => phones[1]!.http.request('DELETE', '/api/push/subscriptions', { endpoint });

  it('gives its VAPID public key, made once and kept in the database', async () => {
    const key = await new HttpClient(server.url).request<{ publicKey: string }>('GET', '/api/push/key');
    expect(key.status).toBe(200);
    expect(Buffer.from(key.json.publicKey, 'base64url')).toHaveLength(65);
    const kept = await server.db.kysely.selectFrom('server_meta').select('value').where('key', '=', 'vapid').executeTakeFirstOrThrow();
    expect((JSON.parse(kept.value) as { publicKey: string }).publicKey).toBe(key.json.publicKey);
  });

  it('refuses a foreign or malformed endpoint, bad keys, unknown fields and a signed-out browser, each with its code', async () => {
    const good = pushService.subscribe();
    const cases: [unknown, number, string][] = [
      [{ ...good, endpoint: 'https://evil.example/push/1' }, 400, 'push_endpoint_not_allowed'],
      [{ ...good, endpoint: 'http://fcm.googleapis.com/fcm/send/1' }, 400, 'push_endpoint_not_allowed'],
      [{ ...good, endpoint: 'https://169.254.169.254/latest' }, 400, 'push_endpoint_not_allowed'],
      [{ ...good, endpoint: 'ikke en adresse' }, 400, 'invalid_request'],
      [{ ...good, keys: { p256dh: good.keys.p256dh.slice(0, 40), auth: good.keys.auth } }, 400, 'push_keys_invalid'],
      [{ ...good, keys: { p256dh: good.keys.p256dh, auth: 'kort' } }, 400, 'push_keys_invalid'],
      [{ endpoint: good.endpoint }, 400, 'invalid_request'],
      [{ ...good, extra: 1 }, 400, 'invalid_request'],
    ];
    for (const [body, status, code] of cases) {
      const reply = await subscribe(phones[2]!.http, body);
      expect({ status: reply.status, code: reply.json?.error?.code }, JSON.stringify(body).slice(0, 80)).toEqual({ status, code });
    }
    const signedOut = await subscribe(new HttpClient(server.url), good);
    expect({ status: signedOut.status, code: signedOut.json?.error?.code }).toEqual({ status: 401, code: 'not_signed_in' });
    expect(await server.db.kysely.selectFrom('push_subscriptions').select('endpoint').where('endpoint', '=', good.endpoint).execute()).toEqual([]);
  });

  it('tells the one who moved up from the waitlist, once, with the event\'s link', async () => {
    const waiting = pushService.subscribe();
    expect((await subscribe(phones[1]!.http, waiting)).status).toBe(201);
    const id = await fullEvent('Kursus i sårpleje');
    const before = pushService.received.length;
    await phones[0]!.run('signup.cancel', { seminarId: id });
    const [message] = (await pushService.waitFor(before + 1)).slice(before);
    expect(message).toMatchObject({
      endpoint: waiting.endpoint, ttl: 86_400, urgency: 'high',
      payload: { kind: 'seatOpened', title: 'Du har fået en plads', url: `/arrangementer/${id}`, tag: `seat-${id}` },
    });
    expect(String(message!.payload.body)).toMatch(/^Kursus i sårpleje, .+\. Du er rykket op fra ventelisten\.$/);
    expect(message!.topic).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
    const key = await new HttpClient(server.url).request<{ publicKey: string }>('GET', '/api/push/key');
    expect(message!.vapidKey).toBe(key.json.publicKey);
    expect(pushService.rejected).toEqual([]);
    const queued = await server.db.kysely.selectFrom('notification_queue').select(['kind', 'outcome']).where('subject_id', '=', id)
      .where('kind', '=', 'seatOpened').execute();
    expect(queued).toEqual([{ kind: 'seatOpened', outcome: 'pushed' }]);
    // The same message queued again (a change that repeats) adds nothing.
    const now = new Date().toISOString();
    await enqueueNotification(server.db.kysely, { personId: people[1]!, kind: 'seatOpened', subjectId: id, dueAt: now, now });
    expect(await server.db.kysely.selectFrom('notification_queue').select('id').where('subject_id', '=', id).where('kind', '=', 'seatOpened').execute()).toHaveLength(1);
    // The one who cancelled is told nothing.
    expect(pushService.received.slice(before).filter((m) => m.endpoint !== waiting.endpoint)).toEqual([]);
  });

  it('tells those signed up or waiting when an event moves or is called off, never its organizer, and reminds the day before', async () => {
    const db = server.db.kysely;
    await db.deleteFrom('push_subscriptions').execute();
    const [seated, waiting, host] = [pushService.subscribe(), pushService.subscribe(), pushService.subscribe()];
    for (const [device, subscription] of [[phones[0]!, seated], [phones[1]!, waiting], [organizer, host]] as const) {
      expect((await subscribe(device.http, subscription)).status).toBe(201);
    }
    // Of this test's events only: the clock moved ahead brings other events' reminders too.
    const ours = new Set<string>();
    const to = (endpoint: string, kind: string) => pushService.received.filter((m) => m.endpoint === endpoint && m.payload.kind === kind
      && ours.has(String(m.payload.url).split('/').at(-1) ?? ''));
    const id = await fullEvent('Dialogcafé');
    ours.add(id);
    // A new title is no news; a new place is, once per person.
    expect((await organizer.run('seminar.update', { id, title: 'Dialogcafé om demens' })).status).toBe('applied');
    expect((await organizer.run('seminar.update', { id, location: 'Mødelokale 2' })).status).toBe('applied');
    await expect.poll(() => [to(seated.endpoint, 'eventMoved').length, to(waiting.endpoint, 'eventMoved').length], { timeout: 10_000 }).toEqual([1, 1]);
    expect(to(seated.endpoint, 'eventMoved')[0]!.payload).toMatchObject({
      title: 'Ændret: Dialogcafé om demens', url: `/arrangementer/${id}`, body: expect.stringMatching(/^Nu .+, Mødelokale 2\.$/),
    });
    expect((await organizer.run('seminar.cancel', { id })).status).toBe('applied');
    await expect.poll(() => [to(seated.endpoint, 'eventCancelled').length, to(waiting.endpoint, 'eventCancelled').length], { timeout: 10_000 }).toEqual([1, 1]);
    expect(to(waiting.endpoint, 'eventCancelled')[0]!.payload).toMatchObject({ title: 'Aflyst: Dialogcafé om demens', tag: `event-${id}` });
    expect(pushService.received.filter((m) => m.endpoint === host.endpoint)).toEqual([]);

    // The reminder: scheduled at sign-up for a day before, moved with the event, sent only to one with a seat.
    const reminded = await fullEvent('Temadag om rehabilitering');
    ours.add(reminded);
    const dueOf = async () => (await db.selectFrom('notification_queue').select(['person_id', 'due_at'])
      .where('kind', '=', 'eventReminder').where('subject_id', '=', reminded).orderBy('person_id').execute());
    const start = (await db.selectFrom('seminars').select('starts_at').where('id', '=', reminded).executeTakeFirstOrThrow()).starts_at;
    expect((await dueOf()).map((r) => r.due_at)).toEqual([iso(Date.parse(start) - 24 * HOUR), iso(Date.parse(start) - 24 * HOUR)]);
    const later = Date.parse(start) + 2 * HOUR;
    expect((await organizer.run('seminar.update', { id: reminded, startsAt: iso(later), endsAt: iso(later + 3 * HOUR) })).status).toBe('applied');
    expect((await dueOf()).map((r) => r.due_at)).toEqual([iso(later - 24 * HOUR), iso(later - 24 * HOUR)]);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(to(seated.endpoint, 'eventReminder')).toEqual([]);
    // The day before comes.
    ahead = later - 24 * HOUR - Date.now() + 60_000;
    await expect.poll(() => to(seated.endpoint, 'eventReminder').length, { timeout: 10_000 }).toBe(1);
    expect(to(seated.endpoint, 'eventReminder')[0]!.payload).toMatchObject({ title: 'Påmindelse: Temadag om rehabilitering', tag: `reminder-${reminded}` });
    // The one still waiting has no seat to be reminded of.
    await expect.poll(async () => (await db.selectFrom('notification_queue').select('outcome').where('kind', '=', 'eventReminder')
      .where('subject_id', '=', reminded).where('person_id', '=', people[1]!).executeTakeFirstOrThrow()).outcome, { timeout: 10_000 }).toBe('dropped');
    expect(to(waiting.endpoint, 'eventReminder')).toEqual([]);
    ahead = 0;
  });

  it('forgets a subscription the push service calls gone (410), and never uses a signed-out session\'s', async () => {
    const gone = pushService.subscribe();
    expect((await subscribe(phones[1]!.http, gone)).status).toBe(201);
    pushService.answerWith(gone.endpoint, 410);
    const id = await fullEvent('Café om demens');
    await phones[0]!.run('signup.cancel', { seminarId: id });
    await expect.poll(async () => (await server.db.kysely.selectFrom('push_subscriptions').select('endpoint')
      .where('endpoint', '=', gone.endpoint).execute()).length, { timeout: 10_000 }).toBe(0);

    // A busy push service (503), the only subscription: tried again later, with a pause, not marked done.
    await server.db.kysely.deleteFrom('push_subscriptions').where('person_id', '=', people[1]!).execute();
    const busy = pushService.subscribe();
    expect((await subscribe(phones[1]!.http, busy)).status).toBe(201);
    pushService.answerWith(busy.endpoint, 503);
    const later = await fullEvent('Netværksmøde');
    await phones[0]!.run('signup.cancel', { seminarId: later });
    await expect.poll(async () => server.db.kysely.selectFrom('notification_queue').select(['attempts', 'sent_at'])
      .where('subject_id', '=', later).where('kind', '=', 'seatOpened').executeTakeFirst(), { timeout: 10_000 }).toEqual({ attempts: 1, sent_at: null });
    // Turned off on the phone: the server forgets it.
    expect((await deleteSubscription(busy.endpoint)).status).toBe(204);
    expect(await server.db.kysely.selectFrom('push_subscriptions').select('endpoint').where('endpoint', '=', busy.endpoint).execute()).toEqual([]);

    // Signed out: the subscription of that session is left unused, and the message goes by e-mail.
    const client = await apiDevice(server, people[2]!);
    const quiet = pushService.subscribe();
    expect((await subscribe(client.http, quiet)).status).toBe(201);
    expect((await client.http.request('POST', '/api/auth/logout', {})).status).toBe(204);
    const other = await fullEvent('Workshop om dokumentation', [phones[0]!, phones[2]!]);
    await phones[0]!.run('signup.cancel', { seminarId: other });
    await expect.poll(async () => (await server.db.kysely.selectFrom('notification_queue').select('outcome')
      .where('subject_id', '=', other).where('person_id', '=', people[2]!).where('kind', '=', 'seatOpened').executeTakeFirst())?.outcome ?? null, { timeout: 10_000 }).toBe('emailed');
    expect(pushService.received.filter((m) => m.endpoint === quiet.endpoint)).toEqual([]);
    const email = (await server.db.kysely.selectFrom('people').select('email').where('id', '=', people[2]!).executeTakeFirstOrThrow()).email;
    expect(fs.readFileSync(server.mailFile, 'utf8')).toContain(`Til: ${email}\nEmne: Du har fået en plads\nList-Unsubscribe: <${server.url}/mig#besked-til-mig>\n`);
  });
});
