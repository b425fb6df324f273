// "Hvad tog du med dig?": raised when I check in at an event, or the day after an event I had
// a seat at ended; once per event (dismissed or not), never for a cancelled event, an old
// one, someone else's sign-up or a waiting-list place; and found by the pull itself.
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { dismissNotice, listOpenNotices } from '../../src/client/store/notices';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { dueReflections, reflectionOnCheckin } from '../../src/client/notices/reflection';
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

describe('after checking in', () => {
  const checkedIn = signup({ checkedInAt: '2026-11-26T08:05:00.000Z' });
  it('asks once the pulled sign-up says I checked in', () => {
    expect(reflectionOnCheckin(signup(), checkedIn, me, (id) => seminars.get(id), at('2026-11-26T09:00:00.000Z')))
      .toEqual({ key: 's-1', vars: { name: 'Temadag om rehabilitering', seminarId: 's-1' } });
    expect(reflectionOnCheckin(undefined, checkedIn, me, (id) => seminars.get(id), at('2026-11-26T09:00:00.000Z'))).not.toBeNull();
  });
  it('not for someone else, not when it was known already, not long after, not for a cancelled event', () => {
    const get = (id: string) => seminars.get(id);
    expect(reflectionOnCheckin(signup(), { ...checkedIn, personId: 'p-bo' }, me, get, at('2026-11-26T09:00:00.000Z'))).toBeNull();
    expect(reflectionOnCheckin(checkedIn, checkedIn, me, get, at('2026-11-26T09:00:00.000Z'))).toBeNull();
    expect(reflectionOnCheckin(undefined, checkedIn, me, get, at('2026-12-20T09:00:00.000Z'))).toBeNull();
    expect(reflectionOnCheckin(signup(), checkedIn, me, () => seminar({ status: 'cancelled' }), at('2026-11-26T09:00:00.000Z'))).toBeNull();
  });
});

describe('the day after an event I had a seat at', () => {
  const get = (id: string) => seminars.get(id);
  it('is due from the next calendar day, for a week', () => {
    expect(dueReflections([signup()], get, at('2026-11-26T20:00:00.000Z'))).toEqual([]);
    const tomorrow = new Date(2026, 10, 27, 0, 0, 1).getTime();
    expect(dueReflections([signup()], get, tomorrow).map((f) => f.key)).toEqual(['s-1']);
    expect(dueReflections([signup()], get, at('2026-12-04T15:00:00.000Z'))).toEqual([]);
  });
  it('not from the waiting list, a cancelled sign-up or a cancelled event', () => {
    const day = at('2026-11-27T12:00:00.000Z');
    expect(dueReflections([signup({ status: 'waitlisted', position: 2 })], get, day)).toEqual([]);
    expect(dueReflections([signup({ status: 'cancelled' })], get, day)).toEqual([]);
    expect(dueReflections([signup()], () => seminar({ status: 'cancelled' }), day)).toEqual([]);
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

  it('raises the day-after notice at a later, empty pull, and never again once dismissed', async () => {
    await applyPullPage(store, page([
      { type: 'seminar', op: 'put', id: 's-1', value: seminar() },
      { type: 'signup', op: 'put', id: `s-1:${me}`, value: signup() },
    ]), '2026-11-26T10:00:00.000Z');
    expect(await listOpenNotices(store.idb)).toEqual([]);
    await applyPullPage(store, page([]), '2026-11-27T09:00:00.000Z');
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
      { type: 'signup', op: 'put', id: `s-1:${me}`, value: signup() },
    ], { reset: true }), '2026-11-27T10:00:00.000Z');
    expect(await listOpenNotices(store.idb)).toEqual([]);
  });
});
