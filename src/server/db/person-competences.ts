// SQL of a person's own competences (competence.set, competence.remove): every write takes
// a fresh version, and a removal is a tombstone, so pull sends it as `del`.
import type { Transaction } from 'kysely';
import type { Database, PersonCompetenceTable } from './schema';
import { personCompetenceId } from '../../shared/entities';

type Tx = Transaction<Database>;

export async function findPersonCompetence(tx: Tx, personId: string, competenceId: string): Promise<{ id: string } | undefined> {
  return tx.selectFrom('person_competences').select('id')
    .where('id', '=', personCompetenceId(personId, competenceId)).where('deleted', '=', 0).executeTakeFirst();
}

/** Registers or changes the competence; a removed one comes back. */
export async function writePersonCompetence(
  tx: Tx, personId: string, competenceId: string,
  fields: Pick<PersonCompetenceTable, 'level' | 'can_help' | 'note' | 'updated_at'>, version: number,
): Promise<void> {
  const row = { ...fields, deleted: 0, version };
  await tx.insertInto('person_competences')
    .values({ id: personCompetenceId(personId, competenceId), person_id: personId, competence_id: competenceId, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
}

export async function removePersonCompetence(tx: Tx, personId: string, competenceId: string, now: string, version: number): Promise<void> {
  await tx.updateTable('person_competences')
    .set({ deleted: 1, updated_at: now, version })
    .where('id', '=', personCompetenceId(personId, competenceId)).execute();
}
