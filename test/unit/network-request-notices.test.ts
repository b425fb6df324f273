// A request to join a network, told on the device (issue 19, part 5): the asker learns the
// coordinator's answer from their own membership row as pulled (pending → active: approved;
// pending → declined: declined), the coordinator's notice knows which request it is about,
// a new phone's first sync raises no old answers, and the device's own rows follow a
// decline (the network is not "mine" any more, asking again is a new request).
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { listNotices } from '../../src/client/store/queries';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { mutate } from '../../src/client/actions/mutate';
import { findNotices } from '../../src/client/notices/find-notices';
import { getNetworkPage, listNetworksFor } from '../../src/client/ui/networks/network-data';
import { noticeSubject } from '../../src/client/ui/networks/network-notice-detail';
import { membershipId, type Membership, type Network } from '../../src/shared/entities';
import type { PullResponse } from '../../src/shared/protocol';

const me = 'p-anna';
const network: Network = { id: 'n-ledere', name: 'Ledernetværk Ældre', description: '', kind: 'leader', joinPolicy: 'approval', createdBy: 'p-lis' };
const membership = (status: Membership['status'], personId = me, role: Membership['role'] = 'member'): Membership =>
  ({ id: membershipId(network.id, personId), networkId: network.id, personId, status, role });
const put = (value: Membership) => ({ type: 'membership' as const, op: 'put' as const, id: value.id, value });
const page = (changes: PullResponse['changes'], extra: Partial<PullResponse> = {}): PullResponse =>
  ({ cursor: 'v1.9', more: false, reset: false, lastMutationId: 0, changes, ...extra });
const rows = (entries: Record<string, unknown>) => (type: string, id: string) => entries[`${type}:${id}`] as never;
const had = (status: Membership['status']) => rows({ [`membership:${membershipId(network.id, me)}`]: membership(status), [`network:${network.id}`]: network });

describe('the answer to my request, found in a pulled page', () => {
  it('approved: my waiting request became a membership', () => {
    expect(findNotices([put(membership('active'))], had('pending'), me)).toEqual([
      { id: `networkApproved:${membershipId(network.id, me)}`, kind: 'networkApproved', vars: { name: 'Ledernetværk Ældre', networkId: network.id } },
    ]);
  });

  it('declined: my waiting request came back declined', () => {
    expect(findNotices([put(membership('declined'))], had('pending'), me)).toEqual([
      { id: `networkDeclined:${membershipId(network.id, me)}`, kind: 'networkDeclined', vars: { name: 'Ledernetværk Ældre', networkId: network.id } },
    ]);
  });

  it('says nothing of a request this device never saw waiting, of my own withdrawal, nor of someone else\'s answer', () => {
    // A new phone: the membership (or the decline) is simply there.
    expect(findNotices([put(membership('active'))], rows({}), me)).toEqual([]);
    expect(findNotices([put(membership('declined'))], rows({}), me)).toEqual([]);
    // Withdrawn (network.leave): the row goes, which is no answer.
    expect(findNotices([{ type: 'membership', op: 'del', id: membershipId(network.id, me) }], had('pending'), me)).toEqual([]);
    // A member who was already in, changed in some other way.
    expect(findNotices([put(membership('active', me, 'coordinator'))], had('active'), me)).toEqual([]);
    // Another person's request answered, seen by a coordinator: not my answer.
    const coordinator = rows({
      [`membership:${membershipId(network.id, me)}`]: membership('active', me, 'coordinator'),
      [`membership:${membershipId(network.id, 'p-kim')}`]: membership('pending', 'p-kim'),
    });
    expect(findNotices([put(membership('active', 'p-kim'))], coordinator, me)).toEqual([]);
  });

  it('gives the coordinator\'s notice of a new request the network and the person, for its link and its answer', () => {
    const coordinator = rows({ [`membership:${membershipId(network.id, me)}`]: membership('active', me, 'coordinator'), [`network:${network.id}`]: network, 'person:p-kim': { id: 'p-kim', name: 'Kim' } });
    const [found] = findNotices([put(membership('pending', 'p-kim'))], coordinator, me);
    expect(found).toEqual({
      id: `networkRequest:${membershipId(network.id, 'p-kim')}`, kind: 'networkRequest',
      vars: { person: 'Kim', name: 'Ledernetværk Ældre', networkId: network.id, personId: 'p-kim' },
    });
  });

  it('reads the network and the person of a request notice raised before its vars named them, from its id', () => {
    const at = '2026-12-01T10:00:00.000Z';
    const old = { source: 'sync' as const, id: 'x', at, entry: { id: `networkRequest:${membershipId('n-a', 'p-kim')}`, kind: 'networkRequest', vars: { person: 'Kim', name: 'A' }, at, dismissed: false } };
    expect(noticeSubject(old)).toEqual({ networkId: 'n-a', personId: 'p-kim' });
    const answered = { ...old, entry: { ...old.entry, id: `networkApproved:${membershipId('n-a', me)}`, kind: 'networkApproved', vars: { name: 'A', networkId: 'n-a' } } };
    expect(noticeSubject(answered)?.networkId).toBe('n-a');
  });
});

