// Networks on the device: the optimistic effects of the network mutations (before any
// sync, and replayed over a pull), and the list's grouping and Danish-folded search.
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { countOutbox } from '../../src/client/store/outbox';
import { getNetworkPage, listTasksGivenBy } from '../../src/client/ui/networks/network-data';
import { mutate } from '../../src/client/actions/mutate';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { membershipId, type Membership, type Network, type NetworkTask } from '../../src/shared/entities';
import type { PullResponse } from '../../src/shared/protocol';
import { groupNetworks, isOverdue } from '../../src/client/ui/networks/network-list';
import { findNotices } from '../../src/client/notices/find-notices';

const me = 'p-anna';
const network = (id: string, joinPolicy: 'open' | 'approval', kind: Network['kind'] = 'professional', name = id): Network =>
  ({ id, name, description: '', kind, joinPolicy, createdBy: 'p-bo' });
const membership = (networkId: string, personId: string, status: Membership['status'] = 'active', role: Membership['role'] = 'member'): Membership =>
  ({ id: membershipId(networkId, personId), networkId, personId, status, role });
const task: NetworkTask = { id: 't1', networkId: 'n-open', title: 'Saml erfaringer', description: '', due: '2026-01-10', status: 'open', report: '', reportBy: null, reportAt: null, createdBy: 'p-lis' };
const page = (changes: PullResponse['changes'], lastMutationId = 0): PullResponse =>
  ({ cursor: 'v1.9', more: false, reset: false, lastMutationId, changes });
const now = () => new Date().toISOString();

