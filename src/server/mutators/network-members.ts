// network.setRole / network.removeMember: a coordinator makes a member coordinator (or
// back), or takes a member out; never so that the network is left without a coordinator.
import type { Mutator } from './context';
import { endMembership, writeMembership } from '../db/networks';
import { activeMemberOrRefuse, keepACoordinator, networkOrRefuse, requireCoordinator, scopeChanged } from './network-rules';

export const networkSetRole: Mutator<'network.setRole'> = async (ctx, args) => {
  await networkOrRefuse(ctx, args.networkId);
  requireCoordinator(ctx, args.networkId);
  const membership = await activeMemberOrRefuse(ctx, args.networkId, args.personId);
  if (membership.role === args.role) return;
  if (args.role === 'member') await keepACoordinator(ctx, args.networkId, membership);
  await writeMembership(ctx.tx, args.networkId, args.personId, { status: 'active', role: args.role }, await ctx.nextVersion());
  // Coordinators see the network's requests and its seminars' sign-ups.
  await scopeChanged(ctx, args.personId, args.networkId);
};

export const networkRemoveMember: Mutator<'network.removeMember'> = async (ctx, args) => {
  await networkOrRefuse(ctx, args.networkId);
  requireCoordinator(ctx, args.networkId);
  const membership = await activeMemberOrRefuse(ctx, args.networkId, args.personId);
  await keepACoordinator(ctx, args.networkId, membership);
  await endMembership(ctx.tx, args.networkId, args.personId, await ctx.nextVersion());
  await scopeChanged(ctx, args.personId, args.networkId);
};
