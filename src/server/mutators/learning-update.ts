// learning.update: the author changes a learning. With an older `baseVersion` (edited on
// another device meanwhile) the fields that are not text still apply, and a different
// text is kept beside the current one as a conflict (learning-conflicts.ts) for the
// author to merge; merging is an ordinary update naming the merged `resolvedConflicts`.
// A narrowed audience is recorded, so pull deletes the learning from those who lost it.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { parseJsonList } from '../db/json';
import { learningVisibility, lockLearning, recordRetraction, updateLearning, visibilityColumns } from '../db/learnings';
import { decideTexts, type KeptConflict } from './learning-conflicts';
import { checkNewCompetences, checkSeminar, checkVisibility, competenceList, dloList, requireAuthor } from './learning-rules';

export const learningUpdate: Mutator<'learning.update'> = async (ctx, args) => {
  const row = await lockLearning(ctx.tx, args.id, ctx.dialect);
  if (!row || row.deleted) throw new MutationRefusal('learning_not_found');
  requireAuthor(ctx, row);

  // Only what changes is checked: a device resending the whole learning is not refused
  // because a network it still names was left, or a tagged competence retired, since.
  const visibility = visibilityColumns(args.visibility ?? learningVisibility(row));
  const audienceKindChanged = visibility.visibility !== row.visibility;
  if (args.visibility && (audienceKindChanged || visibility.visibility_network_id !== row.visibility_network_id)) {
    await checkVisibility(ctx, args.visibility);
  }
  if (args.seminarId !== undefined && args.seminarId !== row.seminar_id) await checkSeminar(ctx, args.seminarId);
  const tagged = new Set(parseJsonList<string>(row.competence_ids));
  const competenceIds = args.competenceIds && await checkNewCompetences(ctx, args.competenceIds, tagged);

  const current = { title: row.title, body: row.body, application: row.application };
  const { texts, conflicts } = decideTexts({
    current,
    incoming: { title: args.title ?? row.title, body: args.body ?? row.body, application: args.application ?? row.application },
    stale: args.baseVersion < row.revision,
    kept: parseJsonList<KeptConflict>(row.conflicts),
    resolved: args.resolvedConflicts ?? [],
    now: ctx.now,
  });
  // "Min enhed" is the author's unit when the learning is first shared with a unit.
  const unitId = visibility.visibility === 'unit' && audienceKindChanged ? ctx.viewer.unitId : row.unit_id;
  const version = await ctx.nextVersion();
  if (audienceKindChanged || visibility.visibility_network_id !== row.visibility_network_id || unitId !== row.unit_id) {
    await recordRetraction(ctx.tx, {
      learning_id: row.id, version, visibility: row.visibility, visibility_network_id: row.visibility_network_id, unit_id: row.unit_id,
    });
  }
  await updateLearning(ctx.tx, row.id, {
    ...texts,
    source_kind: args.sourceKind ?? row.source_kind,
    seminar_id: args.seminarId === undefined ? row.seminar_id : args.seminarId,
    competence_ids: competenceIds ? competenceList(competenceIds) : row.competence_ids,
    dlo: args.dlo ? dloList(args.dlo) : row.dlo,
    ...visibility,
    unit_id: unitId,
    conflicts: JSON.stringify(conflicts),
    revision: row.revision + 1,
    updated_at: ctx.now,
    version,
  });
};
