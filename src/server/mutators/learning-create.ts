// learning.create: what I learned and how we can use it. The server sets the author, the
// revision (1) and the times. A replayed create by its author changes nothing; the same
// id from someone else is refused.
import type { Mutator } from './context';
import { insertLearning, lockLearning, visibilityColumns } from '../db/learnings';
import { personName } from '../db/people';
import { checkCompetences, checkSeminar, checkVisibility, competenceList, dloList, requireAuthor } from './learning-rules';

export const learningCreate: Mutator<'learning.create'> = async (ctx, args) => {
  const existing = await lockLearning(ctx.tx, args.id, ctx.dialect);
  if (existing) return requireAuthor(ctx, existing);
  await checkVisibility(ctx, args.visibility);
  await checkSeminar(ctx, args.seminarId);
  const competenceIds = await checkCompetences(ctx, args.competenceIds ?? []);
  const inserted = await insertLearning(ctx.tx, {
    id: args.id, author_id: ctx.viewer.personId, author_name: await personName(ctx.tx, ctx.viewer.personId), title: args.title, body: args.body, application: args.application ?? '',
    source_kind: args.sourceKind, seminar_id: args.seminarId ?? null, competence_ids: competenceList(competenceIds),
    dlo: dloList(args.dlo), ...visibilityColumns(args.visibility),
    // The author's unit now: "min enhed" means this unit, also if the author moves later.
    unit_id: ctx.viewer.unitId,
    conflicts: '[]', created_at: ctx.now, updated_at: ctx.now, revision: 1, version: await ctx.nextVersion(), deleted: 0,
  });
  // Another push with the same id got there first (PostgreSQL waits for it): whose is it?
  if (!inserted) requireAuthor(ctx, (await lockLearning(ctx.tx, args.id, ctx.dialect))!);
};
