// network.join: an open network takes the person in at once; one "by approval" records
// a request for its coordinators (told outside the app, gathered). Joining again changes
// nothing; after a decline it is a new request (or, should the network have opened since,
// a membership).
import type { Mutator } from './context';
import { findMembership, writeMembership } from '../db/networks';
import { networkOrRefuse, scopeChanged } from './network-rules';
import { tellCoordinatorsOfRequest } from './network-messages';

export const networkJoin: Mutator<'network.join'> = async (ctx, args) => {
  const network = await networkOrRefuse(ctx, args.networkId);
  const existing = await findMembership(ctx.tx, args.networkId, ctx.viewer.personId);
  if (existing && existing.status !== 'declined') return;
  const status = network.join_policy === 'open' ? 'active' : 'pending';
  await writeMembership(ctx.tx, args.networkId, ctx.viewer.personId, { status, role: 'member' }, await ctx.nextVersion());
  if (status === 'active') await scopeChanged(ctx, ctx.viewer.personId, args.networkId);
  else await tellCoordinatorsOfRequest(ctx, args.networkId, ctx.viewer.personId);
};
