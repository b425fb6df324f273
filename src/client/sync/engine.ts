// The sync engine: push the outbox, then pull until the server has nothing more,
// with back-off on failure and a pause (never a loss) when the session has ended.
import { MAX_MUTATIONS_PER_PUSH } from '../../shared/protocol/limits';
import type { LocalStore } from '../store/local-store';
import type { RejectedEntry } from '../store/schema';
import { ensureClientId, getMeta } from '../store/meta';
import { countOutbox, readUnsent, renumberOutbox, settleOutbox } from '../store/outbox';
import { createSyncLock, type RunExclusive } from './lock';
import { NO_ANSWER, type Transport } from './transport';

/**
 * Changes a pull page asks for. Each page is parsed, written and applied on the main thread:
 * 2,000 keeps each of those steps short on a slow phone (at 50,000 people, 4× CPU: 14 tasks
 * over 50 ms and none over 200 ms, against 52 and 253 ms with 5,000), for a first sync about
 * 15 % longer (npm run bench, PARTS=mainthread,browser).
 */
export const PULL_PAGE_SIZE = 2000;
/** Well under the server's 1 MiB body limit, even with long learning texts. */
const PUSH_MAX_BYTES = 512 * 1024;

/** How often, at most, a first sync lets the screens show what has arrived so far. */
const FIRST_SYNC_REFRESH_MS = 1000;

export type SyncState = 'idle' | 'syncing' | 'offline' | 'error' | 'signedOut';

/**
 * A pull of several pages under way. The server does not say how much is left (the pull
 * reply only says `more`), so this counts what has arrived.
 */
export interface PullProgress {
  /** From the beginning (first sync, or the server's reset): the device has little to show yet. */
  fromScratch: boolean;
  /** Colleagues (person rows) received so far in this pull. */
  people: number;
  /** Rows of any kind received so far in this pull. */
  changes: number;
  pages: number;
}

export interface SyncStatus {
  state: SyncState;
  pending: number;
  lastSyncAt: string | null;
  /** How many refused changes the user has not dismissed. */
  rejected: number;
  /** The server's words when syncing fails for a reason other than the network. */
  lastError: string | null;
  /** Set while a pull of more than one page is under way. */
  progress: PullProgress | null;
}
export type SyncOutcome = 'done' | 'offline' | 'signedOut' | 'error';

export interface EngineOptions {
  store: LocalStore;
  transport: Transport;
  lock?: RunExclusive;
  /** Told after every change to the device database the engine made. */
  onDataChanged?: () => void;
  /** During a first sync, how often (at most) to tell of what has arrived so far. */
  firstSyncRefreshMs?: number;
  now?: () => Date;
}

export class SyncEngine {
  private readonly lock: RunExclusive;
  private listeners = new Set<(status: SyncStatus) => void>();
  private state: SyncState = 'idle';
  private failures = 0;
  private stopped = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private statusCache: SyncStatus = { state: 'idle', pending: 0, lastSyncAt: null, rejected: 0, lastError: null, progress: null };
  private lastError: string | null = null;
  private progress: PullProgress | null = null;
  /** How long the server asked us to wait before the next try (429 Retry-After). */
  private retryAfterMs = 0;
  /** Changes called for and not yet committed to the outbox: pending from the tap on. */
  private inFlight = 0;
  private settledWaiters: (() => void)[] = [];
  /** How many of those have ended (committed or failed) so far. */
  private landed = 0;
  /** Recounts begun, and the latest one shown: an older one finishing late is not shown. */
  private recounts = 0;
  private shownRecount = 0;

  constructor(private readonly options: EngineOptions) {
    this.lock = options.lock ?? createSyncLock();
  }

