// Everything the app needs at run time, made once: the device store, the transport,
// the sync engine, the change feed, and the signed-in person.
import type { MutationArgs, MutationName } from '../shared/protocol';
import type { Person } from '../shared/entities';
import { DEFAULT_DB_NAME } from './store/open';
import { LocalStore } from './store/local-store';
import { deleteMeta, getMeta, setMeta } from './store/meta';
import { countOutbox, hasParked } from './store/outbox';
import { createTransport, type Transport } from './sync/transport';
import { SyncEngine } from './sync/engine';
import { createChangeFeed, type ChangeFeed } from './sync/change-feed';
import { startSyncTriggers } from './sync/triggers';
import { DirectoryService } from './directory/directory-service';

export interface Runtime {
  store: LocalStore;
  /** The colleague search, built on first use and kept current. */
  directory: DirectoryService;
  transport: Transport;
  engine: SyncEngine;
  changes: ChangeFeed;
  personId: string | null;
  /** Makes a change on the device and queues it for the server; resolves with its outbox id. */
  mutate<N extends MutationName>(name: N, args: MutationArgs<N>): Promise<number>;
  /** Loads the code of making a change ahead of the tap (a screen that is one tap away from one). */
  prepareToChange(): void;
  /**
   * Called with the person the server signed in; resumes a paused outbox. When the device
   * holds another person's unsent changes, syncing stays paused and nothing changes until
   * the caller says what becomes of them: kept for their owner, or discarded. Resolves once
   * signed in: the sync it starts runs on (a first sync may take a while; the screens show
   * its progress and what has arrived).
   */
  completeSignIn(person: Pick<Person, 'id'>, options?: { others?: OthersChoice }): Promise<SignInResult>;
  pendingCount(): Promise<number>;
  /** What signing out would take off the device: unsent changes and unfinished learning drafts. */
  leftBehind(): Promise<{ changes: number; drafts: number }>;
  /** Attaches the sync triggers (start, online, visible, timer) once; the browser app calls it. */
  startSyncing(): void;
  /** Stops syncing and closes the database (the runtime is unusable afterwards). */
  close(): void;
  /**
   * Ends the session on the server, then wipes the device; false when the server could not
   * be reached. With `offline` (the user was warned that unsent changes are lost), a server
   * out of reach does not stop it: the device is wiped anyway, and the logout is sent at the
   * next start (until then the session cookie may not sign its person back in).
   */
  signOut(options?: { offline?: boolean }): Promise<SignOutResult>;
}

/**
 * `providerLogout`: the work account's provider ends its session too there (OIDC_LOGOUT);
 * the app goes on to it instead of its own sign-in page.
 */
export type SignOutResult = { ok: false } | { ok: true; providerLogout: string | null };

export type OthersChoice = 'keep' | 'discard';
/**
 * `restarted`: the device was handed over to another person; the runtime is closed and
 * the app must start again (the browser reloads itself).
 */
export type SignInResult =
  | { ok: true; restarted: boolean }
  | { ok: false; othersPending: number; othersDrafts?: number; ownerName: string | null };

export interface RuntimeOptions {
  dbName?: string;
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Start the sync triggers after sign-in (the browser app; tests drive the engine by hand). */
  autoSync?: boolean;
}

// Handing the device over and making a change are not needed for the first paint: their
// code loads when first used.
const deviceOwner = () => import('./store/device-owner');
const actions = () => import('./actions/mutate');

