// "Hvad tog du med dig?": raised when an event I attended (checked in or ticked) has ended;
// once per event (dismissed or not); never before the end, for a seat never used, a
// cancelled event (withdrawn if it is cancelled afterwards), an old one or someone else's
// sign-up; and found by the pull itself.
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { dismissNotice, listOpenNotices } from '../../src/client/store/notices';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { dueReflections, withdrawnReflection } from '../../src/client/notices/reflection';
import { listNotices } from '../../src/client/store/queries';
import type { Seminar, Signup } from '../../src/shared/entities';
import type { PullResponse } from '../../src/shared/protocol';

const me = 'p-anna';
const seminar = (fields: Partial<Seminar> = {}): Seminar => ({
  id: 's-1', title: 'Temadag om rehabilitering', description: '', kind: 'seminar', startsAt: '2026-11-26T08:00:00.000Z',
  endsAt: '2026-11-26T14:00:00.000Z', location: 'Rådhuset', capacity: 40, signupDeadline: null, networkId: null,
  dlo: [], competenceIds: [], organizerId: 'p-bo', status: 'scheduled', confirmedCount: 30, waitlistCount: 0, ...fields,
});
const signup = (fields: Partial<Signup> = {}): Signup => ({
  id: `s-1:${me}`, seminarId: 's-1', personId: me, status: 'confirmed', position: null, checkedInAt: null,
  createdAt: '2026-11-01T10:00:00.000Z', ...fields,
});
const at = (iso: string) => Date.parse(iso);
const seminars = new Map([['s-1', seminar()]]);

describe('after an event I attended', () => {
  const get = (id: string) => seminars.get(id);
  const attended = signup({ checkedInAt: '2026-11-26T08:05:00.000Z' });
  it('is due from the event\'s end, for a week', () => {
    expect(dueReflections([attended], get, at('2026-11-26T09:00:00.000Z'))).toEqual([]);
    expect(dueReflections([attended], get, at('2026-11-26T13:59:59.000Z'))).toEqual([]);
    expect(dueReflections([attended], get, at('2026-11-26T14:00:00.000Z')))
      .toEqual([{ key: 's-1', vars: { name: 'Temadag om rehabilitering', seminarId: 's-1' } }]);
    expect(dueReflections([attended], get, at('2026-12-03T14:00:00.000Z')).map((f) => f.key)).toEqual(['s-1']);
    expect(dueReflections([attended], get, at('2026-12-03T14:00:01.000Z'))).toEqual([]);
  });
  it('not for a seat never used, a waiting-list place, a cancelled sign-up or a cancelled event', () => {
    const after = at('2026-11-27T12:00:00.000Z');
    expect(dueReflections([signup()], get, after)).toEqual([]);
    expect(dueReflections([signup({ status: 'waitlisted', position: 2 })], get, after)).toEqual([]);
    expect(dueReflections([{ ...attended, status: 'cancelled' }], get, after)).toEqual([]);
    expect(dueReflections([attended], () => seminar({ status: 'cancelled' }), after)).toEqual([]);
    expect(dueReflections([attended], () => seminar({ endsAt: 'ukendt' }), after)).toEqual([]);
  });
  it('is withdrawn once the event is cancelled or gone', () => {
    expect(withdrawnReflection({ seminarId: 's-1', name: 'x' }, get)).toBe(false);
    expect(withdrawnReflection({ seminarId: 's-1', name: 'x' }, () => seminar({ status: 'cancelled' }))).toBe(true);
    expect(withdrawnReflection({ seminarId: 's-1', name: 'x' }, () => undefined)).toBe(true);
  });
});

describe('in the pull', () => {
  let store: LocalStore;
  const page = (changes: PullResponse['changes'], extra: Partial<PullResponse> = {}): PullResponse =>
    ({ cursor: 'v1.9', more: false, reset: false, lastMutationId: 0, changes, ...extra });
  beforeEach(async () => {
    store = await LocalStore.open(`reflection-${crypto.randomUUID()}`);
    await setMeta(store.idb, 'personId', me);
  });

  it('raises the notice at a pull after the end, even an empty one, and never again once dismissed', async () => {
    await applyPullPage(store, page([
      { type: 'seminar', op: 'put', id: 's-1', value: seminar() },
      { type: 'signup', op: 'put', id: `s-1:${me}`, value: signup({ checkedInAt: '2026-11-26T08:05:00.000Z' }) },
    ]), '2026-11-26T10:00:00.000Z');
    expect(await listOpenNotices(store.idb)).toEqual([]);
    await applyPullPage(store, page([]), '2026-11-26T15:00:00.000Z');
    expect((await listOpenNotices(store.idb)).map((n) => [n.id, n.kind, n.vars])).toEqual([
      ['reflection:s-1', 'reflection', { name: 'Temadag om rehabilitering', seminarId: 's-1' }],
    ]);
    await dismissNotice(store.idb, 'reflection:s-1');
    await applyPullPage(store, page([]), '2026-11-28T09:00:00.000Z');
    expect(await listOpenNotices(store.idb)).toEqual([]);
  });

  it('raises nothing in a reset, as on a first sync', async () => {
    await applyPullPage(store, page([
      { type: 'seminar', op: 'put', id: 's-1', value: seminar() },
      { type: 'signup', op: 'put', id: `s-1:${me}`, value: signup({ checkedInAt: '2026-11-26T08:05:00.000Z' }) },
    ], { reset: true }), '2026-11-27T10:00:00.000Z');
    expect(await listOpenNotices(store.idb)).toEqual([]);
  });

  it('raises it for a tick by the organizer after the end, and withdraws it when the event is cancelled', async () => {
    await applyPullPage(store, page([
      { type: 'seminar', op: 'put', id: 's-1', value: seminar() },
      { type: 'signup', op: 'put', id: `s-1:${me}`, value: signup() },
    ]), '2026-11-26T15:00:00.000Z');
    expect(await listNotices(store)).toEqual([]);
    await applyPullPage(store, page([
      { type: 'signup', op: 'put', id: `s-1:${me}`, value: signup({ checkedInAt: '2026-11-27T08:00:00.000Z' }) },
    ]), '2026-11-27T08:00:00.000Z');
    expect((await listNotices(store)).map((n) => n.id)).toEqual(['reflection:s-1']);
    await applyPullPage(store, page([
      { type: 'seminar', op: 'put', id: 's-1', value: seminar({ status: 'cancelled' }) },
    ]), '2026-11-27T09:00:00.000Z');
    // Its own notice says the event was cancelled; the question about it is gone.
    expect((await listNotices(store)).map((n) => n.id)).toEqual(['seminarCancelled:s-1']);
  });
});
