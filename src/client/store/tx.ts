// Read-write transactions over the whole device database. A local change (row + outbox
// entry) and a pulled page each commit in one of these, or not at all (sync.md).
import type { IDBPTransaction, StoreNames } from 'idb';
import { ENTITY_TYPES } from '../../shared/entities';
import type { VidenbroSchema } from './schema';
import type { StoreDb } from './open';

export type StoreName = StoreNames<VidenbroSchema>;
export type WriteTx = IDBPTransaction<VidenbroSchema, StoreName[], 'readwrite'>;

export const ALL_STORES: StoreName[] = [...ENTITY_TYPES, 'outbox', 'pending', 'rejected', 'meta'];

export function writeTx(db: StoreDb): WriteTx {
  return db.transaction(ALL_STORES, 'readwrite');
}
