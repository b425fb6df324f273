// competence.remove: a person removes one of their own competences (a tombstone for pull).
import type { Mutator } from './context';
import { findPersonCompetence, removePersonCompetence } from '../db/person-competences';

export const competenceRemove: Mutator<'competence.remove'> = async ({ tx, viewer, now, nextVersion }, args) => {
  // Removing what is already gone is the outcome the user wanted: applied, nothing to do.
  if (!(await findPersonCompetence(tx, viewer.personId, args.competenceId))) return;
  await removePersonCompetence(tx, viewer.personId, args.competenceId, now, await nextVersion());
};
