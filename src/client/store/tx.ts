// Read-write transactions over the whole device database. A local change (overlay row +
// outbox entry) and a pulled page each commit in one of these, or not at all (sync.md).
import type { IDBPTransaction, StoreNames } from 'idb';
import type { VidenbroSchema } from './schema';
import type { StoreDb } from './open';

export type StoreName = StoreNames<VidenbroSchema>;
export type WriteTx = IDBPTransaction<VidenbroSchema, StoreName[], 'readwrite'>;

export const ALL_STORES: StoreName[] = ['log', 'overlay', 'outbox', 'rejected', 'meta', 'notices'];

export function writeTx(db: StoreDb): WriteTx {
  // Relaxed durability: the commit is atomic either way; a power cut may lose the last
  // instant, which the outbox and the next pull make good.
  return db.transaction(ALL_STORES, 'readwrite', { durability: 'relaxed' });
}
