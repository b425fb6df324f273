// Who may do what with a learning, and what its fields must refer to: shared by the
// learning mutators. Only the author changes or deletes a learning; a network as
// visibility must be one the author is an active member of.
import type { MutationContext } from './context';
import { MutationRefusal } from '../../shared/protocol';
import type { Visibility } from '../../shared/entities';
import type { LearningRow } from '../db/learnings';
import { findLiveSeminar } from '../db/seminars';
import { networkOrRefuse } from './network-rules';
import { checkReferences } from './seminar-rules';
import { currentCompetenceIds } from '../db/competences';

export function requireAuthor(ctx: MutationContext, row: Pick<LearningRow, 'author_id'>): void {
  if (row.author_id !== ctx.viewer.personId) throw new MutationRefusal('learning_not_author');
}

export async function checkVisibility(ctx: MutationContext, visibility: Visibility): Promise<void> {
  if (typeof visibility === 'string') return;
  await networkOrRefuse(ctx, visibility.network);
  if (!ctx.viewer.networkIds.has(visibility.network)) throw new MutationRefusal('learning_network_not_member');
}

/** The event a learning came from must exist (a cancelled one too: people still learn from its material). */
export async function checkSeminar(ctx: MutationContext, seminarId: string | null | undefined): Promise<void> {
  if (!seminarId) return;
  if (!(await findLiveSeminar(ctx.tx, seminarId))) throw new MutationRefusal('seminar_not_found');
}

/** The tags to write (a merged competence's survivor in its place); unknown ones are refused. */
export async function checkCompetences(ctx: MutationContext, competenceIds: readonly string[]): Promise<string[]> {
  return (await checkReferences(ctx.tx, { competenceIds: [...competenceIds] })) ?? [];
}

/**
 * An edit's tags: those the learning already has pass as they are (a device resending the
 * whole learning is not refused because a tagged competence was removed since); new ones
 * must exist; a merged one becomes its survivor.
 */
export async function checkNewCompetences(ctx: MutationContext, competenceIds: readonly string[], tagged: ReadonlySet<string>): Promise<string[]> {
  const current = await currentCompetenceIds(ctx.tx, competenceIds);
  if (competenceIds.some((id) => !current.has(id) && !tagged.has(id))) throw new MutationRefusal('competence_not_found');
  return [...new Set(competenceIds.map((id) => current.get(id) ?? id))];
}

/** Lists as stored: competences once each in the order picked, DLO characteristics in their order. */
export const competenceList = (ids: readonly string[] | undefined): string => JSON.stringify([...new Set(ids ?? [])]);
export const dloList = (dlo: readonly number[] | undefined): string => JSON.stringify([...new Set(dlo ?? [])].sort((a, b) => a - b));
