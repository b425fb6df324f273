// SQL the worker reads for messages about networks (issue 22): whether each still concerns
// its person when it is sent, and the network or task as the message names it.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Each (network, person)'s membership now, keyed `networkId:personId`: its status and role. */
export async function membershipsNow(
  db: Db, pairs: readonly { networkId: string; personId: string }[],
): Promise<Map<string, { status: string; role: string }>> {
  const found = new Map<string, { status: string; role: string }>();
  if (pairs.length === 0) return found;
  const rows = await db.selectFrom('memberships').select(['network_id', 'person_id', 'status', 'role'])
    .where('network_id', 'in', [...new Set(pairs.map((p) => p.networkId))])
    .where('person_id', 'in', [...new Set(pairs.map((p) => p.personId))])
    .where('deleted', '=', 0).execute();
  for (const r of rows) found.set(`${r.network_id}:${r.person_id}`, { status: r.status, role: r.role });
  return found;
}

/** A network as a message names it (null: deleted), with how many requests to join wait. */
export async function findNotificationNetwork(db: Db, id: string): Promise<{ id: string; name: string; waiting: number } | null> {
  const network = await db.selectFrom('networks').select(['id', 'name']).where('id', '=', id).where('deleted', '=', 0).executeTakeFirst();
  if (!network) return null;
  const row = await db.selectFrom('memberships').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('network_id', '=', id).where('status', '=', 'pending').where('deleted', '=', 0).executeTakeFirstOrThrow();
  return { ...network, waiting: Number(row.n) };
}

/** A task as a message names it, with its network (null: the task or its network deleted). */
export async function findNotificationTask(
  db: Db, id: string,
): Promise<{ id: string; title: string; status: string; network_id: string; network_name: string } | null> {
  return (await db.selectFrom('network_tasks').innerJoin('networks', 'networks.id', 'network_tasks.network_id')
    .select(['network_tasks.id', 'network_tasks.title', 'network_tasks.status', 'network_tasks.network_id', 'networks.name as network_name'])
    .where('network_tasks.id', '=', id).where('network_tasks.deleted', '=', 0).where('networks.deleted', '=', 0)
    .executeTakeFirst()) ?? null;
}

/** The network of each task, by task id (deleted tasks left out). */
export async function networksOfTasks(db: Db, taskIds: readonly string[]): Promise<Map<string, string>> {
  if (taskIds.length === 0) return new Map();
  const rows = await db.selectFrom('network_tasks').select(['id', 'network_id'])
    .where('id', 'in', [...new Set(taskIds)]).where('deleted', '=', 0).execute();
  return new Map(rows.map((r) => [r.id, r.network_id]));
}
