// What the sync engine tells the screens and when it tries again (sync.md): offline,
// error and signed-out states with the server's words, back-off with a Retry-After floor,
// a pause that sends nothing, one debounced sync for many changes, and refused changes
// kept for the user with their reason.
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { countOutbox } from '../../src/client/store/outbox';
import { listRejected } from '../../src/client/store/queries';
import { mutate } from '../../src/client/actions/mutate';
import { SyncEngine, type SyncStatus } from '../../src/client/sync/engine';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { NO_ANSWER, type Result, type Transport } from '../../src/client/sync/transport';
import type { PullResponse, PushRequest, PushResponse } from '../../src/shared/protocol';

type Failure = Extract<Result<never>, { ok: false }>;
const failure = (status: number, code?: string, message = 'Serveren siger nej', extra: Partial<Failure> = {}): Failure =>
  ({ ok: false, status, error: code ? { code, message } : null, ...extra });
const emptyPage = (extra: Partial<PullResponse> = {}): PullResponse =>
  ({ cursor: 'v1.1', more: false, reset: false, lastMutationId: 0, changes: [], ...extra });

/** A server whose next replies the test decides; by default it accepts everything. */
class ScriptedServer {
  pushes: PushRequest[] = [];
  pulls = 0;
  /** The cursor each pull asked from. */
  cursors: (string | undefined)[] = [];
  pushReplies: (Result<PushResponse> | ((request: PushRequest) => Result<PushResponse>))[] = [];
  pullReplies: Result<PullResponse>[] = [];
  readonly transport = {
    push: async (request: PushRequest): Promise<Result<PushResponse>> => {
      this.pushes.push(structuredClone(request));
      const next = this.pushReplies.shift();
      if (typeof next === 'function') return next(request);
      if (next) return next;
      const last = request.mutations.at(-1)?.id ?? 0;
      return { ok: true, value: { lastMutationId: last, results: request.mutations.map((m) => ({ id: m.id, status: 'applied' as const })) } };
    },
    pull: async (_clientId: string, cursor: string | undefined): Promise<Result<PullResponse>> => {
      this.pulls += 1;
      this.cursors.push(cursor);
      return this.pullReplies.shift() ?? { ok: true, value: emptyPage() };
    },
  } as unknown as Transport;
}

/** Fake timeouts only: IndexedDB (fake-indexeddb) runs on setImmediate and must go on. */
const fakeTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

let store: LocalStore;
let server: ScriptedServer;
let engine: SyncEngine;
let dataChanged: Mock<() => void>;
const seen: SyncStatus[] = [];

