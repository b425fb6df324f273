// competence.remove: a person removes one of their own competences (a tombstone for pull).
import type { Mutator } from './context';
import { personCompetenceId } from '../../shared/entities';

export const competenceRemove: Mutator<'competence.remove'> = async ({ tx, viewer, now, nextVersion }, args) => {
  const id = personCompetenceId(viewer.personId, args.competenceId);
  const existing = await tx.selectFrom('person_competences').select('id')
    .where('id', '=', id).where('deleted', '=', 0).executeTakeFirst();
  // Removing what is already gone is the outcome the user wanted: applied, nothing to do.
  if (!existing) return;
  await tx.updateTable('person_competences')
    .set({ deleted: 1, updated_at: now, version: await nextVersion() })
    .where('id', '=', id).execute();
};
