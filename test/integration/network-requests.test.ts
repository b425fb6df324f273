// A request to join, answered, over the real HTTP API on SQLite and PostgreSQL (issue 19,
// part 5): a declined request stays as a row its asker pulls (so their phone can tell
// them), and nobody else: not the coordinator who declined it, not the network's members,
// not an admin, whose devices drop it as they would a withdrawn one. Asking again is a new
// request; leaving takes the declined row away; a declined request cannot be approved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { employees } from '../support/sessions';
import { apiDevice, type ApiDevice } from '../support/api-device';
import { applyChanges, freshRows, heldKey, rowDifferences, type HeldRows } from '../support/held-rows';
import type { TestServer } from '../support/test-server';
import { membershipId } from '../../src/shared/entities';

const NETWORK = 'n-videndelere'; // by approval, coordinated by Bo

describe.each(DIALECTS)('answered requests on %s', (dialect) => {
  let server: TestServer;
  let people: string[];
  let bo: string;
  beforeAll(async () => {
    server = await startServerFor(dialect);
    // Employees with no tie yet to the network (the demo has members and requests in it).
    const tied = new Set((await server.db.kysely.selectFrom('memberships').select('person_id').where('network_id', '=', NETWORK).execute()).map((r) => r.person_id));
    people = (await employees(server, 60)).filter((id) => !tied.has(id)).slice(0, 4);
    bo = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', 'bo@fjordby.example').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => { await server.close(); });

  /** A device that has pulled everything, and keeps what it pulls. */
  async function holding(personId: string) {
    const device = await apiDevice(server, personId);
    const rows: HeldRows = applyChanges(new Map(), await device.pullAll());
    return Object.assign(device, { personId, rows, sync: async () => applyChanges(rows, (await device.pullNew()).changes) });
  }
  const row = (personId: string) => server.db.kysely.selectFrom('memberships').select(['status', 'deleted'])
    .where('id', '=', membershipId(NETWORK, personId)).executeTakeFirst();
  const expectSameAsFresh = async (device: ApiDevice & { personId: string; rows: HeldRows }) =>
    expect(rowDifferences(device.rows, await freshRows(server, device.personId))).toEqual([]);

  it('sends the decline to the asker alone; the others drop the request', async () => {
    const [askerId, memberId] = people as [string, string];
    const [asker, coordinator, member, admin] = await Promise.all([holding(askerId), holding(bo), holding(memberId), holding('p-admin')]);
    // A member of the network (asked and approved), who sees its members but not its requests.
    expect((await member.run('network.join', { networkId: NETWORK })).status).toBe('applied');
    expect((await coordinator.run('network.approve', { networkId: NETWORK, personId: memberId })).status).toBe('applied');
    await member.sync();
    expect((await asker.run('network.join', { networkId: NETWORK })).status).toBe('applied');
    const key = heldKey({ type: 'membership', id: membershipId(NETWORK, askerId) });
    for (const device of [asker, coordinator, admin]) await device.sync();
    for (const device of [asker, coordinator, admin]) expect(device.rows.get(key), device.personId).toMatchObject({ status: 'pending' });

    expect((await coordinator.run('network.decline', { networkId: NETWORK, personId: askerId })).status).toBe('applied');
    expect(await row(askerId)).toMatchObject({ status: 'declined', deleted: 0 });

    // The asker's next pull carries the answer as their own row, put.
    const told = (await asker.pullNew()).changes.filter((c) => heldKey(c) === key);
    expect(told).toEqual([expect.objectContaining({ op: 'put', value: expect.objectContaining({ status: 'declined', personId: askerId, networkId: NETWORK }) })]);
    applyChanges(asker.rows, told);
    // The coordinator and the admin had the request: theirs goes, as `del`, never as a put.
    for (const device of [coordinator, admin]) {
      const changes = (await device.pullNew()).changes.filter((c) => heldKey(c) === key);
      expect(changes.map((c) => c.op), device.personId).toEqual(['del']);
      applyChanges(device.rows, changes);
    }
    // A member of the network never holds it; nobody but the asker holds it afresh.
    await member.sync();
    expect(member.rows.has(key)).toBe(false);
    for (const device of [asker, coordinator, member, admin]) await expectSameAsFresh(device);
    expect((await freshRows(server, askerId)).get(key)).toMatchObject({ status: 'declined' });

    // A declined request is not one to approve: nothing changes.
    expect((await coordinator.run('network.approve', { networkId: NETWORK, personId: askerId })).status).toBe('applied');
    expect(await row(askerId)).toMatchObject({ status: 'declined', deleted: 0 });
  });

  it('takes asking again as a new request, which the coordinator sees and may approve', async () => {
    const askerId = people[2]!;
    const [asker, coordinator] = await Promise.all([holding(askerId), holding(bo)]);
    const key = heldKey({ type: 'membership', id: membershipId(NETWORK, askerId) });
    await asker.run('network.join', { networkId: NETWORK });
    await coordinator.run('network.decline', { networkId: NETWORK, personId: askerId });
    await Promise.all([asker.sync(), coordinator.sync()]);
    expect(coordinator.rows.has(key)).toBe(false);

    expect((await asker.run('network.join', { networkId: NETWORK })).status).toBe('applied');
    expect(await row(askerId)).toMatchObject({ status: 'pending', deleted: 0 });
    await coordinator.sync();
    expect(coordinator.rows.get(key)).toMatchObject({ status: 'pending' });
    expect((await coordinator.run('network.approve', { networkId: NETWORK, personId: askerId })).status).toBe('applied');
    await asker.sync();
    expect(asker.rows.get(key)).toMatchObject({ status: 'active' });
    await expectSameAsFresh(asker);
  });

  it('lets the asker put a declined request away by leaving: the row goes from their device too', async () => {
    const askerId = people[3]!;
    const asker = await holding(askerId);
    const coordinator = await apiDevice(server, bo);
    const key = heldKey({ type: 'membership', id: membershipId(NETWORK, askerId) });
    await asker.run('network.join', { networkId: NETWORK });
    await coordinator.run('network.decline', { networkId: NETWORK, personId: askerId });
    await asker.sync();
    expect(asker.rows.get(key)).toMatchObject({ status: 'declined' });
    expect((await asker.run('network.leave', { networkId: NETWORK })).status).toBe('applied');
    expect(await row(askerId)).toMatchObject({ deleted: 1 });
    await asker.sync();
    expect(asker.rows.has(key)).toBe(false);
    await expectSameAsFresh(asker);
  });
});
