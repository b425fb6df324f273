// learning.delete: the author deletes a learning. It becomes a tombstone that pull sends
// as `del` to everyone it was shared with; its texts are cleared on the server. Deleting
// again, or a learning whose create never went through, changes nothing.
import type { Mutator } from './context';
import { lockLearning, updateLearning } from '../db/learnings';
import { requireAuthor } from './learning-rules';

export const learningDelete: Mutator<'learning.delete'> = async (ctx, args) => {
  const row = await lockLearning(ctx.tx, args.id, ctx.dialect);
  if (!row) return;
  requireAuthor(ctx, row);
  if (row.deleted) return;
  await updateLearning(ctx.tx, row.id, {
    deleted: 1, title: '', body: '', application: '', conflicts: '[]', updated_at: ctx.now, version: await ctx.nextVersion(),
  });
};
