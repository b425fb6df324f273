// SQL of networks' tasks (networkTask.create, networkTask.update): every write takes a
// fresh version, so pull sends it to those who see the task (db/visibility/networks.ts).
import type { Insertable, Selectable, Transaction, Updateable } from 'kysely';
import type { Database, NetworkTaskTable } from './schema';

type Tx = Transaction<Database>;

/** Who made the task with this id, deleted or not: a replayed create finds its own. */
export async function findNetworkTaskCreator(tx: Tx, id: string): Promise<{ created_by: string } | undefined> {
  return tx.selectFrom('network_tasks').select('created_by').where('id', '=', id).executeTakeFirst();
}

export async function findNetworkTask(tx: Tx, id: string): Promise<Selectable<NetworkTaskTable> | undefined> {
  return tx.selectFrom('network_tasks').selectAll().where('id', '=', id).where('deleted', '=', 0).executeTakeFirst();
}

export async function insertNetworkTask(tx: Tx, row: Insertable<NetworkTaskTable>): Promise<void> {
  await tx.insertInto('network_tasks').values(row).execute();
}

export async function updateNetworkTask(tx: Tx, id: string, fields: Updateable<NetworkTaskTable>): Promise<void> {
  await tx.updateTable('network_tasks').set(fields).where('id', '=', id).execute();
}