describe('on the asker\'s device, pull after pull', () => {
  let store: LocalStore;
  beforeEach(async () => {
    store = await LocalStore.open(`network-requests-${crypto.randomUUID()}`);
    await setMeta(store.idb, 'personId', me);
    await applyPullPage(store, page([{ type: 'network', op: 'put', id: network.id, value: network }]), '2026-12-01T09:00:00.000Z');
  });
  const sync = (changes: PullResponse['changes'], at: string) => applyPullPage(store, page(changes), at);
  const syncNotices = async () => (await listNotices(store)).flatMap((n) => (n.source === 'sync' ? [n.entry] : []));

  it('keeps the decline as a notice with the network, drops the network from mine, and lets me ask again', async () => {
    await sync([put(membership('pending'))], '2026-12-01T10:00:00.000Z');
    expect(await syncNotices()).toEqual([]);
    expect(listNetworksFor(store, me).mine).toHaveLength(1);

    await sync([put(membership('declined'))], '2026-12-01T11:00:00.000Z');
    expect(await syncNotices()).toMatchObject([{ kind: 'networkDeclined', vars: { name: 'Ledernetværk Ældre', networkId: network.id }, at: '2026-12-01T11:00:00.000Z' }]);
    // Not one of mine any more; on its page, my own row says declined.
    expect(listNetworksFor(store, me).mine).toEqual([]);
    expect(getNetworkPage(store, network.id, me)?.mine?.membership.status).toBe('declined');
    // A later pull with the row unchanged raises nothing new.
    await sync([put(membership('declined'))], '2026-12-01T12:00:00.000Z');
    expect(await syncNotices()).toHaveLength(1);

    // Asking again is a new request, shown pending at once.
    await mutate(store, 'network.join', { networkId: network.id });
    expect(store.get('membership', membershipId(network.id, me))?.status).toBe('pending');
    expect(store.isPending('membership', membershipId(network.id, me))).toBe(true);
  });

  it('tells the approval once', async () => {
    await sync([put(membership('pending'))], '2026-12-01T10:00:00.000Z');
    await sync([put(membership('active'))], '2026-12-01T11:00:00.000Z');
    await sync([put(membership('active'))], '2026-12-01T12:00:00.000Z');
    expect(await syncNotices()).toMatchObject([{ kind: 'networkApproved', vars: { networkId: network.id } }]);
  });

  it('hides someone else\'s declined request from the network page (an admin\'s device never gets one, but an old row may linger)', async () => {
    await sync([put(membership('active', me, 'coordinator')), put(membership('declined', 'p-kim'))], '2026-12-01T10:00:00.000Z');
    expect(getNetworkPage(store, network.id, me)?.people.map((p) => p.membership.personId)).toEqual([me]);
  });
});
