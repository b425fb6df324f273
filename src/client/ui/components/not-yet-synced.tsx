// Before the phone's first sync has finished, a list is not empty, only not filled yet:
// "Ingen …" then would be a false answer. Lists that read synced rows show this instead
// of their empty state until then (online: being fetched; offline: fetched when online).
import { useT } from '../context';
import { useOffline, useSyncStatus } from '../hooks';

/** True until the phone has finished a sync once. */
export function useNeverSynced(): boolean {
  return useSyncStatus().lastSyncAt === null;
}

export function NotYetSynced() {
  const t = useT();
  const offline = useOffline();
  return <p class="muted" role="status" data-testid="not-yet-synced">{t(offline ? 'notYetSyncedOffline' : 'notYetSynced')}</p>;
}
