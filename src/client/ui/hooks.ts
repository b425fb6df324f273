// Live reads: a query runs again whenever the device database changes (here or in another tab).
import { useEffect, useState } from 'preact/hooks';
import { useRuntime } from './context';
import type { SyncStatus } from '../sync/engine';
import { dismissNotice, listNotices, type Notice } from '../store/queries';

/**
 * `undefined` until the query has run. It runs once the synced rows are all read at start
 * (LocalStore.open), so that no screen says "none" of what is still being read; a query
 * that reads no synced row, or copes with some missing (`beforeRowsLoaded`), runs at once.
 */
export function useLiveQuery<T>(query: () => T | Promise<T>, deps: unknown[], { beforeRowsLoaded = false } = {}): T | undefined {
  const runtime = useRuntime();
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const run = () => {
      // The runtime tells the screens when the rows are in (a change like any other).
      if (!beforeRowsLoaded && !runtime.store.isLoaded) return;
      void Promise.resolve(query()).then((result) => { if (alive) setValue(() => result); });
    };
    run();
    const unsubscribe = runtime.changes.subscribe(run);
    return () => { alive = false; unsubscribe(); };
    // The query closes over what `deps` names; the caller lists them, as with useMemo.
  }, deps);
  return value;
}

/** False while the synced rows are still being read at start (LocalStore.open). */
export function useRowsLoaded(): boolean {
  const runtime = useRuntime();
  const [loaded, setLoaded] = useState(runtime.store.isLoaded);
  useEffect(() => {
    if (loaded) return;
    // Told as useLiveQuery is: the runtime notifies the screens once the rows are in.
    const check = () => { if (runtime.store.isLoaded) setLoaded(true); };
    check();
    return runtime.changes.subscribe(check);
  }, [runtime, loaded]);
  return loaded;
}

export function useSyncStatus(): SyncStatus {
  const runtime = useRuntime();
  const [status, setStatus] = useState(runtime.engine.status);
  useEffect(() => runtime.engine.subscribe(setStatus), [runtime]);
  return status;
}

/** The browser's own idea of connectivity: a hint, not a truth (sync.md). */
export function useOnline(): boolean {
  const [online, setOnline] = useState(typeof navigator === 'undefined' ? true : navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => { window.removeEventListener('online', up); window.removeEventListener('offline', down); };
  }, []);
  return online;
}

/**
 * Offline, a change waits on the phone: it says "gemt", never "sendt" (sync.md). The
 * browser's own idea of the connection, or the last sync finding none.
 */
export function useOffline(): boolean {
  // Both hooks on every render: a hook called only sometimes breaks the component's state.
  const online = useOnline();
  const status = useSyncStatus();
  return !online || status.state === 'offline';
}

/** A number that grows whenever the device database changes: a dependency for useMemo. */
export function useDataVersion(): number {
  const runtime = useRuntime();
  const [version, setVersion] = useState(0);
  useEffect(() => runtime.changes.subscribe(() => setVersion((v) => v + 1)), [runtime]);
  return version;
}

/** What the user should read ("Beskeder" on Mig), kept current; `dismiss` removes one for good. */
export function useNotices(): { notices: Notice[] | undefined; dismiss(notice: Notice): Promise<void> } {
  const runtime = useRuntime();
  const notices = useLiveQuery(() => listNotices(runtime.store), [], { beforeRowsLoaded: true });
  return {
    notices,
    async dismiss(notice) {
      await dismissNotice(runtime.store, notice);
      runtime.changes.notify();
    },
  };
}
