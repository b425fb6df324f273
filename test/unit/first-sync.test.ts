// A first sync comes in pages: the engine tells how many colleagues have arrived (the
// server does not say how many are coming), and lets the screens read what is there
// before the last page; a later, ordinary sync shows no progress and tells once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { SyncEngine, type PullProgress } from '../../src/client/sync/engine';
import type { Result, Transport } from '../../src/client/sync/transport';
import type { Change, PullResponse } from '../../src/shared/protocol';

const person = (i: number): Change => ({
  type: 'person', op: 'put', id: `p-${i}`,
  value: { id: `p-${i}`, name: `Person ${i}`, email: `p${i}@fjordby.example`, title: 'SSH', phone: null, phoneHidden: false, bio: '', unitId: 'u1', roles: ['employee'], knowledgeSharer: false },
});
const unit: Change = { type: 'unit', op: 'put', id: 'u1', value: { id: 'u1', name: 'Hjemmeplejen Nord', areaId: 'a1' } };

/** Three pages from the beginning: 2 people and a unit, 2 people, 1 person; then nothing new. */
function pagedTransport() {
  const pages: Change[][] = [[person(1), person(2), unit], [person(3), person(4)], [person(5)]];
  const pulls: (string | undefined)[] = [];
  const transport: Pick<Transport, 'push' | 'pull'> = {
    push: async () => ({ ok: true, value: { lastMutationId: 0, results: [] } }),
    pull: async (_clientId, cursor): Promise<Result<PullResponse>> => {
      pulls.push(cursor);
      const at = cursor === undefined ? 0 : Number(cursor);
      const changes = pages[at] ?? [];
      return { ok: true, value: { cursor: String(Math.min(at + 1, pages.length)), more: at + 1 < pages.length, reset: cursor === undefined, lastMutationId: 0, changes } };
    },
  };
  return { transport, pulls };
}

let store: LocalStore;
beforeEach(async () => {
  store = await LocalStore.open(`first-sync-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', 'p-1');
});
afterEach(() => store.close());

describe('a first sync in pages', () => {
  it('counts the colleagues as they arrive and lets the screens read them before the last page', async () => {
    const { transport } = pagedTransport();
    const seen: { progress: PullProgress | null; people: number }[] = [];
    const engine = new SyncEngine({
      store, transport: transport as Transport, lock: (task) => task(), firstSyncRefreshMs: 0,
      // What a screen would read when told: the people the device has so far.
      onDataChanged: () => seen.push({ progress: engine.status.progress, people: store.all('person').length }),
    });
    const progress: (PullProgress | null)[] = [];
    engine.subscribe((status) => progress.push(status.progress));

    expect(await engine.sync()).toBe('done');
    const during = progress.filter((p): p is PullProgress => p !== null);
    expect(during).toEqual([
      { fromScratch: true, people: 2, changes: 3, pages: 1 },
      { fromScratch: true, people: 4, changes: 5, pages: 2 },
    ]);
    expect(engine.status.progress).toBeNull();
    // Told after the first and second page (with 2, then 4 people searchable), and at the end.
    expect(seen.map((s) => s.people)).toEqual([2, 4, 5]);
    engine.stop();
  });

  it('shows no progress and tells the screens only once on a later sync', async () => {
    const { transport } = pagedTransport();
    const engine = new SyncEngine({ store, transport: transport as Transport, lock: (task) => task(), firstSyncRefreshMs: 0 });
    await engine.sync();
    await setMeta(store.idb, 'cursor', '0'); // pretend the server has three pages of news
    const told: number[] = [];
    const later = new SyncEngine({ store, transport: transport as Transport, lock: (task) => task(), firstSyncRefreshMs: 0, onDataChanged: () => told.push(1) });
    const progress: (PullProgress | null)[] = [];
    later.subscribe((status) => progress.push(status.progress));
    expect(await later.sync()).toBe('done');
    expect(progress.filter((p) => p !== null).every((p) => p!.fromScratch === false)).toBe(true);
    expect(told).toEqual([1]);
    engine.stop();
    later.stop();
  });
});
