// "Mine data" (issue 21, part 2) on SQLite and PostgreSQL: GET /api/me/export holds every
// kind of row a person has — profile, competences (a removed one marked so), memberships
// and requests, sign-ups, learnings, sessions, devices, calendar addresses, the audit
// trail's lines about them — as an attachment never cached, with no secret in it, and
// nothing of anyone else's.
import { createECDH, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';
import { HttpClient } from '../support/http-client';
import { apiDevice } from '../support/api-device';
import type { MyData } from '../../src/server/db/my-data';
import { enqueueNotification } from '../../src/server/db/notification-queue';

describe.each(DIALECTS)('my data on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });

  it('exports every kind of row of mine, and nothing of anyone else', async () => {
    const db = server.db.kysely;
    const anna = await db.selectFrom('people').select(['id', 'email']).where('email', '=', 'anna@fjordby.example').executeTakeFirstOrThrow();
    const phone = await apiDevice(server, anna.id);
    const seminar = await db.selectFrom('seminars').select('id').where('status', '=', 'scheduled').where('starts_at', '>', new Date().toISOString())
      .where('id', 'not in', db.selectFrom('signups').select('seminar_id').where('person_id', '=', anna.id)).orderBy('starts_at').executeTakeFirstOrThrow();
    const competences = await db.selectFrom('competences').select('id').where('deleted', '=', 0).orderBy('id').limit(2).execute();
    for (const [name, args] of [
      ['competence.set', { competenceId: competences[0]!.id, level: 3, canHelp: true, note: 'Fra kurset' }],
      ['competence.set', { competenceId: competences[1]!.id, level: 1, canHelp: false }],
      ['competence.remove', { competenceId: competences[1]!.id }],
      ['network.join', { networkId: 'n-ordblindhed' }],
      ['signup.request', { seminarId: seminar.id }],
      ['learning.create', { id: crypto.randomUUID(), title: 'Min læring', body: 'Tekst', application: '', sourceKind: 'course', visibility: 'private' }],
      ['notificationSettings.set', { channels: { taskGiven: 'email', seatOpened: 'push' }, quietHours: false, language: 'en' }],
    ] as const) {
      expect((await phone.run(name, args)).status, name).toBe('applied');
    }
    // A colleague's sign-in is in the same audit trail: it must stay out of Anna's data.
    await new HttpClient(server.url).signInDemo('bo@fjordby.example');
    const browser = new HttpClient(server.url);
    await browser.signInDemo('anna@fjordby.example');
    expect((await browser.request('POST', '/api/calendar-feed')).status).toBe(200);
    // A phone taking push messages, and a message waiting for her (due in a month: not sent during the test).
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    expect((await browser.request('POST', '/api/push/subscriptions', {
      endpoint: 'https://fcm.googleapis.com/fcm/send/anna-phone', keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') },
    })).status).toBe(201);
    const month = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await enqueueNotification(db, { personId: anna.id, kind: 'seatOpened', subjectId: seminar.id, dueAt: month, now: new Date().toISOString() });

    const reply = await browser.fetch(`${server.url}/api/me/export`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toBe('attachment; filename="videnbro-mine-data.json"');
    expect(reply.headers.get('cache-control')).toBe('no-store');
    const text = await reply.text();
    const data = JSON.parse(text) as MyData;

    expect(data.person).toMatchObject({ id: anna.id, email: anna.email, unit: { id: expect.any(String), name: expect.any(String), area: expect.any(String) } });
    expect(data.competences).toContainEqual(expect.objectContaining({ competenceId: competences[0]!.id, level: 3, canHelp: true, note: 'Fra kurset' }));
    expect(data.competences).toContainEqual(expect.objectContaining({ competenceId: competences[1]!.id, removed: true }));
    expect(data.memberships).toContainEqual(expect.objectContaining({ networkId: 'n-ordblindhed' }));
    expect(data.signups).toContainEqual(expect.objectContaining({ seminarId: seminar.id }));
    expect(data.learnings).toContainEqual(expect.objectContaining({ title: 'Min læring', visibility: 'private' }));
    expect(data.sessions.length).toBeGreaterThanOrEqual(2);
    expect(data.devices.length).toBeGreaterThanOrEqual(1);
    expect(data.calendarFeeds).toHaveLength(1);
    expect(data.pushSubscriptions).toEqual([{ pushService: 'https://fcm.googleapis.com', createdAt: expect.any(String) }]);
    // Hers: the one queued here, and the reminders her sign-up scheduled (a day and an hour before).
    expect(data.messages).toHaveLength(3);
    expect(data.messages).toEqual(expect.arrayContaining([
      { kind: 'seatOpened', about: seminar.id, dueAt: month, sentAt: null, outcome: null },
      { kind: 'eventReminder', about: seminar.id, dueAt: expect.any(String), sentAt: null, outcome: null },
      { kind: 'eventReminderSoon', about: seminar.id, dueAt: expect.any(String), sentAt: null, outcome: null },
    ]));
    expect(data.messageSettings).toEqual([{ channels: { taskGiven: 'email' }, quietHours: false, quietFrom: 21, quietUntil: 7, language: 'en' }]);
    expect(data.auditTrail).toContainEqual(expect.objectContaining({ action: 'signIn', byMe: true, subject: anna.email }));
    // Exactly mine: as many rows of each kind as the database holds for Anna, removed ones too.
    const mine = async (table: 'person_competences' | 'memberships' | 'signups' | 'sessions' | 'clients', column = 'person_id') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where(column as never, '=', anna.id as never).executeTakeFirstOrThrow()).n);
    expect(data.competences).toHaveLength(await mine('person_competences'));
    expect(data.memberships).toHaveLength(await mine('memberships'));
    expect(data.signups).toHaveLength(await mine('signups'));
    expect(data.sessions).toHaveLength(await mine('sessions'));
    expect(data.devices).toHaveLength(await mine('clients'));
    expect(data.learnings).toHaveLength(Number((await db.selectFrom('learnings').select((eb) => eb.fn.countAll<number>().as('n')).where('author_id', '=', anna.id).executeTakeFirstOrThrow()).n));
    // No secret: no hash of a session, code or calendar address.
    for (const secret of ['token_hash', 'code_hash', 'nonce_hash', 'tokenHash']) expect(text).not.toContain(secret);
    const hashes = await db.selectFrom('sessions').select('token_hash').where('person_id', '=', anna.id).execute();
    for (const { token_hash: hash } of hashes) expect(text).not.toContain(hash);
    // Nothing of anyone else's: no other person's id or e-mail anywhere in it.
    const others = await db.selectFrom('people').select(['id', 'email']).where('id', '!=', anna.id).execute();
    const leaked = others.filter((p) => text.includes(JSON.stringify(p.id)) || text.includes(p.email));
    expect(leaked).toEqual([]);
  });

  it('is for a signed-in person only', async () => {
    const reply = await new HttpClient(server.url).request('GET', '/api/me/export');
    expect(reply.status).toBe(401);
    expect(reply.json.error?.code).toBe('not_signed_in');
  });
});
