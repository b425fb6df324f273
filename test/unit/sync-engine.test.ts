// The sync engine against a fake server that keeps to sync.md's push rules: a gap is
// answered 409 mutation_gap (the engine renumbers and resends), a body too large 413
// (the engine sends smaller batches). Nothing the user made may be lost on the way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { getMeta, setMeta } from '../../src/client/store/meta';
import { countOutbox } from '../../src/client/store/outbox';
import { mutate } from '../../src/client/actions/mutate';
import { SyncEngine } from '../../src/client/sync/engine';
import type { Result, Transport } from '../../src/client/sync/transport';
import type { PullResponse, PushRequest, PushResponse } from '../../src/shared/protocol';

const me = 'p-anna';

/** A server in memory: applies mutations in order, skips repeats, answers a gap with 409. */
class FakeServer {
  lastMutationId = 0;
  applied: PushRequest['mutations'] = [];
  /** Every push request as received, refused or not. */
  pushes: { ids: number[]; bytes: number; status: number }[] = [];
  /** Answers the next pushes with this status before judging them (e.g. 413). */
  refuseNext: { status: number; times: number } | null = null;

  readonly transport: Pick<Transport, 'push' | 'pull'> = {
    push: async (request: PushRequest): Promise<Result<PushResponse>> => {
      const bytes = JSON.stringify(request).length;
      const record = { ids: request.mutations.map((m) => m.id), bytes, status: 200 };
      this.pushes.push(record);
      if (this.refuseNext && this.refuseNext.times > 0) {
        this.refuseNext.times -= 1;
        record.status = this.refuseNext.status;
        return { ok: false, status: this.refuseNext.status, error: { code: 'payload_too_large', message: 'For stor' } };
      }
      const results: PushResponse['results'] = [];
      for (const mutation of request.mutations) {
        if (mutation.id <= this.lastMutationId) {
          results.push({ id: mutation.id, status: 'skipped' });
          continue;
        }
        if (mutation.id > this.lastMutationId + 1) {
          record.status = 409;
          return { ok: false, status: 409, error: { code: 'mutation_gap', message: 'Hul i rækkefølgen', expected: this.lastMutationId + 1 } };
        }
        this.applied.push(structuredClone(mutation));
        this.lastMutationId = mutation.id;
        results.push({ id: mutation.id, status: 'applied' });
      }
      return { ok: true, value: { lastMutationId: this.lastMutationId, results } };
    },
    pull: async (): Promise<Result<PullResponse>> =>
      ({ ok: true, value: { cursor: `v1.${this.applied.length}`, more: false, reset: false, lastMutationId: this.lastMutationId, changes: [] } }),
  };
}

let store: LocalStore;
let server: FakeServer;
let engine: SyncEngine;
beforeEach(async () => {
  store = await LocalStore.open(`engine-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', me);
  server = new FakeServer();
  engine = new SyncEngine({ store, transport: server.transport as Transport, lock: (task) => task() });
});
afterEach(() => {
  engine.stop();
  store.close();
});

const bios = (mutations: { args: unknown }[]) => mutations.map((m) => (m.args as { bio?: string }).bio);

describe('a 409 mutation_gap', () => {
  it('renumbers the waiting changes from the expected id and sends them again, losing none', async () => {
    for (let i = 1; i <= 4; i++) await mutate(store, 'profile.update', { bio: `tekst ${i}` });
    expect(await engine.sync()).toBe('done');
    expect(await countOutbox(store.idb)).toBe(0);

    // The server is restored from a backup that only knew 1–2; meanwhile three new changes.
    server.lastMutationId = 2;
    server.applied = server.applied.slice(0, 2);
    for (let i = 5; i <= 7; i++) expect(await mutate(store, 'profile.update', { bio: `tekst ${i}` })).toBe(i);
    server.pushes = [];

    expect(await engine.sync()).toBe('done');
    expect(server.pushes.map((p) => [p.ids, p.status])).toEqual([[[5, 6, 7], 409], [[3, 4, 5], 200]]);
    expect(bios(server.applied)).toEqual(['tekst 1', 'tekst 2', 'tekst 5', 'tekst 6', 'tekst 7']);
    expect(server.applied.map((m) => m.id)).toEqual([1, 2, 3, 4, 5]);
    expect(await countOutbox(store.idb)).toBe(0);
    expect(await store.idb.count('rejected')).toBe(0);
    // The next change follows the renumbered ones, so the server takes it without another gap.
    expect(await getMeta(store.idb, 'nextMutationId')).toBe(6);
    await mutate(store, 'profile.update', { bio: 'tekst 8' });
    expect(await engine.sync()).toBe('done');
    expect(server.pushes.at(-1)).toMatchObject({ ids: [6], status: 200 });
    expect(bios(server.applied).at(-1)).toBe('tekst 8');
  });
});

describe('a 413 body too large', () => {
  // Learnings of ~14 kB each: the first batch the engine builds is about 512 kB.
  const learning = (i: number) => ({
    id: crypto.randomUUID(), title: `Læring ${i}`, body: `${i} `.padEnd(10_000, 'x'), application: 'y'.repeat(4000),
    sourceKind: 'course' as const, visibility: 'private' as const,
  });

  it('sends smaller batches and gets every change through, in order, once', async () => {
    const made: string[] = [];
    for (let i = 1; i <= 60; i++) {
      const args = learning(i);
      made.push(args.id);
      await mutate(store, 'learning.create', args);
    }
    server.refuseNext = { status: 413, times: 1 };

    expect(await engine.sync()).toBe('done');
    const [refused, second, ...rest] = server.pushes;
    expect(refused!.status).toBe(413);
    expect(refused!.ids.length).toBeGreaterThan(1);
    // What went second is the start of the same queue, in fewer and smaller pieces.
    expect(second!.status).toBe(200);
    expect(second!.ids.length).toBeLessThan(refused!.ids.length);
    expect(second!.bytes).toBeLessThan(refused!.bytes);
    expect(second!.ids).toEqual(refused!.ids.slice(0, second!.ids.length));
    expect(rest.every((p) => p.status === 200)).toBe(true);
    expect([second!, ...rest].flatMap((p) => p.ids)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(server.applied.map((m) => (m.args as { id: string }).id)).toEqual(made);
    expect(await countOutbox(store.idb)).toBe(0);
  });

  it('stops with an error but keeps a single change that is too large on its own', async () => {
    await mutate(store, 'learning.create', learning(1));
    server.refuseNext = { status: 413, times: 5 };
    expect(await engine.sync()).toBe('error');
    expect(server.pushes.map((p) => [p.ids, p.status])).toEqual([[[1], 413]]);
    expect(await countOutbox(store.idb)).toBe(1);
    expect(server.applied).toEqual([]);
  });
});
