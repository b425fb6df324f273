// Applies one pulled page in one transaction: put the server's rows in place of the
// optimistic ones, drop what the server has handled, replay what is still pending.
import type { EntityType } from '../../shared/entities';
import type { PullResponse } from '../../shared/protocol';
import { ENTITY_TYPES } from '../../shared/entities';
import type { StoreDb } from '../store/open';
import { writeTx } from '../store/tx';
import { entityStore, revertOptimistic } from '../store/optimistic';
import { dropOutboxUpTo } from '../store/outbox';
import { getMetaIn, setMetaIn } from '../store/meta';
import { applyLocally } from './local-mutators';

export async function applyPullPage(db: StoreDb, page: PullResponse, now: string): Promise<void> {
  const started = performance.now();
  const tx = writeTx(db);
  await revertOptimistic(tx);
  if (page.reset) {
    // The server says: this page is the whole truth. Synced rows go; the outbox stays.
    for (const type of ENTITY_TYPES) await entityStore(tx, type).clear();
  }
  const writes: Promise<unknown>[] = [];
  for (const change of page.changes) {
    const store = entityStore(tx, change.type as EntityType);
    writes.push(change.op === 'put' && change.value ? store.put(change.value) : store.delete(change.id));
  }
  await Promise.all(writes);
  await dropOutboxUpTo(tx, page.lastMutationId);
  const personId = await getMetaIn(tx, 'personId');
  if (personId) {
    for (const entry of await tx.objectStore('outbox').getAll()) {
      await applyLocally({ tx, personId, now: entry.createdAt }, entry.name, entry.args);
    }
  }
  await setMetaIn(tx, 'cursor', page.cursor);
  if (!page.more) await setMetaIn(tx, 'lastSyncAt', now);
  await tx.done;
  performance.measure('videnbro:pull-apply', { start: started, end: performance.now() });
}
