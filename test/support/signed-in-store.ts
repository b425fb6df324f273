// A fresh device store, as a signed-in person's phone has it: its own database, and the
// person recorded as the one whose changes it makes.
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';

export async function signedInStore(personId: string, prefix = 'store'): Promise<LocalStore> {
  const store = await LocalStore.open(`${prefix}-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', personId);
  return store;
}
