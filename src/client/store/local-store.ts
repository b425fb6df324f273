// The device's data as the app sees it: the synced rows in memory (from the log in
// IndexedDB) with the overlay of pending changes on top. Other tabs write the same
// database; `refresh` takes in what they added.
import type { EntityOf, EntityType } from '../../shared/entities';
import type { Change } from '../../shared/protocol';
import { openStore, DEFAULT_DB_NAME, type StoreDb } from './open';
import type { LogRecord, OverlayEntry } from './schema';
import { SyncedState } from './synced-state';
import { overlayKey, OverlayWriter, type BaseReader } from './optimistic';
import { localWriteTx, writeTx, type WriteTx } from './tx';
import { getMetaIn, setMetaIn } from './meta';
import { afterUrgentWork } from '../give-way';

/** Compact the log into snapshot chunks once it has this many records more than a snapshot. */
const COMPACT_AT_RECORDS = 64;
// Small enough that reading one chunk back at start is a short task on a slow phone.
const CHUNK_SIZE = 1000;

/** Told what the synced rows just took in; `reset` means: forget what you knew, read all again. */
export type SyncedListener = (event: { reset: true } | { reset: false; changes: readonly Change[] }) => void;

export class LocalStore {
  readonly synced = new SyncedState();
  private readonly listeners = new Set<SyncedListener>();
  private overlay = new Map<string, OverlayEntry>();
  private lastLogKey = 0;
  private generation = 0;
  private logRead: Promise<void> = Promise.resolve();
  private logReadDone = true;
  private closed = false;

  private constructor(readonly idb: StoreDb, readonly name: string) {}

  /**
   * Opens the device database with every synced row in memory. `readLogLater`: resolves once
   * the pending changes are read, and reads the log (the synced rows: seconds on a slow phone
   * in a big municipality) after that, in the background. A screen can then be drawn, and a
   * change that needs no synced row (a sign-up from a poster) made, before the rows are in.
   * `loaded` says when they are; the log read ends with a `reset` to the listeners.
   */
  static async open(name = DEFAULT_DB_NAME, { readLogLater = false } = {}): Promise<LocalStore> {
    const store = new LocalStore(await openStore(name), name);
    const generation = await store.readOverlay();
    store.logReadDone = false;
    store.logRead = store.readWholeLog(generation)
      // Closed meanwhile (signed out, handed over): nobody reads these rows any more.
      .catch((error: unknown) => { if (!store.closed) throw error; })
      .finally(() => { store.logReadDone = true; });
    if (!readLogLater) await store.logRead;
    return store;
  }

  /** True once the synced rows are all in memory (see `open`). */
  get isLoaded(): boolean {
    return this.logReadDone;
  }

  /** Resolves once the synced rows are all in memory. */
  loaded(): Promise<void> {
    return this.logRead;
  }

  // ---- reads ----

  get<T extends EntityType>(type: T, id: string): EntityOf<T> | undefined {
    const entry = this.overlay.get(overlayKey(type, id));
    if (entry) return (entry.value ?? undefined) as EntityOf<T> | undefined;
    return this.synced.get(type, id);
  }

  all<T extends EntityType>(type: T): EntityOf<T>[] {
    const pending = [...this.overlay.values()].filter((entry) => entry.type === type);
    // The usual case, and the cheap one at 200,000 rows: nothing pending of this type.
    if (pending.length === 0) return this.synced.all(type);
    const rows = new Map(this.synced.all(type).map((row) => [row.id, row]));
    for (const entry of pending) {
      if (entry.value) rows.set(entry.id, entry.value as EntityOf<T>);
      else rows.delete(entry.id);
    }
    return [...rows.values()];
  }

  /** A person's rows of a per-person type (competences, memberships, sign-ups). */
  ofPerson<T extends 'personCompetence' | 'membership' | 'signup'>(type: T, personId: string): EntityOf<T>[] {
    const ids = new Set(this.synced.idsOfPerson(type, personId));
    for (const entry of this.overlay.values()) if (entry.type === type) ids.add(entry.id);
    return [...ids].flatMap((id) => {
      const row = this.get(type, id);
      return row && (row as { personId: string }).personId === personId ? [row] : [];
    });
  }

