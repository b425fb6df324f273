// Device databases opened by a test, closed after each one (fake-indexeddb keeps them otherwise).
import { afterEach } from 'vitest';
import { openStore, type StoreDb } from '../../src/client/store/open';

/** Registers the clean-up in the calling test file; returns what opens a tracked store. */
export function trackedStores(): (name: string) => Promise<StoreDb> {
  const opened: StoreDb[] = [];
  afterEach(() => { for (const db of opened.splice(0)) db.close(); });
  return async (name) => {
    const db = await openStore(name);
    opened.push(db);
    return db;
  };
}
