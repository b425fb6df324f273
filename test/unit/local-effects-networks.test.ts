// The optimistic effects of the network mutations on this device, before the server has
// judged them: a repeated join keeps what is there, answering or promoting someone the
// device knows nothing of invents no row, and a task's report keeps its writer unless it
// really changed.
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { mutate } from '../../src/client/actions/mutate';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import type { Change, PullResponse } from '../../src/shared/protocol';

const me = 'p-anna';
const network = (id: string, joinPolicy: 'open' | 'approval') => ({ id, name: id, description: '', kind: 'professional', joinPolicy, createdBy: 'p-lis' });
const task = { id: 't-1', networkId: 'n-open', title: 'Saml erfaringer', description: '', due: null, status: 'open', report: 'Første udkast', reportBy: 'p-bo', reportAt: '2026-11-01T10:00:00.000Z', createdBy: 'p-lis' };
const put = (type: Change['type'], value: { id: string } & Record<string, unknown>): Change => ({ type, op: 'put', id: value.id, value } as Change);
const page = (changes: Change[]): PullResponse => ({ cursor: 'v1.9', more: false, reset: false, lastMutationId: 0, changes });

let store: LocalStore;
beforeEach(async () => {
  store = await LocalStore.open(`local-networks-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', me);
  await applyPullPage(store, page([
    put('network', network('n-open', 'open')), put('network', network('n-approval', 'approval')),
    put('membership', { id: `n-open:${me}`, networkId: 'n-open', personId: me, status: 'active', role: 'coordinator' }),
    put('networkTask', task),
  ]), new Date().toISOString());
});

describe('joining on this device', () => {
  it('keeps a coordinator a coordinator when they join again', async () => {
    await mutate(store, 'network.join', { networkId: 'n-open' });
    expect(store.get('membership', `n-open:${me}`)).toMatchObject({ status: 'active', role: 'coordinator' });
  });

  it('asks to join a network the device does not know yet, and waits for approval where it must', async () => {
    await mutate(store, 'network.join', { networkId: 'n-ukendt' });
    await mutate(store, 'network.join', { networkId: 'n-approval' });
    expect(store.get('membership', `n-ukendt:${me}`)).toMatchObject({ status: 'pending', role: 'member' });
    expect(store.get('membership', `n-approval:${me}`)).toMatchObject({ status: 'pending', role: 'member' });
  });
});

describe('answering for others on this device', () => {
  it('invents no membership for a person whose request the device has not seen', async () => {
    await mutate(store, 'network.approve', { networkId: 'n-open', personId: 'p-bo' });
    await mutate(store, 'network.setRole', { networkId: 'n-open', personId: 'p-lis', role: 'coordinator' });
    expect(store.get('membership', 'n-open:p-bo')).toBeUndefined();
    expect(store.get('membership', 'n-open:p-lis')).toBeUndefined();
    expect(store.all('membership').map((m) => m.id)).toEqual([`n-open:${me}`]);
  });
});

describe('a task\'s report on this device', () => {
  it('changes only the status when no report is given, and keeps who wrote the report', async () => {
    await mutate(store, 'networkTask.update', { id: 't-1', status: 'done' });
    expect(store.get('networkTask', 't-1')).toEqual({ ...task, status: 'done' });
  });

  it('keeps the writer when the same report is sent again', async () => {
    await mutate(store, 'networkTask.update', { id: 't-1', status: 'open', report: 'Første udkast' });
    expect(store.get('networkTask', 't-1')).toEqual(task);
  });

  it('shows me as the writer of a new report, until the server says otherwise', async () => {
    const before = Date.now();
    await mutate(store, 'networkTask.update', { id: 't-1', status: 'done', report: 'Sendt til direktionen' });
    const shown = store.get('networkTask', 't-1');
    expect(shown).toMatchObject({ status: 'done', report: 'Sendt til direktionen', reportBy: me });
    expect(Date.parse(String(shown?.reportAt))).toBeGreaterThanOrEqual(before - 1000);
  });

  it('does nothing for a task the device does not have', async () => {
    await mutate(store, 'networkTask.update', { id: 't-ukendt', status: 'done', report: 'x' });
    expect(store.get('networkTask', 't-ukendt')).toBeUndefined();
  });
});
