// SQL of networks and memberships, and the record of scope changes that lets pull send
// a person exactly the rows that appeared or disappeared when their view of a network
// changed (sync.md: never a full resync for a join or a leave).
import type { Insertable, Transaction } from 'kysely';
import type { Database, MembershipTable, NetworkTable } from './schema';
import { membershipId } from '../../shared/entities';

type Tx = Transaction<Database>;

/** Who made the network with this id, deleted or not: a replayed create finds its own. */
export async function findNetworkCreator(tx: Tx, id: string): Promise<{ created_by: string } | undefined> {
  return tx.selectFrom('networks').select('created_by').where('id', '=', id).executeTakeFirst();
}

export async function insertNetwork(tx: Tx, row: Insertable<NetworkTable>): Promise<void> {
  await tx.insertInto('networks').values(row).execute();
}

export async function findNetwork(tx: Tx, id: string): Promise<NetworkTable | undefined> {
  return tx.selectFrom('networks').selectAll().where('id', '=', id).where('deleted', '=', 0).executeTakeFirst();
}

/** A person's membership of a network, when there is one (active, pending or declined). */
export async function findMembership(tx: Tx, networkId: string, personId: string): Promise<MembershipTable | undefined> {
  return tx.selectFrom('memberships').selectAll()
    .where('id', '=', membershipId(networkId, personId)).where('deleted', '=', 0).executeTakeFirst();
}

export async function writeMembership(
  tx: Tx, networkId: string, personId: string, fields: Pick<MembershipTable, 'status' | 'role'>, version: number,
): Promise<void> {
  const row = { ...fields, deleted: 0, version };
  await tx.insertInto('memberships').values({ id: membershipId(networkId, personId), network_id: networkId, person_id: personId, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
}

/** Ends a membership (left, removed, a request withdrawn): a tombstone that pull sends as `del`. */
export async function endMembership(tx: Tx, networkId: string, personId: string, version: number): Promise<void> {
  await tx.updateTable('memberships').set({ deleted: 1, version })
    .where('id', '=', membershipId(networkId, personId)).execute();
}

/** The network's active members (coordinators among them), but the one who made the change. */
export async function activeMembersOf(tx: Tx, networkId: string, exceptPersonId: string): Promise<string[]> {
  return (await tx.selectFrom('memberships').select('person_id').where('network_id', '=', networkId)
    .where('status', '=', 'active').where('deleted', '=', 0).where('person_id', '!=', exceptPersonId).execute()).map((r) => r.person_id);
}

/** The network's active coordinators. */
export async function coordinatorsOf(tx: Tx, networkId: string): Promise<string[]> {
  return (await tx.selectFrom('memberships').select('person_id').where('network_id', '=', networkId)
    .where('status', '=', 'active').where('role', '=', 'coordinator').where('deleted', '=', 0).execute()).map((r) => r.person_id);
}

/** How many coordinators the network has (a network keeps at least one). */
export async function countCoordinators(tx: Tx, networkId: string): Promise<number> {
  return (await coordinatorsOf(tx, networkId)).length;
}

/** `personId`'s view of `networkId` changed at `version`: their next pull sends the difference. */
export async function recordScopeChange(tx: Tx, personId: string, networkId: string, version: number): Promise<void> {
  await tx.insertInto('scope_changes').values({ person_id: personId, network_id: networkId, version }).execute();
}
