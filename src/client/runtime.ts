// Everything the app needs at run time, made once: the device store, the transport,
// the sync engine, the change feed, and the signed-in person.
import type { MutationArgs, MutationName } from '../shared/protocol';
import type { Person } from '../shared/entities';
import { destroyStore, DEFAULT_DB_NAME } from './store/open';
import { LocalStore } from './store/local-store';
import { getMeta, setMeta } from './store/meta';
import { countOutbox } from './store/outbox';
import { createTransport, type Transport } from './sync/transport';
import { SyncEngine } from './sync/engine';
import { createChangeFeed, type ChangeFeed } from './sync/change-feed';
import { startSyncTriggers } from './sync/triggers';
import { mutate } from './actions/mutate';

export interface Runtime {
  store: LocalStore;
  transport: Transport;
  engine: SyncEngine;
  changes: ChangeFeed;
  personId: string | null;
  mutate<N extends MutationName>(name: N, args: MutationArgs<N>): Promise<void>;
  /** Called with the person the server signed in; resumes a paused outbox. */
  completeSignIn(person: Pick<Person, 'id'>): Promise<void>;
  pendingCount(): Promise<number>;
  /** Attaches the sync triggers (start, online, visible, timer) once; the browser app calls it. */
  startSyncing(): void;
  /** Stops syncing and closes the database (the runtime is unusable afterwards). */
  close(): void;
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
  const store = await LocalStore.open(dbName);
  const transport = createTransport(options.baseUrl ?? '', options.fetch);
  const changes = createChangeFeed();
  const engine = new SyncEngine({ store, transport, onDataChanged: () => changes.notify() });
  // Another tab changed the database: take its rows in before anything reads them.
  const unsubscribeRemote = changes.subscribeRemote(() => store.refresh());
  const unsubscribeStatus = changes.subscribe(() => void engine.refreshStatus());
  let syncing = false;

  const runtime: Runtime = {
    store,
    transport,
    engine,
    changes,
    personId: (await getMeta(store.idb, 'personId')) ?? (await restorePersonId(store, transport)),
    async mutate(name, args) {
      await mutate(store, name, args);
      changes.notify();
      if (options.autoSync) engine.requestSync();
    },
    async completeSignIn(person) {
      const previous = await getMeta(store.idb, 'personId');
      if (previous && previous !== person.id) {
        // Someone else on this device: their data must not stay. Start over with an
        // empty database; the session cookie brings the new person back.
        await destroyStore(store.idb, dbName);
        globalThis.location?.reload();
        return;
      }
      await setMeta(store.idb, 'personId', person.id);
      runtime.personId = person.id;
      void globalThis.navigator?.storage?.persist?.();
      changes.notify();
      await engine.resume();
      if (options.autoSync) runtime.startSyncing();
    },
    pendingCount: () => countOutbox(store.idb),
    startSyncing() {
      if (syncing) return;
      syncing = true;
      startSyncTriggers(engine);
    },
    close() {
      engine.stop();
      unsubscribeStatus();
      unsubscribeRemote();
      changes.close();
      store.close();
    },
    async signOut() {
      await transport.logout();
      runtime.close();
      await destroyStore(store.idb, dbName);
      runtime.personId = null;
    },
  };
  return runtime;
}

/** A session cookie without local data (first start after sign-in elsewhere, or a wiped device). */
async function restorePersonId(store: LocalStore, transport: Transport): Promise<string | null> {
  const me = await transport.me();
  if (!me.ok) return null;
  await setMeta(store.idb, 'personId', me.value.person.id);
  return me.value.person.id;
}
