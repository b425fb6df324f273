// An admin's competence catalogue (mutators/admin-competences.ts): read one, the names in
// use, write one. Every device holds the whole catalogue, so a new version of the one row
// is all an added, renamed, re-described or retired competence needs.
import type { Selectable, Transaction } from 'kysely';
import type { CompetenceTable, Database } from './schema';

type Tx = Transaction<Database>;

export type CompetenceFields = Pick<CompetenceTable, 'name' | 'category' | 'description' | 'synonyms' | 'retired'>;

export async function readCompetence(tx: Tx, id: string): Promise<Selectable<CompetenceTable> | undefined> {
  return tx.selectFrom('competences').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The live competences' ids and names: a few hundred rows, compared in Danish by the caller. */
export async function liveCompetenceNames(tx: Tx): Promise<{ id: string; name: string }[]> {
  return tx.selectFrom('competences').select(['id', 'name']).where('deleted', '=', 0).execute();
}

export async function writeCompetence(tx: Tx, id: string, fields: CompetenceFields, version: number, exists: boolean): Promise<void> {
  if (exists) await tx.updateTable('competences').set({ ...fields, version, deleted: 0 }).where('id', '=', id).execute();
  else await tx.insertInto('competences').values({ id, ...fields, merged_into: null, version, deleted: 0 }).execute();
}
