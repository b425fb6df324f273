// Small typed key-value settings of the device: clientId, cursor, counters.
import type { MetaValues } from './schema';
import type { StoreDb } from './open';
import type { WriteTx } from './tx';

export async function getMeta<K extends keyof MetaValues>(db: StoreDb, key: K): Promise<MetaValues[K] | undefined> {
  return (await db.get('meta', key)) as MetaValues[K] | undefined;
}

export async function setMeta<K extends keyof MetaValues>(db: StoreDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.put('meta', value, key);
}

export async function deleteMeta(db: StoreDb, key: keyof MetaValues): Promise<void> {
  await db.delete('meta', key);
}

export async function getMetaIn<K extends keyof MetaValues>(tx: WriteTx, key: K): Promise<MetaValues[K] | undefined> {
  return (await tx.objectStore('meta').get(key)) as MetaValues[K] | undefined;
}

export async function setMetaIn<K extends keyof MetaValues>(tx: WriteTx, key: K, value: MetaValues[K]): Promise<void> {
  await tx.objectStore('meta').put(value, key);
}

/** The installation's random id (sync.md): made once, kept until sign-out wipes the database. */
export async function ensureClientId(db: StoreDb): Promise<string> {
  const existing = await getMeta(db, 'clientId');
  if (existing) return existing;
  const clientId = crypto.randomUUID();
  await setMeta(db, 'clientId', clientId);
  return clientId;
}
