// Who may do what with networks: shared by the network and task mutators.
import type { MutationContext } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { hasRole, type Viewer } from '../rules/viewer';
import { countCoordinators, findMembership, findNetwork, recordScopeChange } from '../db/networks';
import type { MembershipTable, NetworkTable } from '../db/schema';

/** Leaders and admins create networks and give them tasks (the plan's management). */
export const mayLead = (viewer: Viewer): boolean => hasRole(viewer, 'leader') || hasRole(viewer, 'admin');

export async function networkOrRefuse(ctx: MutationContext, networkId: string): Promise<NetworkTable> {
  const network = await findNetwork(ctx.tx, networkId);
  if (!network) throw new MutationRefusal('network_not_found');
  return network;
}

/** Coordinators run their network; admins may act for any. */
export function requireCoordinator(ctx: MutationContext, networkId: string): void {
  if (!ctx.viewer.coordinatorOf.has(networkId) && !hasRole(ctx.viewer, 'admin')) throw new MutationRefusal('not_allowed');
}

/** A change that would leave the network without an (active) coordinator is refused. */
export async function keepACoordinator(ctx: MutationContext, networkId: string, leaving: MembershipTable | undefined): Promise<void> {
  if (leaving?.role !== 'coordinator' || leaving.status !== 'active') return;
  if ((await countCoordinators(ctx.tx, networkId)) <= 1) throw new MutationRefusal('last_coordinator');
}

export async function activeMemberOrRefuse(ctx: MutationContext, networkId: string, personId: string): Promise<MembershipTable> {
  const membership = await findMembership(ctx.tx, networkId, personId);
  if (!membership || membership.status !== 'active') throw new MutationRefusal('not_a_member');
  return membership;
}

/** What `personId` may see of the network changed: note it for their next pull. */
export async function scopeChanged(ctx: MutationContext, personId: string, networkId: string): Promise<void> {
  await recordScopeChange(ctx.tx, personId, networkId, await ctx.nextVersion());
}
