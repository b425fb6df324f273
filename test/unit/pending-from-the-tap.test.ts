// A change counts as pending from the moment it is asked for, not only once its outbox
// entry is committed to IndexedDB: between a tap and the commit, the sync status never
// says that everything is sent (which a test, or a person, would take as "synced"), and a
// sign-out's warning counts it.
import { afterEach, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/client/runtime';
import { SyncEngine } from '../../src/client/sync/engine';
import type { LocalStore } from '../../src/client/store/local-store';
import type { Transport } from '../../src/client/sync/transport';

const anna = {
  id: 'p-anna', name: 'Anna', email: 'anna@fjordby.example', title: 'SSH', phone: '11223344', phoneHidden: false,
  bio: '', unitId: 'u1', roles: ['employee'], knowledgeSharer: false,
};

/** Signed in as Anna; the server takes no sync (nothing leaves the outbox in these tests). */
const fetchImpl: typeof fetch = async (input) => {
  const path = new URL(String(input)).pathname;
  const [status, body] = path === '/api/me' ? [200, { person: anna }] : [503, { error: { code: 'internal', message: 'Optaget' } }];
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
};

let runtime: Runtime | undefined;
afterEach(() => runtime?.close());

async function start(): Promise<{ runtime: Runtime; seen: number[] }> {
  runtime = await createRuntime({ dbName: `tap-${crypto.randomUUID()}`, baseUrl: 'http://phone.test', fetch: fetchImpl });
  await runtime.engine.refreshStatus();
  const seen: number[] = [];
  runtime.engine.subscribe((status) => seen.push(status.pending));
  return { runtime, seen };
}

describe('the pending count', () => {
  it('includes a change at once, before mutate() resolves, and never falls to 0 while it is written', async () => {
    const { runtime, seen } = await start();
    expect(runtime.engine.status.pending).toBe(0);
    seen.length = 0;

    let resolved = false;
    const done = runtime.mutate('profile.update', { bio: 'Skrevet i trappeopgangen' }).then(() => { resolved = true; });
    // Synchronously after the call: the commit to IndexedDB has not happened yet.
    expect(runtime.engine.status.pending).toBeGreaterThanOrEqual(1);
    expect(await runtime.pendingCount()).toBe(0);
    expect(resolved).toBe(false);
    await done;

    await expect.poll(() => runtime.engine.status.pending).toBe(1);
    expect(await runtime.pendingCount()).toBe(1);
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(1);
  });
});

describe('what a sign-out would leave behind', () => {
  it('counts a change still being written when "Log ud" is tapped, once it is written', async () => {
    const { runtime } = await start();
    // "Gem", and the change's writing held (on a slow phone its code is still loading).
    const gate = deferred<void>();
    const saving = runtime.engine.track(async () => {
      await gate.promise;
      return runtime.mutate('profile.update', { bio: 'Skrevet lige før log ud' });
    });
    let left: { changes: number; drafts: number } | null = null;
    const asking = runtime.leftBehind().then((counted) => { left = counted; });
    await new Promise((done) => setTimeout(done, 20));
    expect(left, 'counted before the change was written').toBeNull();
    gate.resolve();
    await Promise.all([saving, asking]);
    expect(left).toEqual({ changes: 1, drafts: 0 });
  });
});

/** A promise settled from outside, to order the steps exactly. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => { resolve = done; });
  return { promise, resolve };
}

describe('recounting around a change being written', () => {
  /** An engine over a device whose outbox counts answer only when the test says so. */
  function engineWithSlowCounts() {
    const counts: { resolve: (n: number) => void }[] = [];
    const idb = {
      count: (store: string) => {
        if (store !== 'outbox') return Promise.resolve(0);
        const answer = deferred<number>();
        counts.push(answer);
        return answer.promise;
      },
      get: () => Promise.resolve(undefined),
    };
    const engine = new SyncEngine({ store: { idb } as unknown as LocalStore, transport: {} as Transport });
    const seen: number[] = [];
    engine.subscribe((status) => seen.push(status.pending));
    return { engine, counts, seen };
  }
  const settle = () => new Promise((done) => setTimeout(done, 0));

  it('counts a change that landed while an older count was read, and never shows 0 for it', async () => {
    const { engine, counts, seen } = engineWithSlowCounts();
    const older = engine.refreshStatus();
    const written = deferred<void>();
    const change = engine.track(() => written.promise);
    expect(engine.status.pending).toBe(1);

    written.resolve();
    await change;
    await settle();
    // The older count was read before the commit (0); the recount the landing began reads 1.
    expect(counts).toHaveLength(2);
    counts[0]?.resolve(0);
    await older;
    expect(engine.status.pending).toBe(1);
    counts[1]?.resolve(1);
    await settle();
    expect(engine.status.pending).toBe(1);
    expect(seen.slice(1)).not.toContain(0);
  });

  it('does not let an older count that finishes last overwrite a newer one', async () => {
    const { engine, counts } = engineWithSlowCounts();
    const older = engine.refreshStatus();
    const written = deferred<void>();
    const change = engine.track(() => written.promise);
    written.resolve();
    await change;
    await settle();
    counts[1]?.resolve(1);
    await settle();
    expect(engine.status.pending).toBe(1);
    // Read before the commit, it would say 0 (or, with the landing added, count the change twice).
    counts[0]?.resolve(1);
    await older;
    expect(engine.status.pending).toBe(1);
  });
});
