// Everything the app needs at run time, made once: the device database, the transport,
// the sync engine, the change feed, and the signed-in person.
import type { MutationArgs, MutationName } from '../shared/protocol';
import type { Person } from '../shared/entities';
import { openStore, destroyStore, DEFAULT_DB_NAME, type StoreDb } from './store/open';
import { getMeta, setMeta } from './store/meta';
import { countOutbox } from './store/outbox';
import { createTransport, type Transport } from './sync/transport';
import { SyncEngine } from './sync/engine';
import { createChangeFeed, type ChangeFeed } from './sync/change-feed';
import { mutate } from './actions/mutate';
import { startSyncTriggers } from './sync/triggers';

export interface Runtime {
  db: StoreDb;
  transport: Transport;
  engine: SyncEngine;
  changes: ChangeFeed;
  personId: string | null;
  mutate<N extends MutationName>(name: N, args: MutationArgs<N>): Promise<void>;
  /** Called with the person the server signed in; resumes a paused outbox. */
  completeSignIn(person: Person): Promise<void>;
  pendingCount(): Promise<number>;
  /** Stops syncing and closes the database (the runtime is unusable afterwards). */
  close(): void;
  /** Attaches the sync triggers (start, online, visible, timer) once; the browser app calls it. */
  startSyncing(): void;
  signOut(): Promise<void>;
}

export interface RuntimeOptions {
  dbName?: string;
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Start the sync triggers after sign-in (the browser app; tests drive the engine by hand). */
  autoSync?: boolean;
}

export async function createRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  const db = await openStore(dbName);
  const transport = createTransport(options.baseUrl ?? '', options.fetch);
  const changes = createChangeFeed();
  const engine = new SyncEngine({ db, transport, onDataChanged: () => changes.notify() });
  const unsubscribeStatus = changes.subscribe(() => void engine.refreshStatus());
  let syncing = false;

  const runtime: Runtime = {
    db,
    transport,
    engine,
    changes,
    personId: (await getMeta(db, 'personId')) ?? (await restorePersonId(db, transport)),
    async mutate(name, args) {
      await mutate(db, name, args);
      changes.notify();
      if (options.autoSync) engine.requestSync();
    },
    async completeSignIn(person) {
      const previous = await getMeta(db, 'personId');
      if (previous && previous !== person.id) {
        // Someone else on this device: their data must not stay (sync.md: the device belongs to one person).
        // Start over with an empty database; the session cookie brings the new person back.
        await destroyStore(db, dbName);
        globalThis.location?.reload();
        return;
      }
      await setMeta(db, 'personId', person.id);
      runtime.personId = person.id;
      void globalThis.navigator?.storage?.persist?.();
      changes.notify();
      await engine.resume();
      if (options.autoSync) runtime.startSyncing();
    },
    pendingCount: () => countOutbox(db),
    startSyncing() {
      if (syncing) return;
      syncing = true;
      startSyncTriggers(engine);
    },
    close() {
      engine.stop();
      unsubscribeStatus();
      changes.close();
      db.close();
    },
    async signOut() {
      await transport.logout();
      runtime.close();
      await destroyStore(db, dbName);
      runtime.personId = null;
    },
  };
  return runtime;
}

/** A session cookie without local data (first start after sign-in elsewhere, or a wiped device). */
async function restorePersonId(db: StoreDb, transport: Transport): Promise<string | null> {
  const me = await transport.me();
  if (!me.ok) return null;
  await setMeta(db, 'personId', me.value.person.id);
  return me.value.person.id;
}
