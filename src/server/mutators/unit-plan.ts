// unit.setStrategy and unit.markLearningMeeting: the leader's strategy for closing the
// gap, and the moment the unit last held "det lærende møde" (its learnings presented).
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { MEETING_CLOCK_SKEW_MS } from '../../shared/core-knowledge/rules';
import { writeUnitPlan } from '../db/core-knowledge';
import { requireUnitLeader } from './unit-rules';

export const unitSetStrategy: Mutator<'unit.setStrategy'> = async (ctx, args) => {
  await requireUnitLeader(ctx, args.unitId);
  await writeUnitPlan(ctx.tx, args.unitId, { strategy: args.strategy }, ctx.now, await ctx.nextVersion());
};

export const unitMarkLearningMeeting: Mutator<'unit.markLearningMeeting'> = async (ctx, args) => {
  await requireUnitLeader(ctx, args.unitId);
  const heldAt = Date.parse(args.heldAt);
  // The phone's clock may run a little ahead; a meeting further out has not been held.
  if (heldAt > Date.parse(ctx.now) + MEETING_CLOCK_SKEW_MS) throw new MutationRefusal('learning_meeting_in_future');
  // The leader's latest word wins (a wrongly marked meeting can be corrected), in one form
  // (UTC, milliseconds) so that times compare as text on every device.
  await writeUnitPlan(ctx.tx, args.unitId, { last_learning_meeting_at: new Date(heldAt).toISOString() }, ctx.now, await ctx.nextVersion());
};
