// When to sync (sync.md): on start, on `online`, when the app becomes visible, on a
// timer while visible. After a local change, the action asks for a debounced sync.
import type { SyncEngine } from './engine';

const TIMER_MS = 60_000;

export function startSyncTriggers(engine: SyncEngine): () => void {
  const visible = () => document.visibilityState === 'visible';
  const onOnline = () => void engine.sync();
  const onVisibility = () => { if (visible()) void engine.sync(); };
  // A push message while the app is open (the service worker, public/sw-push.js): sync
  // now, instead of a second banner for what the app is about to show.
  const onWorkerMessage = (event: MessageEvent<unknown>) => {
    if ((event.data as { type?: unknown } | null)?.type === 'videnbro:push') void engine.sync();
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisibility);
  globalThis.navigator?.serviceWorker?.addEventListener('message', onWorkerMessage);
  const timer = setInterval(() => { if (visible()) void engine.sync(); }, TIMER_MS);
  void engine.sync();
  return () => {
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisibility);
    globalThis.navigator?.serviceWorker?.removeEventListener('message', onWorkerMessage);
    clearInterval(timer);
    engine.stop();
  };
}
