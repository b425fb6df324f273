// A request to join a network made offline on one phone and the coordinator's approval
// made offline on another converge after both sync, in either order: the member ends up
// active with the network's tasks on their phone, the coordinator sees them active, and
// nothing is left pending or doubled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { createDevice, type Device } from '../support/device';
import { countOutbox } from '../../src/client/store/outbox';
import { listRejected } from '../../src/client/store/queries';
import { membershipId } from '../../src/shared/entities';

const NETWORK = 'n-ledere-aeldre'; // by approval; Lis coordinates it

let server: TestServer;
beforeAll(async () => { server = await startTestServer('sqlite'); });
afterAll(async () => { await server.close(); });

const membershipOn = (device: Device, personId: string) => device.runtime.store.get('membership', membershipId(NETWORK, personId));
const tasksOn = (device: Device) => device.runtime.store.all('networkTask').filter((t) => t.networkId === NETWORK).map((t) => t.id).sort();

async function settled(...devices: Device[]) {
  for (const device of devices) {
    expect(await countOutbox(device.runtime.store.idb)).toBe(0);
    expect(await device.runtime.store.idb.count('overlay')).toBe(0);
    expect(await listRejected(device.runtime.store)).toEqual([]);
  }
}

describe('a join request and its approval, both made offline', () => {
  it.each([
    ['the member syncs first, then the coordinator', 'anna@fjordby.example', 'member-first'],
    ['the coordinator syncs first, then the member', 'bo@fjordby.example', 'coordinator-first'],
  ] as const)('converge when %s', async (_order, email, order) => {
    const member = await createDevice(server.url, email);
    const lis = await createDevice(server.url, 'lis@fjordby.example');
    const memberId = member.runtime.personId!;
    expect(await member.runtime.engine.sync()).toBe('done');
    expect(await lis.runtime.engine.sync()).toBe('done');
    const allTasks = tasksOn(lis);
    expect(allTasks.length).toBeGreaterThan(0);
    expect(tasksOn(member)).toEqual([]);

    // The request, offline: pending on the phone, nothing on the server yet.
    member.setOnline(false);
    await member.runtime.mutate('network.join', { networkId: NETWORK });
    expect(membershipOn(member, memberId)).toMatchObject({ status: 'pending' });
    expect(await member.runtime.engine.sync()).toBe('offline');
    // It reaches the server when the phone is briefly online, then the phone is offline again.
    member.setOnline(true);
    expect(await member.runtime.engine.sync()).toBe('done');
    member.setOnline(false);

    // The coordinator sees the request, loses the connection and approves it offline.
    expect(await lis.runtime.engine.sync()).toBe('done');
    expect(membershipOn(lis, memberId)).toMatchObject({ status: 'pending' });
    lis.setOnline(false);
    await lis.runtime.mutate('network.approve', { networkId: NETWORK, personId: memberId });
    expect(membershipOn(lis, memberId)).toMatchObject({ status: 'active' });

    // Meanwhile the member, still offline, changes something else.
    await member.runtime.mutate('profile.update', { bio: `Skrevet offline (${order})` });

    const first = order === 'member-first' ? member : lis;
    const second = first === member ? lis : member;
    first.setOnline(true);
    expect(await first.runtime.engine.sync()).toBe('done');
    if (first === member) expect(membershipOn(member, memberId)).toMatchObject({ status: 'pending' });
    second.setOnline(true);
    expect(await second.runtime.engine.sync()).toBe('done');
    expect(await first.runtime.engine.sync()).toBe('done');

    // Converged: active on both phones and on the server, once; the tasks reached the member.
    expect(membershipOn(member, memberId)).toMatchObject({ status: 'active', role: 'member' });
    expect(membershipOn(lis, memberId)).toMatchObject({ status: 'active', role: 'member' });
    const rows = await server.db.kysely.selectFrom('memberships').select(['status', 'deleted'])
      .where('network_id', '=', NETWORK).where('person_id', '=', memberId).execute();
    expect(rows).toEqual([{ status: 'active', deleted: 0 }]);
    expect(tasksOn(member)).toEqual(allTasks);
    expect(lis.runtime.store.get('person', memberId)?.bio).toBe(`Skrevet offline (${order})`);
    await settled(member, lis);
    member.close();
    lis.close();
  });
});
