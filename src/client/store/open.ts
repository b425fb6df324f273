// Opens the device database with versioned, forward-only upgrades.
import { openDB, deleteDB, type IDBPDatabase } from 'idb';
import { ENTITY_TYPES } from '../../shared/entities';
import { DB_VERSION, type VidenbroSchema } from './schema';

export type StoreDb = IDBPDatabase<VidenbroSchema>;
export const DEFAULT_DB_NAME = 'videnbro';

const BY_PERSON = new Set(['personCompetence', 'membership', 'signup']);

export async function openStore(name = DEFAULT_DB_NAME): Promise<StoreDb> {
  let opened: StoreDb | undefined;
  opened = await openDB<VidenbroSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Version 1: everything. Later versions add steps below, keeping the data.
      if (oldVersion < 1) {
        for (const type of ENTITY_TYPES) {
          const store = db.createObjectStore(type, { keyPath: 'id' });
          if (BY_PERSON.has(type)) (store as unknown as IDBObjectStore).createIndex('byPerson', 'personId');
        }
        db.createObjectStore('outbox', { keyPath: 'id' });
        db.createObjectStore('pending', { keyPath: 'key' });
        db.createObjectStore('rejected', { keyPath: 'id' }).createIndex('byAt', 'at');
        db.createObjectStore('meta');
      }
    },
    blocking() {
      // Another tab upgrades or deletes the database (sign-out): step aside and start over.
      opened?.close();
      globalThis.location?.reload();
    },
  });
  return opened;
}

export async function destroyStore(db: StoreDb, name = DEFAULT_DB_NAME): Promise<void> {
  db.close();
  await deleteDB(name);
}
