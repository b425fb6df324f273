// The always-visible sync line: connection, changes waiting, time of the last sync.
import { Link } from '@tanstack/react-router';
import { useLang, useRuntime, useT, locale } from '../context';
import { useOnline, useSyncStatus } from '../hooks';

export function SyncStatusBar() {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const status = useSyncStatus();
  const online = useOnline();

  const stateText = status.state === 'signedOut' ? t('statusSignedOut')
    : !online || status.state === 'offline' ? t('statusOffline')
      : status.state === 'syncing' ? t('statusSyncing')
        : status.state === 'error' ? t('statusError')
          : t('statusOnline');
  const pendingText = status.pending === 0 ? t('allSent') : status.pending === 1 ? t('pendingOne') : t('pendingCount', { n: status.pending });
  const lastSync = status.lastSyncAt
    ? t('lastSync', { time: new Date(status.lastSyncAt).toLocaleString(locale(lang), { dateStyle: 'short', timeStyle: 'short' }) })
    : t('neverSynced');
  const tone = status.state === 'signedOut' || status.state === 'error' ? 'warn' : !online || status.state === 'offline' ? 'offline' : 'ok';

  return (
    <section class={`sync-status sync-status--${tone}`} aria-label={t('syncSection')} data-testid="sync-status">
      <p role="status" aria-live="polite">
        <strong data-testid="sync-state">{stateText}</strong>
        {' · '}
        <span data-testid="sync-pending" data-count={status.pending}>{pendingText}</span>
        {' · '}
        <span data-testid="sync-last">{lastSync}</span>
        {status.lastError && <><br /><span data-testid="sync-error">{status.lastError}</span></>}
      </p>
      <div class="sync-status__actions">
        {status.state === 'signedOut' ? (
          <Link to="/login" className="button button--small">{t('signIn')}</Link>
        ) : (
          <button type="button" class="button button--small button--quiet" onClick={() => void runtime.engine.sync()}>
            {t('syncNow')}
          </button>
        )}
        {status.rejected > 0 && (
          <Link to="/ikke-gennemfoert" className="badge badge--warn">{t('navRejected')}: {status.rejected}</Link>
        )}
      </div>
    </section>
  );
}
