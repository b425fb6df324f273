// network.leave: a member (or someone who asked to join, or was declined) leaves. The last coordinator
// cannot leave: the network would have nobody to run it.
import type { Mutator } from './context';
import { endMembership, findMembership } from '../db/networks';
import { keepACoordinator, networkOrRefuse, scopeChanged } from './network-rules';

export const networkLeave: Mutator<'network.leave'> = async (ctx, args) => {
  await networkOrRefuse(ctx, args.networkId);
  const membership = await findMembership(ctx.tx, args.networkId, ctx.viewer.personId);
  if (!membership) return; // left already
  await keepACoordinator(ctx, args.networkId, membership);
  await endMembership(ctx.tx, args.networkId, ctx.viewer.personId, await ctx.nextVersion());
  if (membership.status === 'active') await scopeChanged(ctx, ctx.viewer.personId, args.networkId);
};