  isPending(type: EntityType, id: string): boolean {
    return this.overlay.has(overlayKey(type, id));
  }

  /** Pending local rows, e.g. for a search index to show them too. */
  overlayEntries(): OverlayEntry[] {
    return [...this.overlay.values()];
  }

  onSynced(listener: SyncedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: Parameters<SyncedListener>[0]): void {
    for (const listener of this.listeners) listener(event);
  }

  // ---- writes ----

  /**
   * A local change: `write` runs in one transaction with whatever else the caller adds (the
   * outbox entry). `readsRows: false` says that `write` reads no synced row: it then need not
   * wait for the log to be read (`open`), and its transaction leaves the log out, so the log
   * read does not hold it up either.
   */
  async commitLocal<T>(write: (tx: WriteTx, overlay: OverlayWriter) => Promise<T>, { readsRows = true } = {}): Promise<T> {
    if (readsRows) await this.logRead;
    const tx = localWriteTx(this.idb);
    // Reads go to the overlay as it is when they happen, not as it was when this began.
    const writer = new OverlayWriter(tx, { get: (key) => this.overlay.get(key) }, (type, id) => this.synced.get(type, id));
    const result = await write(tx, writer);
    await Promise.all([...writer.requests, tx.done]);
    for (const [key, entry] of writer.written) this.overlay.set(key, entry);
    return result;
  }

  /**
   * A pulled page: appended to the log, then `replay` rebuilds the overlay from what
   * is still pending, reading the synced rows as they are after this page.
   */
  async commitPage(
    changes: Change[],
    reset: boolean,
    replay: (tx: WriteTx, overlay: OverlayWriter) => Promise<void>,
  ): Promise<void> {
    await this.logRead;
    const tx = writeTx(this.idb);
    await this.catchUpIn(tx);
    const log = tx.objectStore('log');
    if (reset) {
      await log.clear();
      await setMetaIn(tx, 'logGeneration', this.generation + 1);
    }
    // In records of at most CHUNK_SIZE changes, like the compacted log: read back one at a time.
    let key: number | null = null;
    for (let start = 0; start < changes.length; start += CHUNK_SIZE) key = await log.add({ changes: changes.slice(start, start + CHUNK_SIZE) });
    await tx.objectStore('overlay').clear();
    const page = new Map(changes.map((c) => [overlayKey(c.type, c.id), c]));
    const base: BaseReader = (type, id) => {
      const change = page.get(overlayKey(type, id));
      if (change) return change.op === 'put' ? change.value : undefined;
      return reset ? undefined : this.synced.get(type, id);
    };
    const writer = new OverlayWriter(tx, { get: () => undefined }, base);
    await replay(tx, writer);
    await Promise.all([...writer.requests, tx.done]);

    if (reset) {
      this.synced.clear();
      this.generation += 1;
    }
    this.synced.apply(changes);
    if (key !== null) this.lastLogKey = key;
    this.overlay = new Map(writer.written);
    this.emit(reset ? { reset: true } : { reset: false, changes });
  }

  /** Takes in what other tabs wrote since we last looked, in one consistent read. */
  async refresh(): Promise<void> {
    await this.logRead;
    await this.refreshNow();
  }

  private async refreshNow(): Promise<void> {
    const tx = this.idb.transaction(['log', 'overlay', 'meta'], 'readonly');
    const generation = ((await tx.objectStore('meta').get('logGeneration')) as number | undefined) ?? 0;
    await this.readLog(tx.objectStore('log'), generation);
    this.overlay = new Map((await tx.objectStore('overlay').getAll()).map((entry) => [entry.key, entry]));
    await tx.done;
  }

  /** Rebuilds the in-memory copy from the database. */
  async reload(): Promise<void> {
    await this.logRead;
    this.generation = -1;
    await this.refreshNow();
  }

