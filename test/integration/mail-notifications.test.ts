// Messages by e-mail (issue 22, part 2) on SQLite and PostgreSQL, through a real SMTP server
// started here (smtp-server) and read back with a real mail parser (mailparser): one with no
// phone for push gets the message as an e-mail from `MAIL_FROM` — the subject, Danish plain
// text and HTML with the event's link, and List-Unsubscribe pointing at the settings; one
// whose only phone the push service calls gone gets it by e-mail instead; a deactivated
// person gets none; a mail server that refuses the mail has it tried again later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { DIALECTS, startServerFor } from '../support/dialects';
import { turnQuietHoursOff } from '../support/quiet-hours';
import { apiDevice, type ApiDevice } from '../support/api-device';
import { employees } from '../support/sessions';
import type { TestServer } from '../support/test-server';
import { pushOptionsFor, startPushEndpoint, type PushEndpoint } from '../support/push-endpoint';

const HOUR = 3_600_000;
const POLL = { timeout: 10_000 };
const iso = (ms: number) => new Date(ms).toISOString();

interface MailServer { url: string; received: ParsedMail[]; refuseNext: number; close(): Promise<void> }

/** An SMTP server on this machine: every mail parsed and kept; `refuseNext` mails answered 451. */
async function startMailServer(): Promise<MailServer> {
  const state: MailServer = { url: '', received: [], refuseNext: 0, close: async () => undefined };
  const smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        if (state.refuseNext > 0) {
          state.refuseNext -= 1;
          callback(Object.assign(new Error('Prøv igen senere'), { responseCode: 451 }));
          return;
        }
        state.received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  state.url = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((resolve) => smtp.close(() => resolve()));
  return state;
}

describe.each(DIALECTS)('messages by e-mail on %s', (dialect) => {
  let server: TestServer;
  let mailServer: MailServer;
  let pushService: PushEndpoint;
  let organizer: ApiDevice;
  let people: string[];
  let phones: ApiDevice[];
  let addresses: string[];

  beforeAll(async () => {
    mailServer = await startMailServer();
    pushService = await startPushEndpoint();
    server = await startServerFor(dialect, {
      smtp: { url: mailServer.url, from: 'Videnbro <videnbro@fjordby.example>' },
      ...pushOptionsFor(pushService),
    });
    // Any hour of the day: the quiet hours have a test of their own (support/quiet-hours.ts).
    await turnQuietHoursOff(server.db.kysely);
    const bo = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', 'bo@fjordby.example').executeTakeFirstOrThrow()).id;
    organizer = await apiDevice(server, bo);
    people = await employees(server, 3);
    phones = await Promise.all(people.map((p) => apiDevice(server, p)));
    const rows = await server.db.kysely.selectFrom('people').select(['id', 'email']).where('id', 'in', people).execute();
    addresses = people.map((id) => rows.find((r) => r.id === id)!.email);
  });
  afterAll(async () => {
    await server.close();
    await mailServer.close();
    await pushService.close();
  });

  /** A one-seat event: `seated` has the seat, `waiting` waits; the seat is then given up. */
  async function seatFreedFor(title: string, seated: ApiDevice, waiting: ApiDevice): Promise<string> {
    const id = crypto.randomUUID();
    const start = Date.now() + 3 * 24 * HOUR;
    expect((await organizer.run('seminar.create', {
      id, title, description: '', kind: 'course', startsAt: iso(start), endsAt: iso(start + 3 * HOUR), location: 'Sundhedshuset', capacity: 1,
    })).status).toBe('applied');
    expect((await seated.run('signup.request', { seminarId: id })).status).toBe('applied');
    expect((await waiting.run('signup.request', { seminarId: id })).status).toBe('applied');
    expect((await seated.run('signup.cancel', { seminarId: id })).status).toBe('applied');
    return id;
  }
  const outcome = async (id: string, personId: string) => (await server.db.kysely.selectFrom('notification_queue').select(['outcome', 'attempts'])
    .where('subject_id', '=', id).where('person_id', '=', personId).where('kind', '=', 'seatOpened').executeTakeFirst()) ?? null;
  const mailsTo = (address: string) => mailServer.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === address);

  it('mails one with no phone for push: subject, text and HTML with the link, the sender, and List-Unsubscribe', async () => {
    const id = await seatFreedFor('Kursus i forflytning', phones[0]!, phones[1]!);
    await expect.poll(() => mailsTo(addresses[1]!).length, POLL).toBe(1);
    const [mail] = mailsTo(addresses[1]!);
    expect(mail!.subject).toBe('Du har fået en plads');
    expect(mail!.from?.value[0]).toMatchObject({ name: 'Videnbro', address: 'videnbro@fjordby.example' });
    expect(mail!.text).toMatch(/^Kursus i forflytning, .+\. Du er rykket op fra ventelisten\.\n/);
    expect(mail!.text).toContain(`Åbn i Videnbro: ${server.url}/arrangementer/${id}\n`);
    expect(mail!.html).toContain(`<a href="${server.url}/arrangementer/${id}">Åbn i Videnbro</a>`);
    expect(mail!.headers.get('list')).toEqual({ unsubscribe: { url: `${server.url}/mig#besked-til-mig` } });
    expect(await outcome(id, people[1]!)).toEqual({ outcome: 'emailed', attempts: 0 });
    // The one who gave up the seat is told nothing.
    expect(mailsTo(addresses[0]!)).toEqual([]);
  });

  it('mails one whose only phone is gone, and no one deactivated', async () => {
    const gone = pushService.subscribe();
    expect((await phones[2]!.http.request('POST', '/api/push/subscriptions', gone)).status).toBe(201);
    pushService.answerWith(gone.endpoint, 410);
    const id = await seatFreedFor('Temadag om KOL', phones[0]!, phones[2]!);
    await expect.poll(() => mailsTo(addresses[2]!).length, POLL).toBe(1);
    expect(mailsTo(addresses[2]!)[0]!.subject).toBe('Du har fået en plads');
    expect(await outcome(id, people[2]!)).toEqual({ outcome: 'emailed', attempts: 0 });

    await server.db.kysely.updateTable('people').set({ deactivated_at: new Date().toISOString() }).where('id', '=', people[1]!).execute();
    const quiet = await seatFreedFor('Café om søvn', phones[0]!, phones[1]!);
    await expect.poll(async () => (await outcome(quiet, people[1]!))?.outcome, POLL).toBe('no_channel');
    expect(mailsTo(addresses[1]!)).toHaveLength(1);
    await server.db.kysely.updateTable('people').set({ deactivated_at: null }).where('id', '=', people[1]!).execute();
  });

  it('tries again later when the mail server refuses the mail', async () => {
    mailServer.refuseNext = 1;
    const before = mailsTo(addresses[1]!).length;
    const id = await seatFreedFor('Workshop om dokumentation', phones[0]!, phones[1]!);
    await expect.poll(() => outcome(id, people[1]!), POLL).toEqual({ outcome: null, attempts: 1 });
    expect(mailsTo(addresses[1]!)).toHaveLength(before);
  });
});
