// coreKnowledge.set: the unit's leader states how many people the unit needs, now and in
// five years, at least at a level, of one competence (plan activity 5).
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { DEFAULT_NEED_LEVEL, isNeedInRange } from '../../shared/core-knowledge/rules';
import { findCoreKnowledge, writeCoreKnowledge } from '../db/core-knowledge';
import { findLiveCompetence } from '../db/competences';
import { requireUnitLeader } from './unit-rules';

export const coreKnowledgeSet: Mutator<'coreKnowledge.set'> = async (ctx, args) => {
  await requireUnitLeader(ctx, args.unitId);
  const competence = await findLiveCompetence(ctx.tx, args.competenceId);
  if (!competence) throw new MutationRefusal('competence_not_found');
  const competenceId = competence.id;
  if (!isNeedInRange(args.needNow) || !isNeedInRange(args.needIn5Years)) throw new MutationRefusal('need_out_of_range');
  const existing = await findCoreKnowledge(ctx.tx, args.unitId, competenceId);
  // An absent level or note keeps what the row says (a change of numbers must not blank the note).
  await writeCoreKnowledge(ctx.tx, args.unitId, competenceId, {
    need_now: args.needNow,
    need_in_5_years: args.needIn5Years,
    level: args.level ?? existing?.level ?? DEFAULT_NEED_LEVEL,
    note: args.note ?? existing?.note ?? '',
  }, await ctx.nextVersion());
};
