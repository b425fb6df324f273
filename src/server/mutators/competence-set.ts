// competence.set: a person registers (or changes) one of their own competences.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { personCompetenceId } from '../../shared/entities';
import { bit } from '../db/json';

export const competenceSet: Mutator<'competence.set'> = async ({ tx, viewer, now, nextVersion }, args) => {
  const competence = await tx.selectFrom('competences').select('id')
    .where('id', '=', args.competenceId).where('deleted', '=', 0).executeTakeFirst();
  if (!competence) throw new MutationRefusal('competence_not_found');
  const row = {
    level: args.level,
    can_help: bit(args.canHelp),
    note: args.note ?? '',
    updated_at: now,
    deleted: 0,
    version: await nextVersion(),
  };
  await tx.insertInto('person_competences')
    .values({ id: personCompetenceId(viewer.personId, args.competenceId), person_id: viewer.personId, competence_id: args.competenceId, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
};
