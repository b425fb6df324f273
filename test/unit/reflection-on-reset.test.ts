// The reminder to write down what one learned at an event that ended yesterday: raised by
// an ordinary pull, never by a reset (like a first sync, a reset raises nothing).
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { listOpenNotices } from '../../src/client/store/notices';
import type { Change, PullResponse } from '../../src/shared/protocol';

const me = 'p-anna';
const HOUR = 3_600_000;
const ended = Date.now() - 30 * HOUR;
const seminar = {
  id: 's-1', title: 'Temadag om rehabilitering', description: '', kind: 'seminar', startsAt: new Date(ended - 3 * HOUR).toISOString(),
  endsAt: new Date(ended).toISOString(), location: 'Rådhuset', capacity: 40, signupDeadline: null, networkId: null, dlo: [],
  competenceIds: [], organizerId: 'p-bo', status: 'scheduled', confirmedCount: 1, waitlistCount: 0,
};
const signup = { id: `s-1:${me}`, seminarId: 's-1', personId: me, status: 'confirmed', position: null, checkedInAt: new Date(ended - 2 * HOUR).toISOString(), createdAt: new Date(ended - 10 * 24 * HOUR).toISOString() };
const changes: Change[] = [
  { type: 'seminar', op: 'put', id: seminar.id, value: seminar } as Change,
  { type: 'signup', op: 'put', id: signup.id, value: signup } as Change,
];
const page = (reset: boolean): PullResponse => ({ cursor: 'v1.9', more: false, reset, lastMutationId: 0, changes });

let store: LocalStore;
beforeEach(async () => {
  store = await LocalStore.open(`reflection-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', me);
  // Synced once already: what follows is not a first sync.
  await applyPullPage(store, { cursor: 'v1.1', more: false, reset: false, lastMutationId: 0, changes: [] }, new Date().toISOString());
});

describe('the reminder to reflect after an event', () => {
  it('is raised by an ordinary pull that shows the event ended yesterday', async () => {
    await applyPullPage(store, page(false), new Date().toISOString());
    expect((await listOpenNotices(store.idb)).map((n) => n.kind)).toEqual(['reflection']);
  });

  it('is not raised by a reset carrying the same rows', async () => {
    await applyPullPage(store, page(true), new Date().toISOString());
    expect(await listOpenNotices(store.idb)).toEqual([]);
  });
});
