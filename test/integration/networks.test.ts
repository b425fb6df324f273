// Networks over the real HTTP API on SQLite and PostgreSQL: joining (open or by
// approval), leaving, coordinators and the last-coordinator rule, tasks and reports,
// who sees what, and the pull after a join or a leave (the rows that appear and
// disappear, never a reset).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { employees } from '../support/sessions';
import { apiDevice } from '../support/api-device';
import type { TestServer } from '../support/test-server';
import type { Change } from '../../src/shared/protocol';
import { signupId } from '../../src/shared/entities';

describe.each(DIALECTS)('networks on %s', (dialect) => {
  let server: TestServer;
  let people: string[];
  const id = async (email: string) =>
    (await server.db.kysely.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  beforeAll(async () => {
    server = await startServerFor(dialect);
    people = await employees(server, 12);
  });
  afterAll(async () => { await server.close(); });
  const device = (personId: string) => apiDevice(server, personId);
  const membership = (networkId: string, personId: string) =>
    server.db.kysely.selectFrom('memberships').select(['status', 'role', 'deleted'])
      .where('network_id', '=', networkId).where('person_id', '=', personId).executeTakeFirst();

  it('sends a new coordinator the sign-ups of the network\'s events at the next pull, and takes them back when they stop', async () => {
    const admin = await device('p-admin');
    const seminarId = crypto.randomUUID();
    const start = Date.now() + 10 * 86_400_000;
    expect((await admin.run('seminar.create', {
      id: seminarId, title: 'Ordblindecafé', description: '', kind: 'cafe', location: 'Biblioteket', capacity: 10,
      startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3_600_000).toISOString(), networkId: 'n-ordblindhed',
    })).status).toBe('applied');
    expect((await (await device(people[10]!)).run('signup.request', { seminarId })).status).toBe('applied');
    const coming = await device(people[11]!);
    expect((await coming.run('network.join', { networkId: 'n-ordblindhed' })).status).toBe('applied');
    const theSignup = (changes: Change[]) => changes.filter((c) => c.type === 'signup' && c.id === signupId(seminarId, people[10]!));
    // A member sees nobody's sign-up.
    expect(theSignup(await coming.pullAll())).toEqual([]);
    await coming.pullNew();

    expect((await admin.run('network.setRole', { networkId: 'n-ordblindhed', personId: people[11]!, role: 'coordinator' })).status).toBe('applied');
    const asCoordinator = theSignup((await coming.pullNew()).changes);
    expect(asCoordinator).toHaveLength(1);
    expect(asCoordinator[0]).toMatchObject({ op: 'put', value: { personId: people[10], seminarId, status: 'confirmed' } });

    expect((await admin.run('network.setRole', { networkId: 'n-ordblindhed', personId: people[11]!, role: 'member' })).status).toBe('applied');
    const asMemberAgain = theSignup((await coming.pullNew()).changes);
    expect(asMemberAgain).toHaveLength(1);
    expect(asMemberAgain[0]).toMatchObject({ op: 'del' });
  });

  it('takes a person into an open network at once, and records a request for one by approval', async () => {
    const phone = await device(people[0]!);
    expect((await phone.run('network.join', { networkId: 'n-ordblindhed' })).status).toBe('applied');
    expect(await membership('n-ordblindhed', people[0]!)).toMatchObject({ status: 'active', role: 'member', deleted: 0 });
    expect((await phone.run('network.join', { networkId: 'n-videndelere' })).status).toBe('applied');
    expect((await phone.run('network.join', { networkId: 'n-videndelere' })).status).toBe('applied'); // twice: nothing more
    expect(await membership('n-videndelere', people[0]!)).toMatchObject({ status: 'pending', role: 'member', deleted: 0 });
    expect(await phone.run('network.join', { networkId: 'n-findes-ikke' })).toMatchObject({ status: 'rejected', error: { code: 'network_not_found' } });
    expect((await phone.run('network.leave', { networkId: 'n-ordblindhed' })).status).toBe('applied');
    expect((await phone.run('network.leave', { networkId: 'n-ordblindhed' })).status).toBe('applied');
    expect(await membership('n-ordblindhed', people[0]!)).toMatchObject({ deleted: 1 });
  });

  it('lets coordinators approve or decline requests, once, and nobody else', async () => {
    const [asker, other] = await Promise.all([device(people[1]!), device(people[2]!)]);
    await asker.run('network.join', { networkId: 'n-videndelere' });
    await other.run('network.join', { networkId: 'n-videndelere' });
    const outsider = await device(people[3]!);
    expect(await outsider.run('network.approve', { networkId: 'n-videndelere', personId: people[1] }))
      .toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    const coordinator = await device(await id('bo@fjordby.example'));
    expect((await coordinator.run('network.approve', { networkId: 'n-videndelere', personId: people[1] })).status).toBe('applied');
    expect((await coordinator.run('network.approve', { networkId: 'n-videndelere', personId: people[1] })).status).toBe('applied');
    expect(await membership('n-videndelere', people[1]!)).toMatchObject({ status: 'active', deleted: 0 });
    expect((await coordinator.run('network.decline', { networkId: 'n-videndelere', personId: people[2] })).status).toBe('applied');
    // Kept as declined, for the asker to be told (network-requests.test.ts).
    expect(await membership('n-videndelere', people[2]!)).toMatchObject({ status: 'declined', deleted: 0 });
    // Declining someone already approved changes nothing.
    expect((await coordinator.run('network.decline', { networkId: 'n-videndelere', personId: people[1] })).status).toBe('applied');
    expect(await membership('n-videndelere', people[1]!)).toMatchObject({ status: 'active', deleted: 0 });
  });

  it('never leaves a network without a coordinator', async () => {
    const lis = await device(await id('lis@fjordby.example'));
    expect(await lis.run('network.leave', { networkId: 'n-ledere-aeldre' })).toMatchObject({ status: 'rejected', error: { code: 'last_coordinator' } });
    expect(await lis.run('network.setRole', { networkId: 'n-ledere-aeldre', personId: await id('lis@fjordby.example'), role: 'member' }))
      .toMatchObject({ status: 'rejected', error: { code: 'last_coordinator' } });
    const member = (await server.db.kysely.selectFrom('memberships').select('person_id')
      .where('network_id', '=', 'n-ledere-aeldre').where('role', '=', 'member').where('status', '=', 'active').where('deleted', '=', 0)
      .executeTakeFirstOrThrow()).person_id;
    expect((await lis.run('network.setRole', { networkId: 'n-ledere-aeldre', personId: member, role: 'coordinator' })).status).toBe('applied');
    expect((await lis.run('network.leave', { networkId: 'n-ledere-aeldre' })).status).toBe('applied');
    expect(await membership('n-ledere-aeldre', member)).toMatchObject({ role: 'coordinator', status: 'active' });
    const newCoordinator = await device(member);
    expect(await newCoordinator.run('network.removeMember', { networkId: 'n-ledere-aeldre', personId: member }))
      .toMatchObject({ status: 'rejected', error: { code: 'last_coordinator' } });
    expect(await newCoordinator.run('network.removeMember', { networkId: 'n-ledere-aeldre', personId: people[5] }))
      .toMatchObject({ status: 'rejected', error: { code: 'not_a_member' } });
  });

  it('lets leaders create networks and give tasks; members report back, with who and when', async () => {
    const lis = await device(await id('lis@fjordby.example'));
    const employee = await device(people[6]!);
    const networkId = crypto.randomUUID();
    const network = { id: networkId, name: 'Ledernetværk for nattevagter', description: '', kind: 'leader', joinPolicy: 'open' };
    expect(await employee.run('network.create', { ...network, id: crypto.randomUUID() })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    expect((await lis.run('network.create', network)).status).toBe('applied');
    expect(await membership(networkId, await id('lis@fjordby.example'))).toMatchObject({ role: 'coordinator', status: 'active' });

    const taskId = crypto.randomUUID();
    const task = { id: taskId, networkId, title: 'Forslag til fælles introduktion af nattevagter', due: '2027-03-01' };
    expect(await employee.run('networkTask.create', { ...task, id: crypto.randomUUID() })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    expect((await lis.run('networkTask.create', task)).status).toBe('applied');
    expect(await employee.run('networkTask.update', { id: taskId, status: 'done', report: 'Ikke mit' })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    await employee.run('network.join', { networkId });
    expect((await employee.run('networkTask.update', { id: taskId, status: 'done', report: 'Oplæg sendt til direktionen.' })).status).toBe('applied');
    const row = await server.db.kysely.selectFrom('network_tasks').selectAll().where('id', '=', taskId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'done', report: 'Oplæg sendt til direktionen.', report_by: people[6] });
    expect(row.report_at).toEqual(expect.any(String));
    expect(await employee.run('networkTask.update', { id: 'ingen', status: 'done' })).toMatchObject({ status: 'rejected', error: { code: 'task_not_found' } });
  });

  it('sends network members and tasks only to members (tasks also to leaders)', async () => {
    const outsider = await device(people[7]!);
    const changes = await outsider.pullAll();
    const memberships = changes.filter((c) => c.type === 'membership');
    expect(memberships.every((c) => c.op === 'del' || c.value?.personId === people[7])).toBe(true);
    expect(changes.filter((c) => c.type === 'networkTask')).toEqual([]);
    const lis = await device(await id('lis@fjordby.example'));
    expect((await lis.pullAll()).filter((c) => c.type === 'networkTask').length).toBeGreaterThan(0);
  });

  it('sends the rows that appear after a join and disappear after a leave, with no reset', async () => {
    // The network has members and a task before this person arrives.
    for (const other of people.slice(9, 12)) await (await device(other)).run('network.join', { networkId: 'n-ordblindhed' });
    await (await device(await id('lis@fjordby.example'))).run('networkTask.create', {
      id: crypto.randomUUID(), networkId: 'n-ordblindhed', title: 'Oversigt over fonde til velfærdsteknologi',
    });
    const phone = await device(people[8]!);
    const before = await phone.pullAll();
    expect(before.some((c) => c.type === 'membership' && c.value?.networkId === 'n-ordblindhed')).toBe(false);
    const members = await server.db.kysely.selectFrom('memberships').select('id')
      .where('network_id', '=', 'n-ordblindhed').where('status', '=', 'active').where('deleted', '=', 0).execute();
    expect(members.length).toBeGreaterThan(3);

    await phone.run('network.join', { networkId: 'n-ordblindhed' });
    const joined = await phone.pullNew();
    expect(joined.pages.every((p) => p.reset === false)).toBe(true);
    const visible = (c: Change) => c.op === 'put' && c.type === 'membership' && c.value?.networkId === 'n-ordblindhed';
    expect(new Set(joined.changes.filter(visible).map((c) => c.id))).toEqual(new Set([...members.map((m) => m.id), `n-ordblindhed:${people[8]}`]));
    expect(joined.changes.some((c) => c.op === 'put' && c.type === 'networkTask' && c.value?.networkId === 'n-ordblindhed')).toBe(true);

    await phone.run('network.leave', { networkId: 'n-ordblindhed' });
    const left = await phone.pullNew();
    expect(left.pages.every((p) => p.reset === false)).toBe(true);
    const gone = new Set(left.changes.filter((c) => c.op === 'del').map((c) => c.id));
    for (const m of members) expect(gone).toContain(m.id);
    expect(gone).toContain(`n-ordblindhed:${people[8]}`);
    expect(left.changes.filter((c) => c.op === 'put' && (c.type === 'membership' || c.type === 'networkTask'))).toEqual([]);
  });
});
