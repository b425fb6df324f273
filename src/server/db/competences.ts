// SQL of the competence catalogue as changes refer to it: a competence a person, a unit or
// an event names must exist and not be retired.
import type { Transaction } from 'kysely';
import type { Database } from './schema';

type Tx = Transaction<Database>;

export async function findLiveCompetence(tx: Tx, competenceId: string): Promise<{ id: string } | undefined> {
  return tx.selectFrom('competences').select('id').where('id', '=', competenceId).where('deleted', '=', 0).executeTakeFirst();
}

/** Those of `ids` that exist and are not retired. */
export async function findLiveCompetenceIds(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.selectFrom('competences').select('id').where('id', 'in', [...ids]).where('deleted', '=', 0).execute();
  return rows.map((r) => r.id);
}
