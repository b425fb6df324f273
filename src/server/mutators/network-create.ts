// network.create: a leader or admin starts a network and becomes its coordinator.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { findNetworkCreator, insertNetwork, writeMembership } from '../db/networks';
import { mayLead, scopeChanged } from './network-rules';

export const networkCreate: Mutator<'network.create'> = async (ctx, args) => {
  const { tx, viewer, nextVersion } = ctx;
  const existing = await findNetworkCreator(tx, args.id);
  if (existing) {
    if (existing.created_by !== viewer.personId) throw new MutationRefusal('not_allowed');
    return; // a replayed create
  }
  if (!mayLead(viewer)) throw new MutationRefusal('not_allowed');
  await insertNetwork(tx, {
    id: args.id, name: args.name, description: args.description, kind: args.kind, join_policy: args.joinPolicy,
    created_by: viewer.personId, deleted: 0, version: await nextVersion(),
  });
  await writeMembership(tx, args.id, viewer.personId, { status: 'active', role: 'coordinator' }, await nextVersion());
  await scopeChanged(ctx, viewer.personId, args.id);
};
