// Applies one pulled page in one transaction: the page joins the log, what the server
// has handled leaves the outbox, and what is still pending is replayed on top.
import type { PullResponse } from '../../shared/protocol';
import type { LocalStore } from '../store/local-store';
import { dropOutboxUpTo } from '../store/outbox';
import { getMetaIn, setMetaIn } from '../store/meta';
import { applyLocally } from './local-mutators';

export async function applyPullPage(store: LocalStore, page: PullResponse, now: string): Promise<void> {
  const started = performance.now();
  await store.commitPage(page.changes, page.reset, async (tx, rows) => {
    // Only the last page holds every row the server changed: until then, what it has
    // accepted stays in the outbox and on screen.
    if (!page.more) await dropOutboxUpTo(tx, page.lastMutationId);
    const personId = await getMetaIn(tx, 'personId');
    if (personId) {
      for (const entry of await tx.objectStore('outbox').getAll()) applyLocally({ rows, personId }, entry.name, entry.args);
    }
    await setMetaIn(tx, 'cursor', page.cursor);
    if (!page.more) await setMetaIn(tx, 'lastSyncAt', now);
  });
  // User Timing entry: `npm run bench` reads it to report the cost of applying pages.
  performance.measure('videnbro:pull-apply', { start: started, end: performance.now() });
}
