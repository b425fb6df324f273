// The sync details, opened from the chip: state, what waits, when it last synced, the
// server's words on failure, a first sync's progress, and "Synkroniser nu".
import { Link, useNavigate } from '@tanstack/react-router';
import type { SyncStatus } from '../../sync/engine';
import { useLang, useRuntime, useT } from '../context';
import { translateCount } from '../../../shared/i18n/plural';
import { formatMoment } from '../../../shared/i18n/dates';
import { Dialog } from '../components/dialog';
import { FirstSyncProgress } from './first-sync-progress';
import { pendingText, syncStateText, type SyncTone } from './sync-words';
import '../../../shared/i18n/sections/me';

interface Props { open: boolean; onClose(): void; status: SyncStatus; tone: SyncTone }

export function SyncSheet({ open, onClose, status, tone }: Props) {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const lastSync = status.lastSyncAt
    ? t('lastSync', { time: formatMoment(lang, status.lastSyncAt) })
    : t('neverSynced');
  return (
    <Dialog open={open} onClose={onClose} labelledBy="sync-sheet-title" variant="sheet" testId="sync-sheet">
      <div class="sheet__head">
        <h2 id="sync-sheet-title">{t('syncSection')}</h2>
        <button type="button" class="button button--quiet" onClick={onClose}>{t('close')}</button>
      </div>
      <div class="stack">
        <div class={`sync-facts sync-facts--${tone}`}>
          <p><strong data-testid="sync-state">{syncStateText(tone, t)}</strong></p>
          <p data-testid="sync-pending" data-count={status.pending}>{pendingText(status.pending, t)}</p>
          <p class="muted" data-testid="sync-last">{lastSync}</p>
          {status.lastError && <p class="notice notice--error" data-testid="sync-error">{status.lastError}</p>}
        </div>
        {status.progress?.fromScratch && <FirstSyncProgress progress={status.progress} />}
        <p class="muted">{t('syncExplain')}</p>
        {status.rejected > 0 && (
          <button type="button" class="button button--quiet button--block" onClick={() => {
            onClose();
            void navigate({ to: '/mig', hash: 'beskeder' });
          }}>
            {t('showNotices')} · {translateCount(lang, 'rejectedCount', status.rejected)}
          </button>
        )}
        {tone === 'signedOut' ? (
          <Link to="/login" className="button button--block" onClick={onClose}>{t('signIn')}</Link>
        ) : (
          <button type="button" class="button button--block" disabled={tone === 'syncing'} onClick={() => void runtime.engine.sync()}>
            {t('syncNow')}
          </button>
        )}
      </div>
    </Dialog>
  );
}
