// Networks' tasks and memberships at their edges over the real HTTP API on SQLite and
// PostgreSQL: what a task stores, who may report, that a report keeps its first writer
// and a no-op sends nothing; answering a request nobody made; pending requests are not
// members; what an outsider's next pull carries after others join (nothing of theirs);
// and the sign-ups a new coordinator starts, or stops, seeing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { apiDevice, type ApiDevice } from '../support/api-device';
import { employees } from '../support/sessions';
import type { TestServer } from '../support/test-server';
import type { Change } from '../../src/shared/protocol';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(DIALECTS)('network tasks and memberships on %s', (dialect) => {
  let server: TestServer;
  let lis: ApiDevice;
  let admin: ApiDevice;
  let bo: ApiDevice;
  let ids: Record<'lis' | 'admin' | 'bo', string>;
  /** Ordinary employees who are in no network at all. */
  let loners: string[];

  beforeAll(async () => {
    server = await startServerFor(dialect);
    const personId = async (name: string) => (await server.db.kysely.selectFrom('people').select('id')
      .where('email', '=', `${name}@fjordby.example`).executeTakeFirstOrThrow()).id;
    ids = { lis: await personId('lis'), admin: await personId('admin'), bo: await personId('bo') };
    [lis, admin, bo] = await Promise.all([apiDevice(server, ids.lis), apiDevice(server, ids.admin), apiDevice(server, ids.bo)]);
    const inNetworks = new Set((await server.db.kysely.selectFrom('memberships').select('person_id').where('deleted', '=', 0).execute()).map((r) => r.person_id));
    loners = (await employees(server, 60)).filter((p) => !inNetworks.has(p)).slice(0, 10);
    expect(loners).toHaveLength(10);
  });
  afterAll(async () => { await server.close(); });

  const rejected = (code: string) => ({ status: 'rejected', error: { code } });
  const membershipOf = async (networkId: string, personId: string) => (await server.db.kysely.selectFrom('memberships')
    .select(['status', 'role']).where('network_id', '=', networkId).where('person_id', '=', personId).where('deleted', '=', 0)
    .executeTakeFirst()) ?? null;
  const tasksIn = (changes: Change[], id: string) => changes.filter((c) => c.type === 'networkTask' && c.id === id);

  it('stores a task with what it was given and empty defaults; a replay is the giver\'s alone', async () => {
    await lis.pullAll();
    const full = { id: crypto.randomUUID(), networkId: 'n-ordblindhed', title: 'Saml erfaringer med oplæsningsværktøjer', description: 'Til næste møde', due: '2027-02-01' };
    const bare = { id: crypto.randomUUID(), networkId: 'n-ordblindhed', title: 'Find en mødedato' };
    expect((await lis.run('networkTask.create', full)).status).toBe('applied');
    expect((await lis.run('networkTask.create', bare)).status).toBe('applied');
    const seen = (await lis.pullNew()).changes;
    const common = { status: 'open', report: '', reportBy: null, reportAt: null, createdBy: ids.lis };
    expect(tasksIn(seen, full.id).map((c) => c.value)).toEqual([{ ...full, ...common }]);
    expect(tasksIn(seen, bare.id).map((c) => c.value)).toEqual([{ ...bare, description: '', due: null, ...common }]);

    expect((await lis.run('networkTask.create', { ...full, title: 'Ny titel' })).status).toBe('applied');
    expect(tasksIn((await lis.pullNew()).changes, full.id)).toEqual([]);
    expect(await admin.run('networkTask.create', { ...full, title: 'Kapret' })).toMatchObject(rejected('not_allowed'));
    // Admins lead too: they give tasks and start networks.
    expect((await admin.run('networkTask.create', { ...bare, id: crypto.randomUUID() })).status).toBe('applied');
    const network = { id: crypto.randomUUID(), name: 'Netværk for velfærdsteknologi', description: '', kind: 'professional', joinPolicy: 'open' };
    expect((await admin.run('network.create', network)).status).toBe('applied');
    expect(await membershipOf(network.id, ids.admin)).toEqual({ status: 'active', role: 'coordinator' });
    expect(await lis.run('networkTask.create', { ...bare, id: crypto.randomUUID(), networkId: 'n-findes-ikke' })).toMatchObject(rejected('network_not_found'));
  });

  it('lets members, the giver and admins report; a status alone, a report alone, and the same report again', async () => {
    const task = { id: crypto.randomUUID(), networkId: 'n-ordblindhed', title: 'Lav en folder om ordblindhed' };
    expect((await lis.run('networkTask.create', task)).status).toBe('applied');
    const [first, second] = await Promise.all(loners.slice(0, 2).map((p) => apiDevice(server, p)));
    for (const phone of [first!, second!]) expect((await phone.run('network.join', { networkId: 'n-ordblindhed' })).status).toBe('applied');
    await lis.pullAll();
    const next = async () => tasksIn((await lis.pullNew()).changes, task.id).map((c) => c.value);
    const update = (phone: ApiDevice, args: Record<string, unknown>) => phone.run('networkTask.update', { id: task.id, ...args });

    // Done without a word: nobody has reported anything.
    expect((await update(first!, { status: 'done' })).status).toBe('applied');
    expect(await next()).toEqual([expect.objectContaining({ status: 'done', report: '', reportBy: null, reportAt: null })]);
    // A report while the status stays: the report is kept, with who wrote it.
    expect((await update(first!, { status: 'done', report: 'Folderen ligger på intranettet.' })).status).toBe('applied');
    const reported = await next();
    expect(reported).toEqual([expect.objectContaining({ status: 'done', report: 'Folderen ligger på intranettet.', reportBy: loners[0], reportAt: expect.any(String) })]);
    // The same report from a colleague: nothing changes, not even who wrote it.
    expect((await update(second!, { status: 'done', report: 'Folderen ligger på intranettet.' })).status).toBe('applied');
    expect(await next()).toEqual([]);
    // Reopened without a report: the report stays as written.
    expect((await update(second!, { status: 'open' })).status).toBe('applied');
    expect(await next()).toEqual([{ ...reported[0], status: 'open' }]);

    // The giver need not be a member; nor does an admin.
    expect(await membershipOf('n-ordblindhed', ids.lis)).toBeNull();
    expect((await update(lis, { status: 'done' })).status).toBe('applied');
    expect(await next()).toEqual([expect.objectContaining({ status: 'done' })]);
    const lisNetwork = { id: crypto.randomUUID(), name: 'Ledere i Nord', description: '', kind: 'leader', joinPolicy: 'approval' };
    expect((await lis.run('network.create', lisNetwork)).status).toBe('applied');
    const theirs = { id: crypto.randomUUID(), networkId: lisNetwork.id, title: 'Budget for kurser' };
    expect((await lis.run('networkTask.create', theirs)).status).toBe('applied');
    expect(await membershipOf(lisNetwork.id, ids.admin)).toBeNull();
    expect((await admin.run('networkTask.update', { id: theirs.id, status: 'done', report: 'Godkendt' })).status).toBe('applied');
    expect(await first!.run('networkTask.update', { id: theirs.id, status: 'done' })).toMatchObject(rejected('not_allowed'));
  });

  it('answers only requests that were made; a pending request is not a member', async () => {
    const [asker, stranger] = loners.slice(2, 4) as [string, string];
    const coordinator = bo; // coordinates n-videndelere, which takes members by approval
    expect((await coordinator.run('network.approve', { networkId: 'n-videndelere', personId: stranger })).status).toBe('applied');
    expect((await coordinator.run('network.decline', { networkId: 'n-videndelere', personId: stranger })).status).toBe('applied');
    expect(await membershipOf('n-videndelere', stranger)).toBeNull();
    expect(await coordinator.run('network.approve', { networkId: 'n-findes-ikke', personId: stranger })).toMatchObject(rejected('network_not_found'));

    const phone = await apiDevice(server, asker);
    await phone.pullAll();
    expect((await phone.run('network.join', { networkId: 'n-videndelere' })).status).toBe('applied');
    // The asker's next pull carries their own request and nothing of the members'.
    const ownOnly = (changes: Change[]) => changes.filter((c) => c.type === 'membership').map((c) => [c.op, c.id]);
    expect(ownOnly((await phone.pullNew()).changes)).toEqual([['put', `n-videndelere:${asker}`]]);
    expect(await coordinator.run('network.setRole', { networkId: 'n-videndelere', personId: asker, role: 'coordinator' })).toMatchObject(rejected('not_a_member'));
    expect(await coordinator.run('network.removeMember', { networkId: 'n-videndelere', personId: asker })).toMatchObject(rejected('not_a_member'));
    expect(await membershipOf('n-videndelere', asker)).toEqual({ status: 'pending', role: 'member' });
    // Withdrawn: again only their own row goes.
    expect((await phone.run('network.leave', { networkId: 'n-videndelere' })).status).toBe('applied');
    expect(ownOnly((await phone.pullNew()).changes)).toEqual([['del', `n-videndelere:${asker}`]]);

    // An admin answers for any network.
    expect((await phone.run('network.join', { networkId: 'n-videndelere' })).status).toBe('applied');
    expect(await membershipOf('n-videndelere', ids.admin)).toBeNull();
    expect((await admin.run('network.approve', { networkId: 'n-videndelere', personId: asker })).status).toBe('applied');
    expect(await membershipOf('n-videndelere', asker)).toEqual({ status: 'active', role: 'member' });

    // A coordinator joining their own network again stays its coordinator; the same role again sends nothing.
    expect((await coordinator.run('network.join', { networkId: 'n-videndelere' })).status).toBe('applied');
    expect(await membershipOf('n-videndelere', ids.bo)).toEqual({ status: 'active', role: 'coordinator' });
    await coordinator.pullAll();
    expect((await coordinator.run('network.setRole', { networkId: 'n-videndelere', personId: asker, role: 'member' })).status).toBe('applied');
    expect((await coordinator.pullNew()).changes.filter((c) => c.type === 'membership')).toEqual([]);
  });

  it('sends an outsider nothing of a network after others join it or get a task; members and admins get it', async () => {
    const [outsider, member, newcomer] = await Promise.all(loners.slice(4, 7).map((p) => apiDevice(server, p)));
    expect((await member!.run('network.join', { networkId: 'n-ordblindhed' })).status).toBe('applied');
    for (const phone of [outsider!, member!, admin]) await phone.pullAll();

    expect((await newcomer!.run('network.join', { networkId: 'n-ordblindhed' })).status).toBe('applied');
    expect((await newcomer!.run('network.join', { networkId: 'n-videndelere' })).status).toBe('applied');
    const task = { id: crypto.randomUUID(), networkId: 'n-ordblindhed', title: 'Kontakt ordblindelærerne' };
    expect((await lis.run('networkTask.create', task)).status).toBe('applied');

    const ofNetworks = (changes: Change[]) => changes.filter((c) => c.type === 'membership' || c.type === 'networkTask').map((c) => [c.type, c.op, c.id]);
    expect(ofNetworks((await outsider!.pullNew()).changes)).toEqual([]);
    const memberSees = ofNetworks((await member!.pullNew()).changes);
    expect(memberSees).toEqual(expect.arrayContaining([['membership', 'put', `n-ordblindhed:${loners[6]}`], ['networkTask', 'put', task.id]]));
    expect(memberSees.some(([, , id]) => id === `n-videndelere:${loners[6]}`)).toBe(false);
    // The admin is no member of n-videndelere, yet sees its requests.
    expect(await membershipOf('n-videndelere', ids.admin)).toBeNull();
    const adminSees = ofNetworks((await admin.pullNew()).changes);
    expect(adminSees).toEqual(expect.arrayContaining([['membership', 'put', `n-videndelere:${loners[6]}`], ['networkTask', 'put', task.id]]));
  });

  it('sends a new coordinator the sign-ups of the network\'s events, and takes them back when they step down', async () => {
    const seminarId = crypto.randomUUID();
    const start = Date.now() + 5 * 24 * HOUR;
    expect((await bo.run('seminar.create', {
      id: seminarId, title: 'Ordblindhed i hverdagen', description: '', kind: 'cafe', startsAt: iso(start), endsAt: iso(start + HOUR),
      location: 'Biblioteket', capacity: 10, networkId: 'n-ordblindhed',
    })).status).toBe('applied');
    const [participant, helper] = await Promise.all(loners.slice(7, 9).map((p) => apiDevice(server, p)));
    expect((await participant!.run('signup.request', { seminarId })).status).toBe('applied');
    expect((await helper!.run('network.join', { networkId: 'n-ordblindhed' })).status).toBe('applied');
    await helper!.pullAll();
    const signupsSeen = async () => (await helper!.pullNew()).changes.filter((c) => c.type === 'signup').map((c) => [c.op, c.id]);

    expect((await admin.run('network.setRole', { networkId: 'n-ordblindhed', personId: loners[8], role: 'coordinator' })).status).toBe('applied');
    expect(await signupsSeen()).toEqual([['put', `${seminarId}:${loners[7]}`]]);
    expect((await admin.run('network.setRole', { networkId: 'n-ordblindhed', personId: loners[8], role: 'member' })).status).toBe('applied');
    expect(await signupsSeen()).toEqual([['del', `${seminarId}:${loners[7]}`]]);
  });
});
