// Read-write transactions over the whole device database. A local change (overlay row +
// outbox entry) and a pulled page each commit in one of these, or not at all (sync.md).
import type { IDBPTransaction, StoreNames } from 'idb';
import type { VidenbroSchema } from './schema';
import type { StoreDb } from './open';

export type StoreName = StoreNames<VidenbroSchema>;
export type WriteTx = IDBPTransaction<VidenbroSchema, StoreName[], 'readwrite'>;

export const ALL_STORES: StoreName[] = ['log', 'overlay', 'outbox', 'rejected', 'meta', 'notices'];

/** What a local change writes: everything but the log of synced rows. */
const LOCAL_STORES: StoreName[] = ALL_STORES.filter((name) => name !== 'log');

// Relaxed durability: the commit is atomic either way; a power cut may lose the last
// instant, which the outbox and the next pull make good.
export function writeTx(db: StoreDb): WriteTx {
  return db.transaction(ALL_STORES, 'readwrite', { durability: 'relaxed' });
}

/**
 * A local change's transaction: without the log, so it need not wait for a long read of
 * the log (the app's start, another tab's) to end.
 */
export function localWriteTx(db: StoreDb): WriteTx {
  return db.transaction(LOCAL_STORES, 'readwrite', { durability: 'relaxed' });
}
