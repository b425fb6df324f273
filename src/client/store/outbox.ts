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

/** Entries not yet sent (after `pushedUpTo`), at most `max` of them and about `maxBytes` as JSON. */
export async function readUnsent(db: StoreDb, max: number, maxBytes: number): Promise<OutboxEntry[]> {
  const pushedUpTo = ((await db.get('meta', 'pushedUpTo')) as number | undefined) ?? 0;
  const entries = await db.getAll('outbox', IDBKeyRange.lowerBound(pushedUpTo, true), max);
  let bytes = 0;
  const batch: OutboxEntry[] = [];
  for (const entry of entries) {
    bytes += JSON.stringify(entry.args).length + 64;
    if (batch.length > 0 && bytes > maxBytes) break;
    batch.push(entry);
  }
  return batch;
}

export async function countOutbox(db: StoreDb): Promise<number> {
  return db.count('outbox');
}

/** Whether another person's unsent changes wait on this device (device-owner.ts). */
export async function hasParked(db: StoreDb): Promise<boolean> {
  return (await db.count('parked')) > 0;
}

/**
 * After a push: refused entries leave the outbox for the "not accepted" list; accepted
 * ones stay (marked sent) until a pull brings the server's rows, so the screen never
 * falls back to the old value in between.
 */
export async function settleOutbox(db: StoreDb, upTo: number, rejected: RejectedEntry[]): Promise<void> {
  const tx = db.transaction(['outbox', 'rejected', 'meta'], 'readwrite');
  for (const entry of rejected) {
    await tx.objectStore('outbox').delete(entry.id);
    await tx.objectStore('rejected').put(entry);
  }
  const before = ((await tx.objectStore('meta').get('pushedUpTo')) as number | undefined) ?? 0;
  await tx.objectStore('meta').put(Math.max(before, upTo), 'pushedUpTo');
  await tx.done;
}

export async function dropOutboxUpTo(tx: WriteTx, upTo: number): Promise<void> {
  if (upTo > 0) await tx.objectStore('outbox').delete(IDBKeyRange.upperBound(upTo));
}

/**
 * The server expects a different next id (409 mutation_gap): renumber everything from
 * there on, keeping the order, and send it again, so nothing is lost and the queue moves.
 */
export async function renumberOutbox(db: StoreDb, expected: number): Promise<void> {
  const tx = db.transaction(['outbox', 'meta'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const range = IDBKeyRange.lowerBound(expected);
  const entries = await outbox.getAll(range);
  await outbox.delete(range);
  let id = expected;
  for (const entry of entries) await outbox.put({ ...entry, id: id++ });
  await tx.objectStore('meta').put(id, 'nextMutationId');
  await tx.objectStore('meta').put(expected - 1, 'pushedUpTo');
  await tx.done;
}
