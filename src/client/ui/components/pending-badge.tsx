// Marks a change the server has not confirmed yet (sync.md: never shown as final before that).
import { useT } from '../context';
import { useOnline, useSyncStatus } from '../hooks';
import '../../../shared/i18n/sections/me';

export function PendingBadge() {
  const t = useT();
  const online = useOnline();
  const status = useSyncStatus();
  const waiting = !online || status.state === 'offline' || status.state === 'signedOut';
  return <span class="badge badge--pending" data-testid="pending-badge">{waiting ? t('pendingBadge') : t('sendingBadge')}</span>;
}