let store: LocalStore;
beforeEach(async () => {
  store = await LocalStore.open(`networks-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', me);
  await applyPullPage(store, page([
    { type: 'network', op: 'put', id: 'n-open', value: network('n-open', 'open') },
    { type: 'network', op: 'put', id: 'n-closed', value: network('n-closed', 'approval') },
    { type: 'membership', op: 'put', id: membershipId('n-open', 'p-bo'), value: membership('n-open', 'p-bo', 'active', 'coordinator') },
    { type: 'membership', op: 'put', id: membershipId('n-open', 'p-kim'), value: membership('n-open', 'p-kim', 'pending') },
    { type: 'networkTask', op: 'put', id: 't1', value: task },
  ]), now());
});

describe('network mutations on the device', () => {
  it('join: active at once in an open network, a pending request in an approval network, both marked pending', async () => {
    await mutate(store, 'network.join', { networkId: 'n-open' });
    await mutate(store, 'network.join', { networkId: 'n-closed' });
    expect(store.get('membership', membershipId('n-open', me))).toEqual(membership('n-open', me, 'active'));
    expect(store.get('membership', membershipId('n-closed', me))).toEqual(membership('n-closed', me, 'pending'));
    expect(store.isPending('membership', membershipId('n-closed', me))).toBe(true);
    expect(await countOutbox(store.idb)).toBe(2);
    // A pull that does not have it yet (lastMutationId 0) keeps the request, replayed on top.
    await applyPullPage(store, page([]), now());
    expect(store.get('membership', membershipId('n-closed', me))?.status).toBe('pending');
  });

  it('join twice is harmless; leave takes the row away', async () => {
    await mutate(store, 'network.join', { networkId: 'n-open' });
    await mutate(store, 'network.join', { networkId: 'n-open' });
    expect(store.ofPerson('membership', me)).toHaveLength(1);
    await mutate(store, 'network.leave', { networkId: 'n-open' });
    expect(store.get('membership', membershipId('n-open', me))).toBeUndefined();
    expect(store.ofPerson('membership', me)).toEqual([]);
  });

  it('approve makes a request active; decline and remove take it away; setRole changes the role', async () => {
    await mutate(store, 'network.approve', { networkId: 'n-open', personId: 'p-kim' });
    expect(store.get('membership', membershipId('n-open', 'p-kim'))?.status).toBe('active');
    await mutate(store, 'network.setRole', { networkId: 'n-open', personId: 'p-kim', role: 'coordinator' });
    expect(store.get('membership', membershipId('n-open', 'p-kim'))).toEqual(membership('n-open', 'p-kim', 'active', 'coordinator'));
    await mutate(store, 'network.removeMember', { networkId: 'n-open', personId: 'p-kim' });
    expect(store.get('membership', membershipId('n-open', 'p-kim'))).toBeUndefined();
    await mutate(store, 'network.decline', { networkId: 'n-open', personId: 'p-bo' });
    expect(store.get('membership', membershipId('n-open', 'p-bo'))).toBeUndefined();
  });

  it('create: the network, with its creator as coordinator', async () => {
    const id = crypto.randomUUID();
    await mutate(store, 'network.create', { id, name: 'Fælles køkken', description: 'Mad', kind: 'project', joinPolicy: 'approval' });
    expect(store.get('network', id)).toEqual({ id, name: 'Fælles køkken', description: 'Mad', kind: 'project', joinPolicy: 'approval', createdBy: me });
    expect(store.get('membership', membershipId(id, me))).toEqual(membership(id, me, 'active', 'coordinator'));
    expect(getNetworkPage(store, id, me)?.mine?.membership.role).toBe('coordinator');
  });

  it('tasks: a new one is open and mine to follow; a report marks who wrote it', async () => {
    const id = crypto.randomUUID();
    await mutate(store, 'networkTask.create', { id, networkId: 'n-open', title: 'Ny opgave', due: '2099-01-01' });
    expect(store.get('networkTask', id)).toMatchObject({ status: 'open', description: '', due: '2099-01-01', createdBy: me, report: '' });
    expect(listTasksGivenBy(store, me).map((entry) => entry.task.id)).toEqual([id]);
    await mutate(store, 'networkTask.update', { id: 't1', status: 'done', report: 'Gjort' });
    expect(store.get('networkTask', 't1')).toMatchObject({ status: 'done', report: 'Gjort', reportBy: me });
    expect(store.get('networkTask', 't1')?.reportAt).toEqual(expect.any(String));
    await mutate(store, 'networkTask.update', { id, status: 'done' });
    expect(listTasksGivenBy(store, me)).toEqual([]);
  });
});

describe('the networks list', () => {
  const all = [network('a', 'open', 'leader', 'Ledere i ældreplejen'), network('b', 'open', 'professional', 'Demens'),
    network('c', 'approval', 'knowledgeSharers', 'Videndelere'), network('d', 'open', 'professional', 'Børn og unge')];

  it('puts mine first and groups every network by kind, in a fixed order', () => {
    const groups = groupNetworks(all, [membership('d', me, 'pending')], '');
    expect(groups.mine.map((item) => item.network.id)).toEqual(['d']);
    expect(groups.mine[0]?.mine?.status).toBe('pending');
    expect(groups.byKind.map((group) => [group.kind, group.items.map((item) => item.network.id)]))
      .toEqual([['leader', ['a']], ['knowledgeSharers', ['c']], ['professional', ['d', 'b']]]);
  });

  it('searches with Danish folding, by name and by the kind label', () => {
    expect(groupNetworks(all, [], 'aeldre').byKind.flatMap((g) => g.items.map((i) => i.network.id))).toEqual(['a']);
    expect(groupNetworks(all, [], 'born').byKind.flatMap((g) => g.items.map((i) => i.network.id))).toEqual(['d']);
    const label = (kind: string) => (kind === 'professional' ? 'Fagligt netværk' : '');
    expect(groupNetworks(all, [], 'fagligt', label).byKind.map((g) => g.kind)).toEqual(['professional']);
    expect(groupNetworks(all, [], 'zzz').byKind).toEqual([]);
  });

  it('marks an open task overdue the day after its due date', () => {
    expect(isOverdue({ due: '2026-01-10', status: 'open' }, '2026-01-11')).toBe(true);
    expect(isOverdue({ due: '2026-01-10', status: 'open' }, '2026-01-10')).toBe(false);
    expect(isOverdue({ due: '2026-01-10', status: 'done' }, '2026-02-01')).toBe(false);
    expect(isOverdue({ due: null, status: 'open' }, '2026-02-01')).toBe(false);
  });
});

describe('a join request waiting for a coordinator', () => {
  const read = (rows: Record<string, unknown>) => (type: string, id: string) => rows[`${type}:${id}`] as never;
  const put = (value: Membership) => ({ type: 'membership' as const, op: 'put' as const, id: value.id, value });

  it('raises a notice for the coordinator, naming the person and the network', () => {
    const before = read({ [`membership:${membershipId('n-open', me)}`]: membership('n-open', me, 'active', 'coordinator'),
      'network:n-open': network('n-open', 'approval', 'leader', 'Ledere'), 'person:p-kim': { id: 'p-kim', name: 'Kim' } });
    expect(findNotices([put(membership('n-open', 'p-kim', 'pending'))], before, me))
      .toMatchObject([{ kind: 'networkRequest', vars: { person: 'Kim', name: 'Ledere' } }]);
  });

  it('says nothing to a member who does not coordinate, nor about my own request', () => {
    const member = read({ [`membership:${membershipId('n-open', me)}`]: membership('n-open', me, 'active', 'member') });
    expect(findNotices([put(membership('n-open', 'p-kim', 'pending'))], member, me)).toEqual([]);
    expect(findNotices([put(membership('n-open', me, 'pending'))], read({}), me)).toEqual([]);
  });
});