  get status(): SyncStatus {
    return this.statusCache;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.statusCache);
    return () => this.listeners.delete(listener);
  }

  /** Recounts pending and refused changes, e.g. after a local change. */
  async refreshStatus(): Promise<void> {
    const db = this.options.store.idb;
    const recount = ++this.recounts;
    const landedBefore = this.landed;
    const state = this.state;
    let outbox: number;
    let lastSyncAt: string | undefined;
    let rejected: number;
    try {
      [outbox, lastSyncAt, rejected] = await Promise.all([countOutbox(db), getMeta(db, 'lastSyncAt'), db.count('rejected')]);
    } catch (error) {
      // The database closes on sign-out while a recount may still be under way.
      if (this.stopped) return;
      throw error;
    }
    if (recount < this.shownRecount) return;
    this.shownRecount = recount;
    this.statusCache = {
      state,
      // A change that landed while this count was read may be missing from it: counted
      // once more rather than not at all (the recount its landing starts makes it exact).
      pending: outbox + this.inFlight + (this.landed - landedBefore),
      lastSyncAt: lastSyncAt ?? null,
      rejected,
      lastError: state === 'error' || state === 'signedOut' ? this.lastError : null,
      progress: this.progress,
    };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.statusCache);
  }

  /**
   * Counts `write` (a change on its way into the outbox, actions/mutate.ts) as pending at
   * once, before its IndexedDB commit: a tap is never followed by "Alt er sendt" while its
   * change is still being written.
   */
  async track<T>(write: () => Promise<T>): Promise<T> {
    this.inFlight += 1;
    this.statusCache = { ...this.statusCache, pending: this.statusCache.pending + 1 };
    this.emit();
    try {
      return await write();
    } finally {
      this.inFlight -= 1;
      this.landed += 1;
      if (this.inFlight === 0) for (const settled of this.settledWaiters.splice(0)) settled();
      void this.refreshStatus();
    }
  }

  /**
   * Resolves when no change is on its way into the outbox: a count of the outbox after it
   * holds every change asked for so far (the sign-out warning counts after it, so a tap on
   * "Log ud" right after "Gem" still warns about that change).
   */
  writesSettled(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private async setState(state: SyncState): Promise<void> {
    this.state = state;
    await this.refreshStatus();
  }

  /**
   * Stops sending until `resume`: another person is signing in on this device, and the
   * outbox here is not theirs.
   */
  pause(): void {
    clearTimeout(this.retryTimer);
    clearTimeout(this.debounceTimer);
    this.state = 'signedOut';
    void this.refreshStatus();
  }

  /** After a sign-in following a 401: the outbox was kept, now it goes. */
  resume(): Promise<SyncOutcome> {
    this.failures = 0;
    this.state = 'idle';
    return this.sync();
  }

  /** Sync soon, once, however many changes arrive meanwhile. */
  requestSync(delayMs = 300): void {
    if (this.state === 'signedOut') return;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.sync(), delayMs);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.debounceTimer);
  }

  sync(): Promise<SyncOutcome> {
    if (this.state === 'signedOut') return Promise.resolve('signedOut');
    return this.lock(async () => {
      clearTimeout(this.retryTimer);
      await this.setState('syncing');
      const started = performance.now();
      const outcome = await this.pushThenPull();
      performance.measure(`videnbro:sync:${outcome}`, { start: started, end: performance.now() });
      if (outcome === 'done') this.failures = 0;
      else if (outcome !== 'signedOut') this.scheduleRetry();
      await this.setState(outcome === 'done' ? 'idle' : outcome);
      return outcome;
    });
  }

  private scheduleRetry(): void {
    this.failures += 1;
    // Exponential back-off with jitter, 2 s up to 5 minutes; never sooner than the
    // server asked for (429 Retry-After).
    const backOff = Math.min(300_000, 2000 * 2 ** Math.min(this.failures - 1, 8)) * (0.75 + Math.random() / 2);
    const delay = Math.max(backOff, this.retryAfterMs);
    this.retryAfterMs = 0;
    this.retryTimer = setTimeout(() => void this.sync(), delay);
  }

  private failureOf(reply: { status: number; error: { code: string; message: string } | null; retryAfterSeconds?: number }): SyncOutcome {
    this.retryAfterMs = (reply.retryAfterSeconds ?? 0) * 1000;
    // 401, or (403 client_taken) a session of someone other than the owner of this
    // device's outbox: wait for the right person to sign in, keep everything.
    if (reply.status === 401 || reply.error?.code === 'client_taken') {
      this.lastError = reply.status === 401 ? null : reply.error?.message ?? null;
      return 'signedOut';
    }
    if (reply.status === NO_ANSWER) return 'offline';
    this.lastError = reply.error?.message ?? null;
    return 'error';
  }

  private async pushThenPull(): Promise<SyncOutcome> {
    const pushed = await this.pushAll();
    if (pushed !== 'done') return pushed;
    return this.pullAll();
  }

  private async pushAll(): Promise<SyncOutcome> {
    const { transport } = this.options;
    const db = this.options.store.idb;
    const clientId = await ensureClientId(db);
    let maxBytes = PUSH_MAX_BYTES;
    for (let round = 0; round < 1000; round++) {
      const batch = await readUnsent(db, MAX_MUTATIONS_PER_PUSH, maxBytes);
      if (batch.length === 0) return 'done';
      const reply = await transport.push({
        clientId,
        mutations: batch.map(({ id, name, args }) => ({ id, name, args })),
      });
      if (!reply.ok) {
        const expected = reply.error?.code === 'mutation_gap' ? reply.error.expected : undefined;
        if (reply.status === 409 && expected !== undefined) {
          await renumberOutbox(db, expected);
          continue;
        }
        if (reply.status === 413 && batch.length > 1) {
          // Too large for the server: send smaller batches rather than stall the queue.
          maxBytes = Math.max(1024, Math.floor(maxBytes / 2));
          continue;
        }
        return this.failureOf(reply);
      }
      const at = (this.options.now?.() ?? new Date()).toISOString();
      const byId = new Map(batch.map((entry) => [entry.id, entry]));
      const rejected: RejectedEntry[] = reply.value.results.flatMap((result) => {
        const entry = byId.get(result.id);
        return result.status === 'rejected' && entry
          ? [{ id: entry.id, name: entry.name, args: entry.args, code: result.error?.code ?? 'unknown', message: result.error?.message ?? '', at }]
          : [];
      });
      await settleOutbox(db, reply.value.lastMutationId, rejected);
      if (rejected.length > 0) this.options.onDataChanged?.();
    }
    return 'error';
  }

  private async pullAll(): Promise<SyncOutcome> {
    const { store, transport } = this.options;
    const clientId = await ensureClientId(store.idb);
    let changed = false;
    let fromScratch = (await getMeta(store.idb, 'cursor')) === undefined;
    const progress = { people: 0, changes: 0, pages: 0 };
    let shownAt = performance.now();
    try {
      for (let page = 0; page < 10_000; page++) {
        const cursor = await getMeta(store.idb, 'cursor');
        const reply = await transport.pull(clientId, cursor, PULL_PAGE_SIZE);
        if (!reply.ok) return this.failureOf(reply);
        // Loaded with the first page, not with the first paint.
        const { applyPullPage } = await import('./apply-pull');
        await applyPullPage(store, reply.value, (this.options.now?.() ?? new Date()).toISOString());
        changed ||= reply.value.changes.length > 0 || reply.value.reset;
        if (!reply.value.more) {
          if (await store.compactIfNeeded()) changed = true;
          return 'done';
        }
        fromScratch ||= reply.value.reset;
        progress.pages += 1;
        progress.changes += reply.value.changes.length;
        for (const change of reply.value.changes) if (change.type === 'person' && change.op === 'put') progress.people += 1;
        this.progress = { fromScratch, ...progress };
        await this.refreshStatus();
        // Screens and other tabs read again once per sync, not per page; but on a first
        // sync the user may already search what has arrived.
        if (fromScratch && changed && performance.now() - shownAt >= (this.options.firstSyncRefreshMs ?? FIRST_SYNC_REFRESH_MS)) {
          shownAt = performance.now();
          this.options.onDataChanged?.();
        }
      }
      return 'error';
    } finally {
      this.progress = null;
      if (changed) this.options.onDataChanged?.();
    }
  }
}
