// The device store opened for a first screen (`readLogLater`): the pending changes are there
// at once, the synced rows arrive afterwards; a change that reads no synced row (a poster's
// sign-up) is made before they are in, any other waits for them; a pulled page, a refresh
// and compaction wait too, and closing the store while it reads is quiet.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { mutate } from '../../src/client/actions/mutate';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { countOutbox } from '../../src/client/store/outbox';
import type { Change, PullResponse } from '../../src/shared/protocol';

const me = 'p-anna';
const person = (id: string) => ({
  id, name: `Person ${id}`, email: `${id}@fjordby.example`, title: '', phone: '', phoneHidden: false, bio: '', unitId: 'u1', roles: ['employee'], knowledgeSharer: false,
});
const put = (id: string): Change => ({ type: 'person', op: 'put', id, value: person(id) } as Change);
const page = (changes: Change[], cursor: string): PullResponse => ({ cursor, more: false, reset: false, lastMutationId: 0, changes });
const now = () => new Date().toISOString();

/** Pages of 1,000 people: a log of as many records. */
const PAGES = 8;
let name: string;
let opened: LocalStore[] = [];

beforeEach(async () => {
  name = `read-later-${crypto.randomUUID()}`;
  const writer = await LocalStore.open(name);
  await setMeta(writer.idb, 'personId', me);
  for (let p = 0; p < PAGES; p += 1) {
    await applyPullPage(writer, page(Array.from({ length: 1000 }, (_, i) => put(`p-${p}-${i}`)), `v1.${p + 1}`), now());
  }
  await applyPullPage(writer, page([put(me)], 'v1.9'), now());
  // Pending before the restart: the overlay must be there from the first moment.
  await mutate(writer, 'profile.update', { title: 'Sygeplejerske' });
  writer.close();
  opened = [];
});

afterEach(() => { for (const store of opened) store.close(); });

async function openLater(): Promise<LocalStore> {
  const store = await LocalStore.open(name, { readLogLater: true });
  opened.push(store);
  return store;
}

describe('opening the store with the log read later', () => {
  it('has the pending changes at once and every synced row once loaded, told as a reset', async () => {
    const store = await openLater();
    const told = vi.fn();
    store.onSynced(told);
    expect(store.isLoaded).toBe(false);
    expect(store.isPending('person', me)).toBe(true);
    expect(store.synced.size).toBeLessThan(PAGES * 1000 + 1);
    await store.loaded();
    expect(store.isLoaded).toBe(true);
    expect(store.synced.size).toBe(PAGES * 1000 + 1);
    expect(store.get('person', 'p-7-999')?.name).toBe('Person p-7-999');
    expect(told).toHaveBeenCalledWith({ reset: true });
  });

  it('without readLogLater, opens with every row in memory', async () => {
    const store = await LocalStore.open(name);
    opened.push(store);
    expect(store.isLoaded).toBe(true);
    expect(store.synced.size).toBe(PAGES * 1000 + 1);
  });

  it('makes a change that reads no synced row before the rows are in, and one that does after', async () => {
    const store = await openLater();
    await mutate(store, 'signup.request', { seminarId: 's-plakat' });
    expect(store.isLoaded).toBe(false);
    expect(await countOutbox(store.idb)).toBe(2);
    // profile.update reads the person it changes: it waits for the synced rows.
    await mutate(store, 'profile.update', { bio: 'Demens' });
    expect(store.isLoaded).toBe(true);
  });

  it('takes in a page pulled while the log is read, after all of the log', async () => {
    const store = await openLater();
    await applyPullPage(store, page([put('p-ny')], 'v1.99'), now());
    expect(store.isLoaded).toBe(true);
    expect(store.synced.size).toBe(PAGES * 1000 + 2);
  });

  it('refresh and compaction wait for the log read and keep every row', async () => {
    const store = await openLater();
    await store.refresh();
    expect(store.synced.size).toBe(PAGES * 1000 + 1);
    const again = await openLater();
    expect(await again.compactIfNeeded()).toBe(false);
    expect(again.isLoaded).toBe(true);
  });

  it('ends with the log another tab replaced while it was read, not a mix of the two', async () => {
    const otherTab = await LocalStore.open(name);
    opened.push(otherTab);
    const store = await openLater();
    // A reset page (a new generation): the old log is cleared and replaced.
    await otherTab.commitPage([put('p-eneste')], true, async () => undefined);
    expect(store.isLoaded).toBe(false); // the replacement came in the middle of the read
    await store.loaded();
    expect(store.synced.size).toBe(1);
    expect(store.get('person', 'p-eneste')).toBeDefined();
    expect(store.get('person', 'p-0-0')).toBeUndefined();
  });

  it('ends with what another tab added while it was read', async () => {
    const otherTab = await LocalStore.open(name);
    opened.push(otherTab);
    const store = await openLater();
    await otherTab.commitPage([put('p-fra-anden-fane')], false, async () => undefined);
    expect(store.isLoaded).toBe(false);
    await store.loaded();
    expect(store.synced.size).toBe(PAGES * 1000 + 2);
    expect(store.get('person', 'p-fra-anden-fane')).toBeDefined();
  });

  it('is closed quietly while it reads the log', async () => {
    const store = await openLater();
    store.close();
    await expect(store.loaded()).resolves.toBeUndefined();
    expect(store.isLoaded).toBe(true);
  });
});
