// The outbox and the notices at their edges: a batch exactly at its byte budget, whether
// another person's changes wait on the device, and notices that are put off, dismissed
// unknown, or exactly as old as the limit for forgetting them.
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { mutate } from '../../src/client/actions/mutate';
import { hasParked, readUnsent } from '../../src/client/store/outbox';
import { dismissNotice, listOpenNotices } from '../../src/client/store/notices';
import type { NoticeEntry } from '../../src/client/store/schema';

let store: LocalStore;
beforeEach(async () => {
  store = await LocalStore.open(`outbox-edges-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', 'p-anna');
});

describe('the unsent outbox', () => {
  it('takes every entry that fits the byte budget exactly, and not one byte more', async () => {
    await mutate(store, 'profile.update', { bio: 'første' });
    await mutate(store, 'profile.update', { bio: 'anden' });
    await mutate(store, 'profile.update', { bio: 'tredje' });
    // The budget counts each entry's arguments as JSON plus a fixed envelope.
    const size = (bio: string) => JSON.stringify({ bio }).length + 64;
    const exact = size('første') + size('anden');
    expect((await readUnsent(store.idb, 10, exact)).map((e) => e.id)).toEqual([1, 2]);
    expect((await readUnsent(store.idb, 10, exact - 1)).map((e) => e.id)).toEqual([1]);
  });

  it('tells whether another person\'s changes are kept on this device', async () => {
    expect(await hasParked(store.idb)).toBe(false);
    await store.idb.put('parked', {
      personId: 'p-bo', clientId: 'c-bo', nextMutationId: 2, pushedUpTo: 0,
      entries: [{ id: 1, name: 'profile.update', args: { bio: 'Bo' }, createdAt: '2026-12-01T08:00:00.000Z' }],
      rejected: [], parkedAt: '2026-12-01T09:00:00.000Z',
    });
    expect(await hasParked(store.idb)).toBe(true);
  });
});

describe('notices', () => {
  const notice = (id: string, at: string, extra: Partial<NoticeEntry> = {}): NoticeEntry =>
    ({ id, kind: 'seminarCancelled', vars: { name: id }, at, dismissed: false, ...extra });

  it('lists open ones newest first, hiding the dismissed and those put off until later', async () => {
    const now = '2026-12-03T12:00:00.000Z';
    for (const entry of [
      notice('gammel', '2026-11-01T10:00:00.000Z'),
      notice('ny', '2026-12-02T10:00:00.000Z'),
      notice('laest', '2026-12-02T11:00:00.000Z', { dismissed: true }),
      notice('udsat', '2026-12-02T12:00:00.000Z', { snoozedUntil: '2026-12-04T08:00:00.000Z' }),
      notice('udsat-til-nu', '2026-11-30T12:00:00.000Z', { snoozedUntil: '2026-12-03T08:00:00.000Z' }),
    ]) await store.idb.put('notices', entry);
    expect((await listOpenNotices(store.idb, now)).map((n) => n.id)).toEqual(['ny', 'udsat-til-nu', 'gammel']);
  });

  it('dismisses an unknown one quietly, and forgets dismissed ones only once they are older than 90 days', async () => {
    const now = new Date('2026-12-03T12:00:00.000Z');
    const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600 * 1000).toISOString();
    for (const entry of [
      notice('precis-90', daysAgo(90), { dismissed: true }),
      notice('91', daysAgo(91), { dismissed: true }),
      notice('89', daysAgo(89), { dismissed: true }),
      notice('aaben-200', daysAgo(200)),
    ]) await store.idb.put('notices', entry);
    await dismissNotice(store.idb, 'findes-ikke', now);
    expect((await store.idb.getAll('notices')).map((n) => n.id).sort()).toEqual(['89', 'aaben-200', 'precis-90']);
    expect(await store.idb.get('notices', 'findes-ikke')).toBeUndefined();
  });
});
