// competence.set: a person registers (or changes) one of their own competences.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { bit } from '../db/json';
import { findLiveCompetence } from '../db/competences';
import { writePersonCompetence } from '../db/person-competences';

export const competenceSet: Mutator<'competence.set'> = async ({ tx, viewer, now, nextVersion }, args) => {
  // A competence merged since the phone picked it: the registration goes to its survivor.
  const competence = await findLiveCompetence(tx, args.competenceId);
  if (!competence) throw new MutationRefusal('competence_not_found');
  await writePersonCompetence(tx, viewer.personId, competence.id, {
    level: args.level,
    can_help: bit(args.canHelp),
    note: args.note ?? '',
    updated_at: now,
  }, await nextVersion());
};
