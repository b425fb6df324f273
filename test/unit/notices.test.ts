// Notices: what sync raises for the user is kept on the device until dismissed, raised
// once per occasion, listed together with the changes the server refused, and found in
// pulled pages by the rules of client/notices (a change of state, never a first sync).
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { dismissNotice as dismissStored, listOpenNotices, raiseNotices } from '../../src/client/store/notices';
import { writeTx } from '../../src/client/store/tx';
import { settleOutbox } from '../../src/client/store/outbox';
import { dismissNotice, listNotices } from '../../src/client/store/queries';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { findNotices } from '../../src/client/notices/find-notices';
import type { PullResponse } from '../../src/shared/protocol';
import type { Seminar, Signup } from '../../src/shared/entities';

const me = 'p-anna';
const page = (changes: PullResponse['changes'], extra: Partial<PullResponse> = {}): PullResponse =>
  ({ cursor: 'v1.9', more: false, reset: false, lastMutationId: 0, changes, ...extra });
const seminar = (status: Seminar['status']): Seminar => ({
  id: 's-1', title: 'Demens i praksis', description: '', kind: 'workshop', startsAt: '2026-12-01T09:00:00.000Z',
  endsAt: '2026-12-01T12:00:00.000Z', location: 'Rådhuset', capacity: 20, signupDeadline: null, networkId: null,
  dlo: [], competenceIds: [], organizerId: 'p-bo', status, confirmedCount: 20, waitlistCount: 2,
});
const signup = (status: Signup['status'], personId = me): Signup => ({
  id: `s-1:${personId}`, seminarId: 's-1', personId, status, position: status === 'waitlisted' ? 1 : null,
  checkedInAt: null, createdAt: '2026-11-20T10:00:00.000Z',
});
const put = (type: 'seminar' | 'signup', value: Seminar | Signup) => ({ type, op: 'put' as const, id: value.id, value });

let name: string;
let store: LocalStore;
beforeEach(async () => {
  name = `notices-${crypto.randomUUID()}`;
  store = await LocalStore.open(name);
  await setMeta(store.idb, 'personId', me);
});

async function raise(notices: Parameters<typeof raiseNotices>[1], at = '2026-11-28T10:00:00.000Z') {
  const tx = writeTx(store.idb);
  await raiseNotices(tx, notices, at);
  await tx.done;
}

describe('the notices store', () => {
  it('keeps a notice across a restart until it is dismissed, and never raises the same occasion twice', async () => {
    await raise([{ id: 'waitlistPromoted:s-1', kind: 'waitlistPromoted', vars: { name: 'Demens i praksis' } }]);
    await raise([{ id: 'waitlistPromoted:s-1', kind: 'waitlistPromoted', vars: { name: 'Andet navn' } }], '2026-11-28T11:00:00.000Z');
    store.close();
    store = await LocalStore.open(name);
    expect(await listOpenNotices(store.idb)).toEqual([
      { id: 'waitlistPromoted:s-1', kind: 'waitlistPromoted', vars: { name: 'Demens i praksis' }, at: '2026-11-28T10:00:00.000Z', dismissed: false },
    ]);

    await dismissStored(store.idb, 'waitlistPromoted:s-1', new Date('2026-11-28T12:00:00.000Z'));
    expect(await listOpenNotices(store.idb)).toEqual([]);
    // A later pull that finds the same occasion does not bring it back.
    await raise([{ id: 'waitlistPromoted:s-1', kind: 'waitlistPromoted', vars: { name: 'Demens i praksis' } }]);
    expect(await listOpenNotices(store.idb)).toEqual([]);
  });

  it('forgets dismissed notices once they are long past', async () => {
    await raise([{ id: 'seminarCancelled:old', kind: 'seminarCancelled', vars: { name: 'Gammelt' } }], '2026-01-01T10:00:00.000Z');
    await raise([{ id: 'seminarCancelled:new', kind: 'seminarCancelled', vars: { name: 'Nyt' } }], '2026-11-27T10:00:00.000Z');
    await dismissStored(store.idb, 'seminarCancelled:old', new Date('2026-11-28T12:00:00.000Z'));
    await dismissStored(store.idb, 'seminarCancelled:new', new Date('2026-11-28T12:00:00.000Z'));
    expect((await store.idb.getAll('notices')).map((n) => n.id)).toEqual(['seminarCancelled:new']);
  });

  it('lists refused changes and raised notices as one list, newest first, each dismissable', async () => {
    await raise([{ id: 'seminarCancelled:s-1', kind: 'seminarCancelled', vars: { name: 'Demens i praksis' } }], '2026-11-28T09:00:00.000Z');
    await settleOutbox(store.idb, 3, [
      { id: 3, name: 'competence.set', args: { competenceId: 'motorik', level: 1, canHelp: false }, code: 'competence_not_found', message: 'Kompetencen findes ikke længere i kataloget. Vælg en anden.', at: '2026-11-28T10:00:00.000Z' },
    ]);
    const notices = await listNotices(store);
    expect(notices.map((n) => [n.source, n.id])).toEqual([['rejected', 'rejected:3'], ['sync', 'seminarCancelled:s-1']]);

    await dismissNotice(store, notices[0]!);
    expect(await store.idb.count('rejected')).toBe(0);
    await dismissNotice(store, notices[1]!);
    expect(await listNotices(store)).toEqual([]);
  });
});

describe('notices found in pulled pages', () => {
  it('raises nothing on a first sync, however things stand', async () => {
    await applyPullPage(store, page([put('seminar', seminar('cancelled')), put('signup', signup('confirmed'))], { reset: true }), '2026-11-28T10:00:00.000Z');
    expect(await listOpenNotices(store.idb)).toEqual([]);
  });

  it('raises a waitlist promotion and a cancelled seminar, in the transaction of the page that shows them', async () => {
    await applyPullPage(store, page([put('seminar', seminar('scheduled')), put('signup', signup('waitlisted'))]), '2026-11-28T10:00:00.000Z');
    await applyPullPage(store, page([put('signup', signup('confirmed'))]), '2026-11-28T11:00:00.000Z');
    expect((await listOpenNotices(store.idb)).map((n) => [n.id, n.vars])).toEqual([['waitlistPromoted:s-1', { name: 'Demens i praksis' }]]);

    await applyPullPage(store, page([put('seminar', seminar('cancelled'))]), '2026-11-28T12:00:00.000Z');
    expect((await listOpenNotices(store.idb)).map((n) => n.id)).toEqual(['seminarCancelled:s-1', 'waitlistPromoted:s-1']);
  });

  it('leaves other people\'s sign-ups, and seminars I am not signed up for, alone', () => {
    const before = new Map<string, unknown>([['signup:s-1:p-bo', signup('waitlisted', 'p-bo')], ['seminar:s-1', seminar('scheduled')]]);
    const read = (type: string, id: string) => before.get(`${type}:${id}`) as never;
    expect(findNotices([put('signup', signup('confirmed', 'p-bo'))], read, me)).toEqual([]);
    expect(findNotices([put('seminar', seminar('cancelled'))], read, me)).toEqual([]);
  });
});
