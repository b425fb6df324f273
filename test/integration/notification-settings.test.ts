// A person's message settings (issue 22, part 4) over real HTTP on SQLite and PostgreSQL,
// to a push service started here (support/push-endpoint.ts) and the mail file: the row
// pulled by its owner only, bad settings refused with their codes; per kind none / e-mail /
// both / push, in the person's language; quiet hours (the worker's clock set to the night)
// hold a message until they end, but let an event cancelled for today through; the
// reminder an hour before only for one who asked for it; and a test message on request.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { apiDevice, type ApiDevice } from '../support/api-device';
import { employees } from '../support/sessions';
import type { TestServer } from '../support/test-server';
import { pushOptionsFor, startPushEndpoint, type PushEndpoint } from '../support/push-endpoint';
import { nextCopenhagenHour } from '../../src/shared/time/copenhagen-time';
import type { NotificationKind } from '../../src/shared/notifications/kinds';

const HOUR = 3_600_000;
const POLL = { timeout: 10_000 };
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(DIALECTS)('message settings on %s', (dialect) => {
  let server: TestServer;
  let pushService: PushEndpoint;
  let organizer: ApiDevice;
  let people: string[];
  let phones: ApiDevice[];
  let endpoints: string[];
  /** The worker's clock, ahead of the real one (mutations keep the real time). */
  let ahead = 0;

  beforeAll(async () => {
    pushService = await startPushEndpoint();
    server = await startServerFor(dialect, { ...pushOptionsFor(pushService), clock: () => Date.now() + ahead });
    const bo = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', 'bo@fjordby.example').executeTakeFirstOrThrow()).id;
    organizer = await apiDevice(server, bo);
    people = await employees(server, 4);
    phones = await Promise.all(people.map((p) => apiDevice(server, p)));
    endpoints = [];
    // The first three have a phone for push; the fourth has only her e-mail.
    for (const phone of phones.slice(0, 3)) {
      const subscription = pushService.subscribe();
      expect((await phone.http.request('POST', '/api/push/subscriptions', subscription)).status).toBe(201);
      endpoints.push(subscription.endpoint);
    }
  });
  afterAll(async () => {
    await server.close();
    await pushService.close();
  });

  /** Puts the worker's clock at `hour`:00 Danish time, the next time it comes. */
  function workerClockAt(hour: number): number {
    const at = Date.parse(nextCopenhagenHour(Date.now(), hour));
    ahead = at - Date.now();
    return at;
  }
  const daytime = () => workerClockAt(12);
  const pushesTo = (i: number, seminarId: string, kind?: string) => pushService.received
    .filter((m) => m.endpoint === endpoints[i] && String(m.payload.url).endsWith(seminarId) && (!kind || m.payload.kind === kind));
  const mails = () => (fs.existsSync(server.mailFile) ? fs.readFileSync(server.mailFile, 'utf8') : '');
  const emailOf = async (i: number) => (await server.db.kysely.selectFrom('people').select('email').where('id', '=', people[i]!).executeTakeFirstOrThrow()).email;
  const outcomeOf = async (seminarId: string, i: number, kind: NotificationKind) => (await server.db.kysely.selectFrom('notification_queue')
    .select(['outcome', 'due_at']).where('subject_id', '=', seminarId).where('person_id', '=', people[i]!).where('kind', '=', kind).executeTakeFirst());

  /** An event `startsIn` from now with everyone of `who` signed up. */
  async function eventWith(who: number[], title: string, startsIn = 3 * 24 * HOUR, capacity = 10) {
    const id = crypto.randomUUID();
    const start = Date.now() + startsIn;
    expect((await organizer.run('seminar.create', {
      id, title, description: '', kind: 'cafe', startsAt: iso(start), endsAt: iso(start + 2 * HOUR), location: 'Biblioteket', capacity,
    })).status).toBe('applied');
    for (const i of who) expect((await phones[i]!.run('signup.request', { seminarId: id })).status).toBe('applied');
    return id;
  }

  it('are a row of their owner\'s alone: pulled by her phones, changed in parts, and bad settings refused with their codes', async () => {
    const mine = phones[0]!;
    expect((await mine.run('notificationSettings.set', { channels: { taskGiven: 'email' } })).status).toBe('applied');
    expect((await mine.run('notificationSettings.set', { quietFrom: 22, language: 'en' })).status).toBe('applied');
    const own = (await mine.pullAll()).filter((c) => c.type === 'notificationSettings');
    expect(own).toEqual([{
      type: 'notificationSettings', op: 'put', id: people[0],
      value: { id: people[0], channels: { taskGiven: 'email' }, quietHours: true, quietFrom: 22, quietUntil: 7, language: 'en' },
    }]);
    // Set back to its default: no choice kept.
    expect((await mine.run('notificationSettings.set', { channels: { taskGiven: 'push' }, language: 'da' })).status).toBe('applied');
    const after = (await mine.pullNew()).changes.filter((c) => c.type === 'notificationSettings');
    expect(after.map((c) => c.op === 'put' && c.value)).toEqual([{ id: people[0], channels: {}, quietHours: true, quietFrom: 22, quietUntil: 7, language: 'da' }]);
    expect((await mine.run('notificationSettings.set', { quietFrom: 21 })).status).toBe('applied');
    // Nobody else's phone hears of them.
    expect((await phones[1]!.pullAll()).filter((c) => c.type === 'notificationSettings')).toEqual([]);
    expect((await organizer.pullAll()).filter((c) => c.type === 'notificationSettings')).toEqual([]);

    for (const args of [
      { channels: { taskGiven: 'sms' } }, { channels: { somethingElse: 'push' } }, { quietFrom: 24 }, { quietUntil: -1 }, { quietFrom: 7.5 },
      { language: 'de' }, { personId: people[1] }, { quietHours: 'nej' },
    ]) {
      const result = await mine.run('notificationSettings.set', args);
      expect(result, JSON.stringify(args)).toMatchObject({ status: 'rejected', error: { code: 'invalid_args' } });
    }
  });

  it('sends each kind as its person chose: none, e-mail only, push and e-mail, in her language', async () => {
    daytime();
    expect((await phones[0]!.run('notificationSettings.set', { channels: { eventChanged: 'none' } })).status).toBe('applied');
    expect((await phones[1]!.run('notificationSettings.set', { channels: { eventChanged: 'email' } })).status).toBe('applied');
    expect((await phones[2]!.run('notificationSettings.set', { channels: { eventChanged: 'both' }, language: 'en' })).status).toBe('applied');
    const id = await eventWith([0, 1, 2, 3], 'Café om trivsel');
    expect((await organizer.run('seminar.update', { id, location: 'Rådhuset' })).status).toBe('applied');

    // Push and e-mail, in English; e-mail only; nothing; and the default (push, with no phone: e-mail).
    await expect.poll(() => pushesTo(2, id, 'eventMoved').length, POLL).toBe(1);
    expect(pushesTo(2, id, 'eventMoved')[0]!.payload).toMatchObject({ title: 'Changed: Café om trivsel', body: expect.stringMatching(/^Now .+, Rådhuset\.$/) });
    const [second, third, fourth] = await Promise.all([1, 2, 3].map(emailOf));
    await expect.poll(mails, POLL).toContain(`Til: ${third}\nEmne: Changed: Café om trivsel\n`);
    expect(mails()).toContain('You get this e-mail because you chose e-mail for this kind of message.');
    await expect.poll(mails, POLL).toContain(`Til: ${second}\nEmne: Ændret: Café om trivsel\n`);
    await expect.poll(mails, POLL).toContain(`Til: ${fourth}\nEmne: Ændret: Café om trivsel\n`);
    expect(pushesTo(1, id)).toEqual([]);
    await expect.poll(async () => (await outcomeOf(id, 0, 'eventMoved'))?.outcome, POLL).toBe('turned_off');
    expect(pushesTo(0, id)).toEqual([]);
    expect((await outcomeOf(id, 1, 'eventMoved'))?.outcome).toBe('emailed');
    expect((await outcomeOf(id, 3, 'eventMoved'))?.outcome).toBe('emailed');
    for (const i of [0, 1, 2]) expect((await phones[i]!.run('notificationSettings.set', { channels: { eventChanged: 'push' }, language: 'da' })).status).toBe('applied');
  });

  it('holds a message in the quiet hours until they end, but not an event cancelled for today', async () => {
    const night = workerClockAt(23);
    const morning = Date.parse(nextCopenhagenHour(night, 7));
    // A seat that opens at 23.00 waits for the morning (not a failed try: no attempt counted).
    const id = await eventWith([1, 0], 'Kursus i forflytning', 3 * 24 * HOUR, 1);
    expect((await phones[1]!.run('signup.cancel', { seminarId: id })).status).toBe('applied');
    await expect.poll(async () => (await outcomeOf(id, 0, 'seatOpened'))?.due_at, POLL).toBe(iso(morning));
    const held = await server.db.kysely.selectFrom('notification_queue').select(['attempts', 'sent_at']).where('subject_id', '=', id)
      .where('person_id', '=', people[0]!).where('kind', '=', 'seatOpened').executeTakeFirstOrThrow();
    expect(held).toEqual({ attempts: 0, sent_at: null });
    expect(pushesTo(0, id)).toEqual([]);

    // Tonight's event called off: told at once, quiet hours or not. One three days away: in the morning.
    const tonight = await eventWith([2], 'Aftenmøde', night + 30 * 60_000 - Date.now());
    const later = await eventWith([2], 'Temadag', 3 * 24 * HOUR);
    for (const seminarId of [tonight, later]) expect((await organizer.run('seminar.cancel', { id: seminarId })).status).toBe('applied');
    await expect.poll(() => pushesTo(2, tonight, 'eventCancelled').length, POLL).toBe(1);
    await expect.poll(async () => (await outcomeOf(later, 2, 'eventCancelled'))?.due_at, POLL).toBe(iso(morning));
    expect(pushesTo(2, later)).toEqual([]);

    // One who turned the quiet hours off hears at once.
    expect((await phones[1]!.run('notificationSettings.set', { quietHours: false })).status).toBe('applied');
    const open = await eventWith([2, 1], 'Netværksmøde', 3 * 24 * HOUR, 1);
    expect((await phones[2]!.run('signup.cancel', { seminarId: open })).status).toBe('applied');
    await expect.poll(() => pushesTo(1, open, 'seatOpened').length, POLL).toBe(1);

    // 07.00: the held ones go.
    ahead = morning + 60_000 - Date.now();
    await expect.poll(() => [pushesTo(0, id, 'seatOpened').length, pushesTo(2, later, 'eventCancelled').length], POLL).toEqual([1, 1]);
    expect((await phones[1]!.run('notificationSettings.set', { quietHours: true })).status).toBe('applied');
  });

  it('reminds an hour before only those who asked for it', async () => {
    daytime();
    expect((await phones[1]!.run('notificationSettings.set', { channels: { eventReminderSoon: 'push' } })).status).toBe('applied');
    const id = await eventWith([0, 1], 'Dialogcafé', 3 * 24 * HOUR);
    const start = Date.parse((await server.db.kysely.selectFrom('seminars').select('starts_at').where('id', '=', id).executeTakeFirstOrThrow()).starts_at);
    // Both reminders are scheduled at sign-up; the person's choice is read when one is due.
    expect((await outcomeOf(id, 0, 'eventReminderSoon'))?.due_at).toBe(iso(start - HOUR));
    // Each reminder's own hour, quiet or not (the event starts at this hour of a day to come).
    for (const person of [0, 1]) expect((await phones[person]!.run('notificationSettings.set', { quietHours: false })).status).toBe('applied');
    ahead = start - HOUR + 60_000 - Date.now();
    await expect.poll(() => pushesTo(1, id, 'eventReminderSoon').length, POLL).toBe(1);
    expect(pushesTo(1, id, 'eventReminderSoon')[0]!.payload).toMatchObject({ title: 'Om en time: Dialogcafé', tag: `reminder-${id}` });
    await expect.poll(async () => (await outcomeOf(id, 0, 'eventReminderSoon'))?.outcome, POLL).toBe('turned_off');
    expect(pushesTo(0, id, 'eventReminderSoon')).toEqual([]);
    // The day-before one went to both (it was due first).
    expect([pushesTo(0, id, 'eventReminder').length, pushesTo(1, id, 'eventReminder').length]).toEqual([1, 1]);
    for (const person of [0, 1]) expect((await phones[person]!.run('notificationSettings.set', { quietHours: true })).status).toBe('applied');
    daytime();
  });

  it('sends a test message on request: to the phones, else by e-mail; a few at most, then a refusal with its code', async () => {
    const before = pushService.received.length;
    const pushed = await phones[2]!.http.request<{ pushed: number; emailed: boolean }>('POST', '/api/push/test');
    expect(pushed.status).toBe(200);
    expect(pushed.json).toEqual({ pushed: 1, emailed: false });
    await expect.poll(() => pushService.received.length, POLL).toBe(before + 1);
    expect(pushService.received.at(-1)).toMatchObject({ endpoint: endpoints[2], payload: { kind: 'test', title: 'Prøvebesked fra Videnbro', url: '/mig' } });

    const mailed = await phones[3]!.http.request<{ pushed: number; emailed: boolean }>('POST', '/api/push/test');
    expect(mailed.json).toEqual({ pushed: 0, emailed: true });
    expect(mails()).toContain(`Til: ${await emailOf(3)}\nEmne: Prøvebesked fra Videnbro\n`);
    expect(mails()).toContain('Du får denne e-mail, fordi du bad om en prøvebesked.');

    for (let i = 0; i < 4; i++) expect((await phones[3]!.http.request('POST', '/api/push/test')).status).toBe(200);
    const refused = await phones[3]!.http.request<{ error: { code: string; message: string } }>('POST', '/api/push/test');
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe('push_test_too_often');
    expect((await new (phones[0]!.http.constructor as new (url: string) => typeof phones[0]['http'])(server.url).request('POST', '/api/push/test')).status).toBe(401);
  });
});