beforeEach(async () => {
  store = await LocalStore.open(`states-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', 'p-anna');
  server = new ScriptedServer();
  dataChanged = vi.fn<() => void>();
  engine = new SyncEngine({
    store, transport: server.transport, lock: (task) => task(), onDataChanged: dataChanged,
    now: () => new Date('2026-11-28T09:00:00.000Z'),
  });
  seen.length = 0;
});
afterEach(() => {
  engine.stop();
  store.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('what the engine tells the screens', () => {
  it('tells a new listener the status at once, and stops telling it once unsubscribed', async () => {
    const listener = vi.fn((status: SyncStatus) => { seen.push(status); });
    const unsubscribe = engine.subscribe(listener);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(seen[0]).toMatchObject({ state: 'idle', pending: 0, lastSyncAt: null, rejected: 0, lastError: null });
    await mutate(store, 'profile.update', { bio: 'Hej' });
    await engine.refreshStatus();
    expect(seen.at(-1)).toMatchObject({ state: 'idle', pending: 1 });
    unsubscribe();
    const calls = listener.mock.calls.length;
    await engine.refreshStatus();
    expect(listener).toHaveBeenCalledTimes(calls);
  });

  it('goes through syncing to idle, with the time of the last sync', async () => {
    engine.subscribe((status) => { seen.push(status); });
    expect(await engine.sync()).toBe('done');
    expect(seen.map((s) => s.state)).toEqual(['idle', 'syncing', 'idle']);
    expect(engine.status).toMatchObject({ state: 'idle', lastSyncAt: '2026-11-28T09:00:00.000Z', lastError: null });
  });

  it('is offline, without words, when the server does not answer', async () => {
    await mutate(store, 'profile.update', { bio: 'Hej' });
    server.pushReplies = [failure(NO_ANSWER)];
    expect(await engine.sync()).toBe('offline');
    expect(engine.status).toMatchObject({ state: 'offline', pending: 1, lastError: null });
    expect(server.pulls).toBe(0);
  });

  it('shows the server\'s words on an error, and forgets them after the next good sync', async () => {
    server.pullReplies = [failure(503, 'unavailable', 'Prøv igen om lidt')];
    expect(await engine.sync()).toBe('error');
    expect(engine.status).toMatchObject({ state: 'error', lastError: 'Prøv igen om lidt' });
    expect(await engine.sync()).toBe('done');
    expect(engine.status).toMatchObject({ state: 'idle', lastError: null });
  });

  it('shows no words while offline, even after an error that had some', async () => {
    server.pullReplies = [failure(503, 'unavailable', 'Prøv igen om lidt'), failure(NO_ANSWER)];
    expect(await engine.sync()).toBe('error');
    expect(await engine.sync()).toBe('offline');
    expect(engine.status).toMatchObject({ state: 'offline', lastError: null });
  });

  it('shows an error without words when the server gives none', async () => {
    server.pullReplies = [failure(500)];
    expect(await engine.sync()).toBe('error');
    expect(engine.status).toMatchObject({ state: 'error', lastError: null });
  });

  it('waits for a new sign-in on 401, keeping the outbox, and shows no error words', async () => {
    await mutate(store, 'profile.update', { bio: 'Hej' });
    server.pushReplies = [failure(401, 'not_signed_in', 'Log ind igen')];
    expect(await engine.sync()).toBe('signedOut');
    expect(engine.status).toMatchObject({ state: 'signedOut', pending: 1, lastError: null });
  });

  it('waits for the device\'s owner when the device belongs to another person (client_taken)', async () => {
    await mutate(store, 'profile.update', { bio: 'Hej' });
    server.pushReplies = [failure(403, 'client_taken', 'Enheden tilhører en anden')];
    expect(await engine.sync()).toBe('signedOut');
    expect(engine.status).toMatchObject({ state: 'signedOut', lastError: 'Enheden tilhører en anden' });
    // Signed out, it sends nothing until resumed.
    expect(await engine.sync()).toBe('signedOut');
    expect(server.pushes).toHaveLength(1);
  });

  it('does not hide a failed recount while it is running', async () => {
    store.close();
    await expect(engine.refreshStatus()).rejects.toThrow();
  });

  it('survives a recount after the database has closed on sign-out', async () => {
    engine.stop();
    store.close();
    await expect(engine.refreshStatus()).resolves.toBeUndefined();
  });
});

describe('pause and resume', () => {
  it('sends nothing while paused, not even a requested sync, and everything once resumed', async () => {
    await mutate(store, 'profile.update', { bio: 'Hej' });
    engine.pause();
    await engine.refreshStatus();
    expect(engine.status.state).toBe('signedOut');
    expect(await engine.sync()).toBe('signedOut');
    expect(server.pushes).toHaveLength(0);

    expect(await engine.resume()).toBe('done');
    expect(server.pushes).toHaveLength(1);
    expect(engine.status.state).toBe('idle');
    expect(await countOutbox(store.idb)).toBe(1); // sent, and kept until a pull confirms it
  });

  it('neither schedules a requested sync while paused nor runs one requested before', async () => {
    fakeTimers();
    const sync = vi.spyOn(engine, 'sync').mockResolvedValue('done');
    engine.requestSync(300);
    engine.pause();
    engine.requestSync(10);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sync).not.toHaveBeenCalled();
  });

  it('starts the back-off afresh when resumed', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    server.pullReplies = [failure(500), failure(500), failure(500)];
    await engine.sync();
    await engine.sync();
    engine.pause();
    expect(await engine.resume()).toBe('error');
    expect(timeouts.mock.calls.map((call) => Number(call[1] ?? 0)).filter((ms) => ms >= 1000)).toEqual([2000, 4000, 2000]);
  });
});

describe('a requested sync', () => {
  it('runs once, after the delay, however many changes asked for it', async () => {
    fakeTimers();
    const sync = vi.spyOn(engine, 'sync').mockResolvedValue('done');
    engine.requestSync(300);
    await vi.advanceTimersByTimeAsync(200);
    engine.requestSync(300);
    engine.requestSync(300);
    await vi.advanceTimersByTimeAsync(299);
    expect(sync).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(sync).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('waits 300 ms unless told otherwise', async () => {
    fakeTimers();
    const sync = vi.spyOn(engine, 'sync').mockResolvedValue('done');
    engine.requestSync();
    await vi.advanceTimersByTimeAsync(299);
    expect(sync).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('never runs once the engine has stopped', async () => {
    fakeTimers();
    const sync = vi.spyOn(engine, 'sync').mockResolvedValue('done');
    engine.requestSync(300);
    engine.stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sync).not.toHaveBeenCalled();
  });
});

describe('trying again after a failure', () => {
  /** The delays of the retry timers the engine sets (a second or more), in order. */
  function retryDelays() {
    const spy = vi.spyOn(globalThis, 'setTimeout');
    return {
      get list() { return spy.mock.calls.map((call) => Number(call[1] ?? 0)).filter((ms) => ms >= 1000); },
    };
  }

  it('backs off exponentially from about 2 s up to about 5 minutes, with jitter', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5); // no jitter
    const delays = retryDelays();
    for (let i = 0; i < 11; i++) {
      server.pullReplies = [failure(NO_ANSWER)];
      expect(await engine.sync()).toBe('offline');
    }
    expect(delays.list).toEqual([2000, 4000, 8000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000, 300_000]);
  });

  it('spreads retries of many devices between 75 % and 125 % of the step', async () => {
    const delays = retryDelays();
    vi.spyOn(Math, 'random').mockReturnValue(0);
    server.pullReplies = [failure(NO_ANSWER)];
    await engine.sync();
    vi.spyOn(Math, 'random').mockReturnValue(0.999_999);
    server.pullReplies = [failure(NO_ANSWER)];
    await engine.sync();
    expect(delays.list[0]).toBe(1500);
    expect(delays.list[1]).toBeCloseTo(5000, 0);
  });

  it('starts again from 2 s after a sync that worked', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const delays = retryDelays();
    for (const reply of [failure(500), failure(500), null, failure(500)]) {
      server.pullReplies = reply ? [reply] : [];
      await engine.sync();
    }
    expect(delays.list).toEqual([2000, 4000, 2000]);
  });

  it('waits at least as long as the server asked, once', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const delays = retryDelays();
    server.pullReplies = [failure(429, 'rate_limited', 'Vent lidt', { retryAfterSeconds: 30 }), failure(500)];
    await engine.sync();
    await engine.sync();
    expect(delays.list).toEqual([30_000, 4000]);
  });

  it('does not try again by itself when signed out', async () => {
    const delays = retryDelays();
    server.pullReplies = [failure(401)];
    expect(await engine.sync()).toBe('signedOut');
    expect(delays.list).toEqual([]);
  });

  it('tries again by itself when the timer fires, and not once stopped', async () => {
    fakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    server.pullReplies = [failure(NO_ANSWER), failure(NO_ANSWER)];
    expect(await engine.sync()).toBe('offline');
    const sync = vi.spyOn(engine, 'sync').mockResolvedValue('done');
    await vi.advanceTimersByTimeAsync(1999);
    expect(sync).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(sync).toHaveBeenCalledTimes(1);

    sync.mockRestore();
    expect(await engine.sync()).toBe('offline');
    const again = vi.spyOn(engine, 'sync').mockResolvedValue('done');
    engine.stop();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(again).not.toHaveBeenCalled();
  });
});

describe('pushing', () => {
  it('keeps refused changes for the user with the server\'s reason and the time, and tells the screens', async () => {
    await mutate(store, 'competence.set', { competenceId: 'demens', level: 2, canHelp: true });
    await mutate(store, 'profile.update', { bio: 'Hej' });
    await mutate(store, 'profile.update', { bio: 'Igen' });
    server.pushReplies = [{
      ok: true,
      value: {
        lastMutationId: 3,
        results: [
          { id: 1, status: 'rejected', error: { code: 'competence_not_found', message: 'Kompetencen findes ikke' } },
          { id: 2, status: 'applied' },
          { id: 3, status: 'rejected' } as PushResponse['results'][number],
        ],
      },
    }];
    server.pullReplies = [{ ok: true, value: emptyPage({ lastMutationId: 3 }) }];
    expect(await engine.sync()).toBe('done');
    const rejected = (await listRejected(store)).sort((a, b) => a.id - b.id);
    expect(rejected).toEqual([
      { id: 1, name: 'competence.set', args: { competenceId: 'demens', level: 2, canHelp: true }, code: 'competence_not_found', message: 'Kompetencen findes ikke', at: '2026-11-28T09:00:00.000Z' },
      { id: 3, name: 'profile.update', args: { bio: 'Igen' }, code: 'unknown', message: '', at: '2026-11-28T09:00:00.000Z' },
    ]);
    expect(engine.status).toMatchObject({ rejected: 2, pending: 0 });
    expect(dataChanged).toHaveBeenCalled();
  });

  it('does not bother the screens when everything was accepted and nothing came back', async () => {
    await mutate(store, 'profile.update', { bio: 'Hej' });
    expect(await engine.sync()).toBe('done');
    expect(dataChanged).not.toHaveBeenCalled();
  });

  it('gives up with an error on a 409 that does not say which id the server expects', async () => {
    await mutate(store, 'profile.update', { bio: 'Hej' });
    server.pushReplies = [failure(409, 'conflict', 'Noget andet')];
    expect(await engine.sync()).toBe('error');
    expect(server.pushes).toHaveLength(1);
    expect(await countOutbox(store.idb)).toBe(1);
  });

  it('sends ever smaller batches while the server says 413, and stops when a single change is too large', async () => {
    // 40 changes of about 600 bytes, and a server that refuses every size.
    for (let i = 0; i < 40; i++) await mutate(store, 'profile.update', { bio: `${i} `.padEnd(600, 'x') });
    server.pushReplies = Array.from({ length: 30 }, () => failure(413, 'payload_too_large', 'For stor'));
    expect(await engine.sync()).toBe('error');
    const sizes = server.pushes.map((p) => p.mutations.length);
    expect(sizes[0]).toBe(40);
    expect(sizes.every((n, i) => i === 0 || n <= sizes[i - 1]!)).toBe(true);
    // The budget halves each time: batches in between, not straight down to single changes.
    expect(sizes.filter((n) => n > 1 && n < 40).length).toBeGreaterThanOrEqual(2);
    // Down to one change, refused on its own: then it stops rather than ask again.
    expect(sizes.at(-1)).toBe(1);
    expect(sizes.filter((n) => n === 1)).toHaveLength(1);
    expect(engine.status).toMatchObject({ state: 'error', lastError: 'For stor', pending: 40 });
  });
});

describe('pulling', () => {
  it('tells the screens once per sync, not per page, when rows arrived', async () => {
    const change = { type: 'area' as const, op: 'put' as const, id: 'a1', value: { id: 'a1', name: 'Ældre' } };
    server.pullReplies = [
      { ok: true, value: emptyPage({ more: true, changes: [change], cursor: 'v1.2' }) },
      { ok: true, value: emptyPage({ more: true, cursor: 'v1.3' }) },
      { ok: true, value: emptyPage({ cursor: 'v1.4' }) },
    ];
    expect(await engine.sync()).toBe('done');
    expect(server.pulls).toBe(3);
    expect(dataChanged).toHaveBeenCalledTimes(1);
    expect(store.get('area', 'a1')).toEqual(change.value);
  });

  it('goes on from the cursor of the last page, in this sync and the next', async () => {
    server.pullReplies = [
      { ok: true, value: emptyPage({ more: true, cursor: 'v1.a' }) },
      { ok: true, value: emptyPage({ cursor: 'v1.b' }) },
    ];
    expect(await engine.sync()).toBe('done');
    server.pullReplies = [{ ok: true, value: emptyPage({ cursor: 'v1.c' }) }];
    expect(await engine.sync()).toBe('done');
    expect(server.cursors).toEqual([undefined, 'v1.a', 'v1.b']);
  });

  it('does not count a pull cut off after its first page as a sync', async () => {
    server.pullReplies = [{ ok: true, value: emptyPage({ more: true, cursor: 'v1.a' }) }, failure(NO_ANSWER)];
    expect(await engine.sync()).toBe('offline');
    expect(engine.status.lastSyncAt).toBeNull();
  });

  it('tells the screens when it compacted the log, so that other tabs read it again', async () => {
    // 64 records more than the one-chunk snapshot of these few rows: the mark for compacting.
    for (let i = 0; i < 65; i++) {
      await applyPullPage(store, emptyPage({ changes: [{ type: 'area', op: 'put', id: 'a1', value: { id: 'a1', name: `${i}` } }] }), new Date().toISOString());
    }
    expect(await engine.sync()).toBe('done');
    expect(await store.idb.count('log')).toBe(1);
    expect(dataChanged).toHaveBeenCalledTimes(1);
  });

  it('tells the screens after a reset even when it brought no rows', async () => {
    server.pullReplies = [{ ok: true, value: emptyPage({ reset: true }) }];
    expect(await engine.sync()).toBe('done');
    expect(dataChanged).toHaveBeenCalledTimes(1);
  });

  it('tells the screens when a failure stops a pull that had already brought rows', async () => {
    const change = { type: 'area' as const, op: 'put' as const, id: 'a1', value: { id: 'a1', name: 'Ældre' } };
    server.pullReplies = [{ ok: true, value: emptyPage({ more: true, changes: [change], cursor: 'v1.2' }) }, failure(NO_ANSWER)];
    expect(await engine.sync()).toBe('offline');
    expect(dataChanged).toHaveBeenCalledTimes(1);
  });

  it('does not bother the screens when there was nothing new', async () => {
    expect(await engine.sync()).toBe('done');
    expect(dataChanged).not.toHaveBeenCalled();
  });
});
