// SQL of the messages about networks (issue 22): who is told of an answer, a task or new
// requests to join, and whether each still concerns them when it is sent.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';
import type { NotificationKind } from '../../shared/notifications/kinds';

type Db = Kysely<Database> | Transaction<Database>;

/** The network's active members (coordinators among them), but the one who made the change. */
export async function activeMembersOf(db: Db, networkId: string, exceptPersonId: string): Promise<string[]> {
  return (await db.selectFrom('memberships').select('person_id').where('network_id', '=', networkId)
    .where('status', '=', 'active').where('deleted', '=', 0).where('person_id', '!=', exceptPersonId).execute()).map((r) => r.person_id);
}

/** The network's active coordinators. */
export async function coordinatorsOf(db: Db, networkId: string): Promise<string[]> {
  return (await db.selectFrom('memberships').select('person_id').where('network_id', '=', networkId)
    .where('status', '=', 'active').where('role', '=', 'coordinator').where('deleted', '=', 0).execute()).map((r) => r.person_id);
}

/** The last message of a kind about a subject to a person: waiting (no `sent_at`) or sent. */
export async function lastNotification(
  db: Db, personId: string, kind: NotificationKind, subjectId: string,
): Promise<{ due_at: string; sent_at: string | null } | undefined> {
  return db.selectFrom('notification_queue').select(['due_at', 'sent_at'])
    .where('person_id', '=', personId).where('kind', '=', kind).where('subject_id', '=', subjectId)
    .orderBy('due_at', 'desc').limit(1).executeTakeFirst();
}

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
