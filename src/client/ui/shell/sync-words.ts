// How the sync status is put into words and a tone, shared by the chip and its sheet.
import type { SyncStatus } from '../../sync/engine';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { Translate } from '../context';

export type SyncTone = 'ok' | 'syncing' | 'offline' | 'error' | 'signedOut';

export function syncTone(status: SyncStatus, online: boolean): SyncTone {
  if (status.state === 'signedOut') return 'signedOut';
  if (!online || status.state === 'offline') return 'offline';
  if (status.state === 'syncing') return 'syncing';
  if (status.state === 'error') return 'error';
  return 'ok';
}

const STATE_TEXT: Record<SyncTone, MessageKey> = {
  ok: 'statusOnline',
  syncing: 'statusSyncing',
  offline: 'statusOffline',
  error: 'statusError',
  signedOut: 'statusSignedOut',
};

export const syncStateText = (tone: SyncTone, t: Translate) => t(STATE_TEXT[tone]);

export function pendingText(pending: number, t: Translate): string {
  return pending === 0 ? t('allSent') : t.count('pendingCount', pending);
}
