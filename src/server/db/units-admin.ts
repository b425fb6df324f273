// An admin's areas and units (mutators/admin-organisation.ts): read one, write one. Every
// device holds them all, so a new version is all a rename or a move to another area needs.
import type { Transaction } from 'kysely';
import type { Database } from './schema';

type Tx = Transaction<Database>;

export async function readArea(tx: Tx, id: string): Promise<{ name: string; deleted: number } | undefined> {
  return tx.selectFrom('areas').select(['name', 'deleted']).where('id', '=', id).executeTakeFirst();
}

export async function readUnit(tx: Tx, id: string): Promise<{ name: string; area_id: string; deleted: number } | undefined> {
  return tx.selectFrom('units').select(['name', 'area_id', 'deleted']).where('id', '=', id).executeTakeFirst();
}

export async function writeArea(tx: Tx, id: string, name: string, version: number, exists: boolean): Promise<void> {
  if (exists) await tx.updateTable('areas').set({ name, version, deleted: 0 }).where('id', '=', id).execute();
  else await tx.insertInto('areas').values({ id, name, version, deleted: 0 }).execute();
}

export async function writeUnit(tx: Tx, id: string, fields: { name: string; area_id: string }, version: number, exists: boolean): Promise<void> {
  if (exists) await tx.updateTable('units').set({ ...fields, version, deleted: 0 }).where('id', '=', id).execute();
  else await tx.insertInto('units').values({ id, ...fields, version, deleted: 0 }).execute();
}
