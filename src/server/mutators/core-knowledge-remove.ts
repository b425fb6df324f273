// coreKnowledge.remove: the unit's leader takes a competence off the unit's core knowledge.
// Works for a competence since removed from the catalogue too: that is when it is needed.
import type { Mutator } from './context';
import { findCoreKnowledge, removeCoreKnowledge } from '../db/core-knowledge';
import { requireUnitLeader } from './unit-rules';

export const coreKnowledgeRemove: Mutator<'coreKnowledge.remove'> = async (ctx, args) => {
  await requireUnitLeader(ctx, args.unitId);
  // Removing what is already gone is the outcome the leader wanted: applied, nothing to do.
  if (!(await findCoreKnowledge(ctx.tx, args.unitId, args.competenceId))) return;
  await removeCoreKnowledge(ctx.tx, args.unitId, args.competenceId, await ctx.nextVersion());
};
