// The small sync chip in the top line: online or offline, changes waiting, a spinner while
// syncing, and how many changes were not accepted. A tap opens the details (sync-sheet).
import { useState } from 'preact/hooks';
import type { SyncSheet as SyncSheetComponent } from './sync-sheet';
import { useLang, useT } from '../context';
import { translateCount } from '../../../shared/i18n/plural';
import { useOnline, useSyncStatus } from '../hooks';
import { Icon, type IconName } from '../components/icons';
import { pendingText, syncStateText, syncTone, type SyncTone } from './sync-words';

const ICONS: Record<SyncTone, IconName> = { ok: 'synced', syncing: 'syncing', offline: 'offline', error: 'alert', signedOut: 'alert' };

export function SyncChip() {
  const t = useT();
  const { lang } = useLang();
  const status = useSyncStatus();
  const online = useOnline();
  const [open, setOpen] = useState(false);
  // The details load on the first tap, not with the first paint.
  const [Sheet, setSheet] = useState<typeof SyncSheetComponent | null>(null);
  const show = () => {
    setOpen(true);
    if (!Sheet) void import('./sync-sheet').then((module) => setSheet(() => module.SyncSheet));
  };
  const tone = syncTone(status, online);
  const label = [
    // Short words in the name, as on the chip (the sheet says more).
    `${t('syncSection')}: ${tone === 'offline' ? t('chipOffline') : syncStateText(tone, t)}`,
    pendingText(status.pending, t),
    ...(status.rejected > 0 ? [translateCount(lang, 'rejectedCount', status.rejected)] : []),
  ].join('. ');
  return (
    <>
      <button type="button" class={`sync-chip sync-chip--${tone}`} aria-label={label} aria-haspopup="dialog" aria-expanded={open}
        data-testid="sync-chip" data-state={tone} data-pending={status.pending} data-rejected={status.rejected}
        data-last-sync={status.lastSyncAt ?? ''} onClick={show}>
        <Icon name={ICONS[tone]} class={tone === 'syncing' ? 'icon--spin' : undefined} />
        {tone === 'offline' && <span class="sync-chip__word">{t('chipOffline')}</span>}
        {status.pending > 0 && <span class="sync-chip__count">{status.pending}</span>}
        {status.rejected > 0 && <span class="count-badge sync-chip__badge">{status.rejected}</span>}
      </button>
      {Sheet && <Sheet open={open} onClose={() => setOpen(false)} status={status} tone={tone} />}
    </>
  );
}
