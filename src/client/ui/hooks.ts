// Live reads: a query runs again whenever the device database changes (here or in another tab).
import { useEffect, useState } from 'preact/hooks';
import { useRuntime } from './context';
import type { SyncStatus } from '../sync/engine';
import { dismissNotice, listNotices, type Notice } from '../store/queries';

export function useLiveQuery<T>(query: () => T | Promise<T>, deps: unknown[]): T | undefined {
  const runtime = useRuntime();
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const run = () => { void Promise.resolve(query()).then((result) => { if (alive) setValue(() => result); }); };
    run();
    const unsubscribe = runtime.changes.subscribe(run);
    return () => { alive = false; unsubscribe(); };
    // The query closes over what `deps` names; the caller lists them, as with useMemo.
  }, deps);
  return value;
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
  const notices = useLiveQuery(() => listNotices(runtime.store), []);
  return {
    notices,
    async dismiss(notice) {
      await dismissNotice(runtime.store, notice);
      runtime.changes.notify();
    },
  };
}
