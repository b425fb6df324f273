// Messages about networks (issue 22, part 3) over real HTTP on SQLite and PostgreSQL, to the
// push service started here (support/push-endpoint.ts): an answer to a request told to the
// one who asked (approved, declined), with the network's link, never to the coordinator who
// gave it; new requests gathered for the coordinators (one message at once, the next at most
// an hour later, counting what waits then; none when nothing waits any more); a task given
// to a network told to its members, not to the giver nor to anyone outside it, and dropped
// when the task is done before it leaves; a task's deadline told to the coordinators the
// morning before (not to members; dropped when done; none when that morning has passed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { turnQuietHoursOff } from '../support/quiet-hours';
import { apiDevice, type ApiDevice } from '../support/api-device';
import { employees } from '../support/sessions';
import type { TestServer } from '../support/test-server';
import { pushOptionsFor, startPushEndpoint, type PushEndpoint, type TestSubscription } from '../support/push-endpoint';
import { deadlineNoticeAt } from '../../src/server/mutators/network-messages';

const HOUR = 3_600_000;
const POLL = { timeout: 10_000 };

describe.each(DIALECTS)('messages about networks on %s', (dialect) => {
  let server: TestServer;
  let pushService: PushEndpoint;
  let lis: ApiDevice;
  let lisId: string;
  let people: string[];
  let phones: ApiDevice[];
  let lisPhone: TestSubscription;
  let phoneSubs: TestSubscription[];
  let ahead = 0;

  beforeAll(async () => {
    pushService = await startPushEndpoint();
    server = await startServerFor(dialect, {
      ...pushOptionsFor(pushService),
      // The worker's clock, moved ahead to bring the next gathered message (mutations keep the real time).
      clock: () => Date.now() + ahead,
    });
    // Any hour of the day: the quiet hours have a test of their own (support/quiet-hours.ts).
    await turnQuietHoursOff(server.db.kysely);
    lisId = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', 'lis@fjordby.example').executeTakeFirstOrThrow()).id;
    lis = await apiDevice(server, lisId);
    people = await employees(server, 3);
    phones = await Promise.all(people.map((p) => apiDevice(server, p)));
    lisPhone = pushService.subscribe();
    phoneSubs = phones.map(() => pushService.subscribe());
    for (const [device, subscription] of [[lis, lisPhone], ...phones.map((p, i) => [p, phoneSubs[i]!] as const)] as const) {
      expect((await device.http.request('POST', '/api/push/subscriptions', subscription)).status).toBe(201);
    }
  });
  afterAll(async () => {
    await server.close();
    await pushService.close();
  });

  /** A network Lis runs (she coordinates what she creates). */
  async function network(name: string, joinPolicy: 'open' | 'approval') {
    const id = crypto.randomUUID();
    expect((await lis.run('network.create', { id, name, description: '', kind: 'professional', joinPolicy })).status).toBe('applied');
    return id;
  }
  const about = (networkId: string, kind: string, subscription: TestSubscription) => pushService.received
    .filter((m) => m.endpoint === subscription.endpoint && m.payload.kind === kind && m.payload.url === `/netvaerk/${networkId}`);
  const queued = async (subjectId: string) => (await server.db.kysely.selectFrom('notification_queue')
    .select(['person_id', 'kind', 'outcome']).where('subject_id', '=', subjectId).execute())
    .map((r) => `${r.kind} ${r.person_id === lisId ? 'lis' : `phone${people.indexOf(r.person_id)}`} ${r.outcome ?? 'waiting'}`).sort();

  it('tells the one who asked that the request is approved or declined, with the link, and not the coordinator', async () => {
    const id = await network('Demensnetværket', 'approval');
    for (const phone of [phones[0]!, phones[1]!]) expect((await phone.run('network.join', { networkId: id })).status).toBe('applied');
    expect((await lis.run('network.approve', { networkId: id, personId: people[0] })).status).toBe('applied');
    expect((await lis.run('network.decline', { networkId: id, personId: people[1] })).status).toBe('applied');
    await expect.poll(() => [about(id, 'requestApproved', phoneSubs[0]!).length, about(id, 'requestDeclined', phoneSubs[1]!).length], POLL).toEqual([1, 1]);
    expect(about(id, 'requestApproved', phoneSubs[0]!)[0]).toMatchObject({
      ttl: 7 * 24 * 3600, urgency: 'normal',
      payload: { title: 'Du er med i Demensnetværket', body: 'Din anmodning er godkendt. Se netværkets medlemmer og opgaver.', tag: `request-${id}` },
    });
    expect(about(id, 'requestDeclined', phoneSubs[1]!)[0]!.payload).toMatchObject({
      title: 'Svar fra Demensnetværket', body: 'Din anmodning om at blive medlem er ikke godkendt.',
    });
    // Lis gave the answers: she hears of the requests (gathered), never of her own answers.
    expect(about(id, 'requestApproved', lisPhone)).toEqual([]);
    expect(about(id, 'requestDeclined', lisPhone)).toEqual([]);
    // (One or two gathered messages to Lis, as the worker happened to come between the two requests.)
    await expect.poll(async () => (await queued(id)).filter((r) => !r.startsWith('requestsWaiting lis')), POLL)
      .toEqual(['requestApproved phone0 pushed', 'requestDeclined phone1 pushed']);
    // Asked again after the decline, and approved: a new answer, told anew.
    expect((await phones[1]!.run('network.join', { networkId: id })).status).toBe('applied');
    expect((await lis.run('network.approve', { networkId: id, personId: people[1] })).status).toBe('applied');
    await expect.poll(() => about(id, 'requestApproved', phoneSubs[1]!).length, POLL).toBe(1);
  });

  it('gathers new requests for the coordinator: one at once, the next an hour later with the count then', async () => {
    const id = await network('Fundraisingnetværket', 'approval');
    expect((await phones[0]!.run('network.join', { networkId: id })).status).toBe('applied');
    await expect.poll(() => about(id, 'requestsWaiting', lisPhone).length, POLL).toBe(1);
    expect(about(id, 'requestsWaiting', lisPhone)[0]).toMatchObject({
      urgency: 'low', payload: { title: 'Anmodninger til Fundraisingnetværket', body: '1 venter på dit svar.', tag: `requests-${id}` },
    });
    // Two more within the hour: one message, held until the hour has passed.
    for (const phone of [phones[1]!, phones[2]!]) expect((await phone.run('network.join', { networkId: id })).status).toBe('applied');
    const db = server.db.kysely;
    const rows = async () => db.selectFrom('notification_queue').select(['due_at', 'sent_at']).where('kind', '=', 'requestsWaiting')
      .where('subject_id', '=', id).orderBy('due_at').execute();
    const [first, next, ...more] = await rows();
    expect(more).toEqual([]);
    expect(next).toEqual({ due_at: new Date(Date.parse(first!.sent_at!) + HOUR).toISOString(), sent_at: null });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(about(id, 'requestsWaiting', lisPhone)).toHaveLength(1);
    // The hour passes: what waits then is counted.
    ahead = HOUR + 1_000;
    await expect.poll(() => about(id, 'requestsWaiting', lisPhone).length, POLL).toBe(2);
    expect(about(id, 'requestsWaiting', lisPhone)[1]!.payload.body).toBe('3 venter på dit svar.');

    // Answered meanwhile: nothing waits, and the next gathered message is dropped, not sent.
    const answered = await network('Lederforum', 'approval');
    expect((await phones[0]!.run('network.join', { networkId: answered })).status).toBe('applied');
    await expect.poll(() => about(answered, 'requestsWaiting', lisPhone).length, POLL).toBe(1);
    expect((await phones[1]!.run('network.join', { networkId: answered })).status).toBe('applied');
    for (const person of [people[0], people[1]]) expect((await lis.run('network.decline', { networkId: answered, personId: person })).status).toBe('applied');
    ahead += HOUR + 1_000;
    await expect.poll(async () => (await queued(answered)).filter((r) => r.startsWith('requestsWaiting')), POLL)
      .toEqual(['requestsWaiting lis dropped', 'requestsWaiting lis pushed']);
    expect(about(answered, 'requestsWaiting', lisPhone)).toHaveLength(1);
    ahead = 0;
  });

  it('tells a network\'s members of a task given to it, not the giver nor anyone outside, and drops it when done first', async () => {
    const id = await network('Videndelernetværket', 'open');
    for (const phone of [phones[0]!, phones[1]!]) expect((await phone.run('network.join', { networkId: id })).status).toBe('applied');
    const task = crypto.randomUUID();
    expect((await lis.run('networkTask.create', { id: task, networkId: id, title: 'Saml erfaringer om velfærdsteknologi' })).status).toBe('applied');
    await expect.poll(() => [about(id, 'taskGiven', phoneSubs[0]!).length, about(id, 'taskGiven', phoneSubs[1]!).length], POLL).toEqual([1, 1]);
    expect(about(id, 'taskGiven', phoneSubs[0]!)[0]!.payload).toMatchObject({
      title: 'Ny opgave til Videndelernetværket', body: 'Saml erfaringer om velfærdsteknologi', tag: `task-${task}`,
    });
    expect(await queued(task)).toEqual(['taskGiven phone0 pushed', 'taskGiven phone1 pushed']);
    expect(about(id, 'taskGiven', phoneSubs[2]!)).toEqual([]);
    expect(about(id, 'taskGiven', lisPhone)).toEqual([]);

    // Done before its message leaves (the worker's clock an hour behind: not yet due): dropped.
    const quick = crypto.randomUUID();
    ahead = -HOUR;
    expect((await lis.run('networkTask.create', { id: quick, networkId: id, title: 'Bestil lokale' })).status).toBe('applied');
    expect((await phones[0]!.run('networkTask.update', { id: quick, status: 'done' })).status).toBe('applied');
    ahead = 0;
    await expect.poll(() => queued(quick), POLL).toEqual(['taskGiven phone0 dropped', 'taskGiven phone1 dropped']);
  });

  it('tells the coordinators of a task\'s deadline the morning before, and no one else, unless it is done', async () => {
    const id = await network('Projektnetværket', 'open');
    expect((await phones[0]!.run('network.join', { networkId: id })).status).toBe('applied');
    const inDays = (days: number) => new Date(Date.now() + days * 24 * HOUR).toISOString().slice(0, 10);
    const task = crypto.randomUUID();
    const due = inDays(3);
    expect((await lis.run('networkTask.create', { id: task, networkId: id, title: 'Ansøgning til fonden', due })).status).toBe('applied');
    const db = server.db.kysely;
    const scheduled = await db.selectFrom('notification_queue').select(['person_id', 'due_at']).where('kind', '=', 'taskDueTomorrow')
      .where('subject_id', '=', task).execute();
    expect(scheduled).toEqual([{ person_id: lisId, due_at: deadlineNoticeAt(due) }]);
    // Not before its morning; then Lis hears of it.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(about(id, 'taskDueTomorrow', lisPhone)).toEqual([]);
    ahead = Date.parse(scheduled[0]!.due_at) - Date.now() + 1_000;
    await expect.poll(() => about(id, 'taskDueTomorrow', lisPhone).length, POLL).toBe(1);
    expect(about(id, 'taskDueTomorrow', lisPhone)[0]).toMatchObject({
      ttl: 12 * 3600, payload: { title: 'Frist i morgen: Ansøgning til fonden', body: 'Opgaven til Projektnetværket skal være løst i morgen.', tag: `deadline-${task}` },
    });
    expect(about(id, 'taskDueTomorrow', phoneSubs[0]!)).toEqual([]);
    ahead = 0;

    // Done before its morning: dropped. Due tomorrow already (its morning has passed): none scheduled.
    const done = crypto.randomUUID();
    expect((await lis.run('networkTask.create', { id: done, networkId: id, title: 'Book lokale', due: inDays(5) })).status).toBe('applied');
    expect((await lis.run('networkTask.update', { id: done, status: 'done' })).status).toBe('applied');
    const soon = crypto.randomUUID();
    expect((await lis.run('networkTask.create', { id: soon, networkId: id, title: 'Send dagsorden', due: inDays(0) })).status).toBe('applied');
    expect(await db.selectFrom('notification_queue').select('id').where('kind', '=', 'taskDueTomorrow').where('subject_id', '=', soon).execute()).toEqual([]);
    ahead = 6 * 24 * HOUR;
    await expect.poll(async () => (await queued(done)).filter((r) => r.startsWith('taskDueTomorrow')), POLL).toEqual(['taskDueTomorrow lis dropped']);
    ahead = 0;
  });
});
