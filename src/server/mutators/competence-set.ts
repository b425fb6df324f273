// competence.set: a person registers (or changes) one of their own competences.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { bit } from '../db/json';
import { findLiveCompetence } from '../db/competences';
import { writePersonCompetence } from '../db/person-competences';

export const competenceSet: Mutator<'competence.set'> = async ({ tx, viewer, now, nextVersion }, args) => {
  if (!(await findLiveCompetence(tx, args.competenceId))) throw new MutationRefusal('competence_not_found');
  await writePersonCompetence(tx, viewer.personId, args.competenceId, {
    level: args.level,
    can_help: bit(args.canHelp),
    note: args.note ?? '',
    updated_at: now,
  }, await nextVersion());
};
