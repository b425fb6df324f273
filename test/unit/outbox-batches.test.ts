// What one push takes from the outbox: the unsent entries in order, as many as fit the
// byte budget (so the request stays under the server's body limit), yet never none while
// something waits, or a single large change would block the queue for good.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { getMeta, setMeta } from '../../src/client/store/meta';
import { countOutbox, readUnsent, settleOutbox } from '../../src/client/store/outbox';
import { mutate } from '../../src/client/actions/mutate';

let store: LocalStore;
beforeEach(async () => {
  store = await LocalStore.open(`batches-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', 'p-anna');
});
afterEach(() => store.close());

/** The body of a push carrying these entries, as the engine builds it. */
const pushBytes = (entries: { id: number; name: string; args: unknown }[]) =>
  JSON.stringify({ clientId: crypto.randomUUID(), mutations: entries.map(({ id, name, args }) => ({ id, name, args })) }).length;

describe('reading the unsent outbox', () => {
  it('sends a change larger than the whole budget on its own rather than nothing', async () => {
    await mutate(store, 'profile.update', { bio: 'x'.repeat(2000) });
    await mutate(store, 'profile.update', { bio: 'kort' });
    const batch = await readUnsent(store.idb, 500, 100);
    expect(batch.map((entry) => entry.id)).toEqual([1]);
  });

  it('keeps a batch of many small changes within the byte budget, in order, and the next batch goes on from there', async () => {
    for (let i = 1; i <= 40; i++) await mutate(store, 'profile.update', { bio: `t${i}` });
    const budget = 1500;
    const first = await readUnsent(store.idb, 500, budget);
    expect(first.length).toBeGreaterThan(1);
    expect(first.length).toBeLessThan(40);
    expect(first.map((entry) => entry.id)).toEqual(Array.from({ length: first.length }, (_, i) => i + 1));
    expect(pushBytes(first)).toBeLessThanOrEqual(budget);

    await settleOutbox(store.idb, first.at(-1)!.id, []);
    const second = await readUnsent(store.idb, 500, budget);
    expect(second[0]?.id).toBe(first.length + 1);
    expect(pushBytes(second)).toBeLessThanOrEqual(budget);
  });

  it('takes at most `max` entries, and none the server has already judged', async () => {
    for (let i = 1; i <= 6; i++) await mutate(store, 'profile.update', { bio: `t${i}` });
    expect((await readUnsent(store.idb, 4, 1e6)).map((entry) => entry.id)).toEqual([1, 2, 3, 4]);
    await settleOutbox(store.idb, 5, []);
    expect((await readUnsent(store.idb, 4, 1e6)).map((entry) => entry.id)).toEqual([6]);
    // Judged entries stay (until a pull confirms them) but are not sent again.
    expect(await countOutbox(store.idb)).toBe(6);
  });

  it('never moves the sent mark backwards when an older reply arrives late', async () => {
    for (let i = 1; i <= 3; i++) await mutate(store, 'profile.update', { bio: `t${i}` });
    await settleOutbox(store.idb, 3, []);
    await settleOutbox(store.idb, 1, []);
    expect(await getMeta(store.idb, 'pushedUpTo')).toBe(3);
    expect(await readUnsent(store.idb, 500, 1e6)).toEqual([]);
  });
});
