// Opens the device database with versioned, forward-only upgrades that keep what the
// user made (outbox, refused list); synced data can always be pulled again.
import { openDB, deleteDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, type VidenbroSchema } from './schema';

export type StoreDb = IDBPDatabase<VidenbroSchema>;
export const DEFAULT_DB_NAME = 'videnbro';

// Each upgrade is fixed to what its version had: a later change to the app's entity list
// must not change how an old database is brought forward.
const VERSION_1_ENTITY_TYPES = [
  'area', 'unit', 'person', 'competence', 'personCompetence', 'network', 'membership',
  'networkTask', 'seminar', 'signup', 'learning', 'coreKnowledge',
] as const;

function upgradeTo1(db: IDBDatabase): void {
  for (const type of VERSION_1_ENTITY_TYPES) {
    const store = db.createObjectStore(type, { keyPath: 'id' });
    if (type === 'personCompetence' || type === 'membership' || type === 'signup') store.createIndex('byPerson', 'personId');
  }
  db.createObjectStore('outbox', { keyPath: 'id' });
  db.createObjectStore('pending', { keyPath: 'key' });
  db.createObjectStore('rejected', { keyPath: 'id' }).createIndex('byAt', 'at');
  db.createObjectStore('meta');
}

/** Version 2: one row per store gave way to a log of pages plus an overlay of pending rows. */
function upgradeTo2(db: IDBDatabase, tx: IDBTransaction): void {
  for (const type of VERSION_1_ENTITY_TYPES) db.deleteObjectStore(type);
  db.deleteObjectStore('pending');
  db.createObjectStore('log', { autoIncrement: true });
  db.createObjectStore('overlay', { keyPath: 'key' });
  // Pull everything again into the new layout; the outbox replays on top of it.
  tx.objectStore('meta').delete('cursor');
}

/** Version 3: other people's unsent changes kept for them on a shared phone. */
function upgradeTo3(db: IDBDatabase): void {
  db.createObjectStore('parked', { keyPath: 'personId' });
}

/** Version 4: notices that sync raises for the user (notices.ts), kept until dismissed. */
function upgradeTo4(db: IDBDatabase): void {
  db.createObjectStore('notices', { keyPath: 'id' });
}

/** Version 5: drafts of learnings, saved as the person types (drafts.ts). */
function upgradeTo5(db: IDBDatabase): void {
  db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('byPerson', 'personId');
}

export async function openStore(name = DEFAULT_DB_NAME): Promise<StoreDb> {
  // `blocking` needs the connection that openDB is still making.
  const connection: { db?: StoreDb } = {};
  connection.db = await openDB<VidenbroSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      const raw = db as unknown as IDBDatabase;
      const rawTx = tx as unknown as IDBTransaction;
      if (oldVersion < 1) upgradeTo1(raw);
      if (oldVersion < 2) upgradeTo2(raw, rawTx);
      if (oldVersion < 3) upgradeTo3(raw);
      if (oldVersion < 4) upgradeTo4(raw);
      if (oldVersion < 5) upgradeTo5(raw);
    },
    blocking() {
      // Another tab upgrades or deletes the database (sign-out): step aside and start over.
      connection.db?.close();
      globalThis.location?.reload();
    },
  });
  return connection.db;
}

export async function destroyStore(db: StoreDb, name = DEFAULT_DB_NAME): Promise<void> {
  db.close();
  await deleteDB(name);
}
