// Optimistic rows. Before a local change first touches a row, the server's version of
// it is kept as a shadow; a pull puts the shadows back, applies the server's changes,
// and replays what is still pending, so a refused change never lingers (sync.md).
import type { EntityOf, EntityType } from '../../shared/entities';
import type { WriteTx } from './tx';

const shadowKey = (type: EntityType, id: string) => `${type}:${id}`;

type LooseStore = {
  get(id: string): Promise<Record<string, unknown> | undefined>;
  put(value: Record<string, unknown>): Promise<unknown>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
};
export const entityStore = (tx: WriteTx, type: EntityType) => tx.objectStore(type) as unknown as LooseStore;

async function rememberShadow(tx: WriteTx, type: EntityType, id: string): Promise<void> {
  const key = shadowKey(type, id);
  if (await tx.objectStore('pending').get(key)) return;
  const current = await entityStore(tx, type).get(id);
  await tx.objectStore('pending').put({ key, type, id, shadow: current ?? null });
}

export async function readIn<T extends EntityType>(tx: WriteTx, type: T, id: string): Promise<EntityOf<T> | undefined> {
  return (await entityStore(tx, type).get(id)) as EntityOf<T> | undefined;
}

export async function putOptimistic<T extends EntityType>(tx: WriteTx, type: T, value: EntityOf<T>): Promise<void> {
  await rememberShadow(tx, type, value.id);
  await entityStore(tx, type).put(value as Record<string, unknown>);
}

export async function deleteOptimistic(tx: WriteTx, type: EntityType, id: string): Promise<void> {
  await rememberShadow(tx, type, id);
  await entityStore(tx, type).delete(id);
}

/** Puts every shadowed row back as the server last sent it. */
export async function revertOptimistic(tx: WriteTx): Promise<void> {
  const pending = tx.objectStore('pending');
  for (const entry of await pending.getAll()) {
    const store = entityStore(tx, entry.type);
    if (entry.shadow) await store.put(entry.shadow);
    else await store.delete(entry.id);
  }
  await pending.clear();
}
