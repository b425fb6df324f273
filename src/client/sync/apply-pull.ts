// Applies one pulled page in one transaction: the page joins the log, what the server
// has handled leaves the outbox, what is still pending is replayed on top, and what the
// page brings to the user's attention is raised as notices.
import type { PullResponse } from '../../shared/protocol';
import type { EntityType } from '../../shared/entities';
import type { LocalStore } from '../store/local-store';
import { dropOutboxUpTo } from '../store/outbox';
import { getMeta, getMetaIn, setMetaIn } from '../store/meta';
import { raiseNotices } from '../store/notices';
import { applyLocally } from './local-mutators';

/** What the page brings to the user's attention; the rules load with the first page, not the first paint. */
async function noticesOf(store: LocalStore, page: PullResponse, now: string) {
  const personId = await getMeta(store.idb, 'personId');
  if (!personId) return [];
  const { findNotices, findDueNotices, readerAfter } = await import('../notices/find-notices');
  // The synced rows in memory are as they were before this page.
  const read = <T extends EntityType>(type: T, id: string) => store.synced.get(type, id);
  const after = readerAfter(page.changes, read);
  // What time makes due is not looked for in a reset (like a first sync, it raises nothing).
  const due = page.reset ? [] : findDueNotices(page.changes, read, personId, store.synced.idsOfPerson('signup', personId), Date.parse(now), after);
  return [...findNotices(page.changes, read, personId, after), ...due];
}

export async function applyPullPage(store: LocalStore, page: PullResponse, now: string): Promise<void> {
  // The notices compare the page with the synced rows: all of them must be in memory.
  await store.loaded();
  const started = performance.now();
  const notices = await noticesOf(store, page, now);
  await store.commitPage(page.changes, page.reset, async (tx, rows) => {
    // Only the last page holds every row the server changed: until then, what it has
    // accepted stays in the outbox and on screen.
    if (!page.more) await dropOutboxUpTo(tx, page.lastMutationId);
    const personId = await getMetaIn(tx, 'personId');
    if (personId) {
      for (const entry of await tx.objectStore('outbox').getAll()) applyLocally({ rows, personId }, entry.name, entry.args);
    }
    if (notices.length > 0) await raiseNotices(tx, notices, now);
    await setMetaIn(tx, 'cursor', page.cursor);
    if (!page.more) await setMetaIn(tx, 'lastSyncAt', now);
  });
  // User Timing entry: `npm run bench` reads it to report the cost of applying pages.
  performance.measure('videnbro:pull-apply', { start: started, end: performance.now() });
}
