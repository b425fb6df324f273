// Notices: what sync brought to the user's attention, kept on the device until dismissed.
// Rules in client/notices find them in pulled pages; they are written in the page's own
// transaction, so a notice and the rows it speaks of arrive together or not at all.
import type { StoreDb } from './open';
import type { NoticeEntry } from './schema';
import type { WriteTx } from './tx';
import { byTime } from '../../shared/i18n/collate';

export interface NoticeInput {
  id: string;
  kind: string;
  vars: Record<string, string | number>;
}

/** Dismissed notices are forgotten after this long: their occasion is long past. */
const KEEP_DISMISSED_MS = 90 * 24 * 3600 * 1000;

/** Adds notices not raised before; one already there (even dismissed) is left as it is. */
export async function raiseNotices(tx: WriteTx, notices: readonly NoticeInput[], at: string): Promise<void> {
  const store = tx.objectStore('notices');
  for (const notice of notices) {
    if ((await store.getKey(notice.id)) !== undefined) continue;
    await store.put({ ...notice, at, dismissed: false });
  }
}

/** Notices not dismissed (nor put off until later), newest first. */
export async function listOpenNotices(db: StoreDb, now = new Date().toISOString()): Promise<NoticeEntry[]> {
  return (await db.getAll('notices')).filter((notice) => !notice.dismissed && !(notice.snoozedUntil && notice.snoozedUntil > now)).sort((a, b) => byTime(b.at, a.at));
}

/** Marks a notice read; long-dismissed ones are cleared out on the way. */
export async function dismissNotice(db: StoreDb, id: string, now = new Date()): Promise<void> {
  const tx = db.transaction('notices', 'readwrite');
  const notice = await tx.store.get(id);
  if (notice) await tx.store.put({ ...notice, dismissed: true });
  const cutoff = new Date(now.getTime() - KEEP_DISMISSED_MS).toISOString();
  for (const old of await tx.store.getAll()) {
    if (old.dismissed && old.at < cutoff) await tx.store.delete(old.id);
  }
  await tx.done;
}