  /** The pending changes, and which log they lie on (read before the log itself). */
  private async readOverlay(): Promise<number> {
    const tx = this.idb.transaction(['overlay', 'meta'], 'readonly');
    const [generation, overlay] = await Promise.all([tx.objectStore('meta').get('logGeneration'), tx.objectStore('overlay').getAll()]);
    this.overlay = new Map(overlay.map((entry) => [entry.key, entry]));
    await tx.done;
    // -1: no log read yet; the log read below counts as a replaced log (a reset to the listeners).
    this.generation = -1;
    return (generation as number | undefined) ?? 0;
  }

  /**
   * The log at start, each record in a read of its own, asked for only when the app has
   * nothing more urgent to do (a background task): what the first screen and a first tap
   * need from the database is answered in between, never after the whole log. The log is
   * only ever appended to, or replaced under a new generation; so the last step, one
   * consistent read, takes in what another tab added meanwhile, or reads all again if it
   * replaced the log.
   */
  private async readWholeLog(generation: number): Promise<void> {
    const inBackground: LogReader = {
      getAllKeys: (range) => this.idb.getAllKeys('log', range),
      get: async (key) => {
        await afterUrgentWork();
        return this.idb.get('log', key);
      },
    };
    // Nothing read yet (readOverlay): a replaced log to readLog, told as a reset.
    await this.readLog(inBackground, generation);
    await this.refreshNow();
  }

  /**
   * Rewrites a long log as snapshot chunks of the current rows: once it holds
   * COMPACT_AT_RECORDS records more than that snapshot would (a big municipality's snapshot
   * alone is dozens of chunks, and must not count as a long log each time it is written).
   */
  async compactIfNeeded(): Promise<boolean> {
    await this.logRead;
    const snapshotRecords = Math.ceil(this.synced.size / CHUNK_SIZE);
    if ((await this.idb.count('log')) < snapshotRecords + COMPACT_AT_RECORDS) return false;
    const tx = writeTx(this.idb);
    await this.catchUpIn(tx);
    const log = tx.objectStore('log');
    await log.clear();
    let chunk: Change[] = [];
    let key = 0;
    for (const change of this.synced.asChanges()) {
      chunk.push(change);
      if (chunk.length === CHUNK_SIZE) {
        key = await log.add({ changes: chunk });
        chunk = [];
      }
    }
    if (chunk.length > 0) key = await log.add({ changes: chunk });
    const generation = ((await getMetaIn(tx, 'logGeneration')) ?? 0) + 1;
    await setMetaIn(tx, 'logGeneration', generation);
    await tx.done;
    this.generation = generation;
    this.lastLogKey = key;
    return true;
  }

  close(): void {
    this.closed = true;
    this.idb.close();
  }

  /** Inside a write transaction no other tab can append: take in what they did before it. */
  private async catchUpIn(tx: WriteTx): Promise<void> {
    await this.readLog(tx.objectStore('log'), (await getMetaIn(tx, 'logGeneration')) ?? 0);
  }

  /** Applies the log records after the last one seen; all of them when the log was replaced. */
  private async readLog(log: LogReader, generation: number): Promise<void> {
    const replaced = generation !== this.generation;
    if (replaced) {
      this.synced.clear();
      this.lastLogKey = 0;
      this.generation = generation;
    }
    const range = IDBKeyRange.lowerBound(this.lastLogKey, true);
    const keys = await log.getAllKeys(range);
    // One record at a time, each unpacked and applied in a task of its own, never the whole
    // log in one long task. And one request at a time: the browser answers requests in the
    // order they finish, so with every record asked for at once, the app's other reads and
    // writes (its first screen, a tap on "Tilmeld") would wait behind all of them.
    const read: Change[] = [];
    for (const key of keys) {
      const record = await log.get(key);
      if (!record) continue;
      this.synced.apply(record.changes);
      if (!replaced) read.push(...record.changes);
    }
    if (keys.length > 0) this.lastLogKey = keys.at(-1)!;
    if (replaced) this.emit({ reset: true });
    else if (read.length > 0) this.emit({ reset: false, changes: read });
  }
}

interface LogReader {
  get(key: number): Promise<LogRecord | undefined>;
  getAllKeys(range: IDBKeyRange): Promise<number[]>;
}
