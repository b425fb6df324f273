// The outbox: mutations made on this device, in order, until the server has judged them.
import type { MutationName } from '../../shared/protocol';
import type { StoreDb } from './open';
import type { OutboxEntry, RejectedEntry } from './schema';
import { setMetaIn } from './meta';
import type { WriteTx } from './tx';

/** Adds a mutation with the next gap-free id (`nextId`, read in the same transaction). */
export async function appendToOutbox(tx: WriteTx, nextId: number | undefined, name: MutationName, args: unknown, now: string): Promise<OutboxEntry> {
  const id = nextId ?? 1;
  const entry = { id, name, args, createdAt: now } as OutboxEntry;
  await Promise.all([tx.objectStore('outbox').add(entry), setMetaIn(tx, 'nextMutationId', id + 1)]);
  return entry;
}

export async function readOutbox(db: StoreDb, max: number): Promise<OutboxEntry[]> {
  return db.getAll('outbox', undefined, max);
}

export async function countOutbox(db: StoreDb): Promise<number> {
  return db.count('outbox');
}

/** Drops every entry the server has handled, keeping the refused ones for the user to read. */
export async function settleOutbox(db: StoreDb, upTo: number, rejected: RejectedEntry[]): Promise<void> {
  const tx = db.transaction(['outbox', 'rejected'], 'readwrite');
  await tx.objectStore('outbox').delete(IDBKeyRange.upperBound(upTo));
  for (const entry of rejected) await tx.objectStore('rejected').put(entry);
  await tx.done;
}

export async function dropOutboxUpTo(tx: WriteTx, upTo: number): Promise<void> {
  if (upTo > 0) await tx.objectStore('outbox').delete(IDBKeyRange.upperBound(upTo));
}

/**
 * The server expects a different next id (409 mutation_gap): renumber what is still
 * waiting from there, keeping the order, so nothing is lost and the queue moves again.
 */
export async function renumberOutbox(db: StoreDb, expected: number): Promise<void> {
  const tx = db.transaction(['outbox', 'meta'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const entries = await outbox.getAll();
  await outbox.clear();
  let id = expected;
  for (const entry of entries) await outbox.put({ ...entry, id: id++ });
  await tx.objectStore('meta').put(id, 'nextMutationId');
  await tx.done;
}
