// network.approve / network.decline: a coordinator answers a request to join. Answering
// twice, or a request already withdrawn, changes nothing. A declined request is kept as a
// row only its asker sees (db/visibility/networks.ts): their phone tells them the answer,
// and so does a message outside the app.
import type { Mutator } from './context';
import { findMembership, writeMembership } from '../db/networks';
import { networkOrRefuse, requireCoordinator, scopeChanged } from './network-rules';
import { tellAnswer } from './network-messages';

export const networkApprove: Mutator<'network.approve'> = async (ctx, args) => {
  await networkOrRefuse(ctx, args.networkId);
  requireCoordinator(ctx, args.networkId);
  const request = await findMembership(ctx.tx, args.networkId, args.personId);
  if (request?.status !== 'pending') return;
  const version = await ctx.nextVersion();
  await writeMembership(ctx.tx, args.networkId, args.personId, { status: 'active', role: 'member' }, version);
  await scopeChanged(ctx, args.personId, args.networkId);
  await tellAnswer(ctx, args.networkId, args.personId, 'requestApproved', version);
};

export const networkDecline: Mutator<'network.decline'> = async (ctx, args) => {
  await networkOrRefuse(ctx, args.networkId);
  requireCoordinator(ctx, args.networkId);
  const request = await findMembership(ctx.tx, args.networkId, args.personId);
  if (request?.status !== 'pending') return;
  const version = await ctx.nextVersion();
  await writeMembership(ctx.tx, args.networkId, args.personId, { status: 'declined', role: 'member' }, version);
  await tellAnswer(ctx, args.networkId, args.personId, 'requestDeclined', version);
};