export async function createRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  // The screens draw while the synced rows are still being read (a poster's sign-up is one
  // tap at once); they show "Indlæser…" where a row is not there yet, and read again after.
  const store = await LocalStore.open(dbName, { readLogLater: true });
  const transport = createTransport(options.baseUrl ?? '', options.fetch);
  const changes = createChangeFeed();
  const engine = new SyncEngine({ store, transport, onDataChanged: () => changes.notify() });
  // Another tab changed the database: take its rows in before anything reads them.
  const unsubscribeRemote = changes.subscribeRemote(() => store.refresh());
  const unsubscribeStatus = changes.subscribe(() => void engine.refreshStatus());
  void store.loaded().then(() => changes.notifyHere());
  let syncing = false;

  const personId = (await getMeta(store.idb, 'personId'))
    ?? ((await sendOwedSignOut(store, transport)) ? null : await restorePersonId(store, transport));
  // Changes this person left here while someone else used the phone go out now.
  if (personId && (await hasParked(store.idb)) && (await (await deviceOwner()).restoreParked(store.idb, personId))) await store.reload();

  const directory = new DirectoryService(store);
  const runtime: Runtime = {
    store,
    directory,
    transport,
    engine,
    changes,
    personId,
    async mutate(name, args) {
      // Pending from this moment, not only once the outbox entry is committed.
      const id = await engine.track(async () => (await actions()).mutate(store, name, args));
      changes.notify();
      if (options.autoSync) engine.requestSync();
      return id;
    },
    prepareToChange() {
      void actions().then((module) => module.loadParser());
    },
    async completeSignIn(person, { others } = {}) {
      const previous = await getMeta(store.idb, 'personId');
      if (previous && previous !== person.id) {
        // Another person's outbox must never go out with this session: stop at once.
        engine.pause();
        const { changes: othersPending, drafts } = await runtime.leftBehind();
        await store.loaded(); // the owner's name below
        if (othersPending + drafts > 0 && !others) {
          // Their unfinished drafts count as much as their changes: none goes unannounced.
          return { ok: false, othersPending, ...(drafts > 0 && { othersDrafts: drafts }), ownerName: store.get('person', previous)?.name ?? null };
        }
        // Their data must not stay on screen either: start over with an empty database
        // (keeping what waits for its owner); the session cookie brings the new person in.
        engine.stop();
        await (await deviceOwner()).handOverDevice(store.idb, dbName, { nextPersonId: person.id, keepCurrent: others === 'keep' });
        runtime.close();
        // Start the app afresh, at its front page, as the new person.
        globalThis.location?.assign('/');
        return { ok: true, restarted: true };
      }
      // Changes this person left on this phone while someone else used it go out now.
      if ((await hasParked(store.idb)) && (await (await deviceOwner()).restoreParked(store.idb, person.id))) await store.reload();
      await setMeta(store.idb, 'personId', person.id);
      // This sign-in replaced the cookie an offline sign-out left behind.
      await deleteMeta(store.idb, 'signOutOwed');
      runtime.personId = person.id;
      void globalThis.navigator?.storage?.persist?.();
      changes.notify();
      void engine.resume();
      if (options.autoSync) runtime.startSyncing();
      return { ok: true, restarted: false };
    },
    pendingCount: () => countOutbox(store.idb),
    // Counted here, not in a chunk loaded on demand (the warning must come offline too, also
    // before the service worker controls the page); drafts.ts stays out of the first paint.
    // After the changes still being written (the first one loads its code on demand).
    leftBehind: async () => {
      await engine.writesSettled();
      return { changes: await countOutbox(store.idb), drafts: await store.idb.count('drafts') };
    },
    startSyncing() {
      if (syncing) return;
      syncing = true;
      startSyncTriggers(engine);
    },
    close() {
      engine.stop();
      directory.close();
      unsubscribeStatus();
      unsubscribeRemote();
      changes.close();
      store.close();
    },
    async signOut({ offline = false } = {}) {
      // Wiping the device while the session cookie lives on would sign the same person
      // straight back in: the server must hear of it first, or (offline) at the next start.
      const reply = await transport.logout();
      const told = reply.ok || reply.status === 401;
      if (!told && !offline) return { ok: false };
      engine.stop();
      await (await deviceOwner()).handOverDevice(store.idb, dbName, { nextPersonId: null, keepCurrent: false, signOutOwed: !told });
      runtime.close();
      runtime.personId = null;
      return { ok: true, providerLogout: reply.ok ? reply.value?.providerLogout ?? null : null };
    },
  };
  return runtime;
}

/**
 * After an offline sign-out the logout is still owed to the server: send it now (or keep
 * owing it). True when one was owed: the cookie then signs nobody in, whether it went or not.
 */
async function sendOwedSignOut(store: LocalStore, transport: Transport): Promise<boolean> {
  if (!(await getMeta(store.idb, 'signOutOwed'))) return false;
  const reply = await transport.logout();
  if (reply.ok || reply.status === 401) await deleteMeta(store.idb, 'signOutOwed');
  return true;
}

/** A session cookie without local data (first start after sign-in elsewhere, or a wiped device). */
async function restorePersonId(store: LocalStore, transport: Transport): Promise<string | null> {
  const me = await transport.me();
  if (!me.ok) return null;
  await setMeta(store.idb, 'personId', me.value.person.id);
  return me.value.person.id;
}
