// SQL of the competence catalogue as changes refer to it: a competence a person, a unit or
// an event names must exist. One merged into another (by an admin) answers with its
// survivor, so a change made on a phone that has not yet heard of the merge still lands.
import type { Transaction } from 'kysely';
import type { Database } from './schema';

type Tx = Transaction<Database>;

/** The competence as the catalogue has it now: itself, its survivor when merged, or undefined when gone. */
export async function findLiveCompetence(tx: Tx, competenceId: string): Promise<{ id: string } | undefined> {
  const current = await currentCompetenceIds(tx, [competenceId]);
  const id = current.get(competenceId);
  return id === undefined ? undefined : { id };
}

/**
 * For each of `ids` that still counts: the id to write (its own, or its survivor's when it
 * was merged). Ids of competences that are gone are missing from the map.
 */
export async function currentCompetenceIds(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  const current = new Map<string, string>();
  if (ids.length === 0) return current;
  const rows = await tx.selectFrom('competences').select(['id', 'deleted', 'merged_into']).where('id', 'in', [...new Set(ids)]).execute();
  const survivors = rows.filter((r) => r.deleted !== 0 && r.merged_into !== null).map((r) => r.merged_into!);
  const liveSurvivors = new Set(survivors.length === 0 ? [] : (await tx.selectFrom('competences').select('id')
    .where('id', 'in', [...new Set(survivors)]).where('deleted', '=', 0).execute()).map((r) => r.id));
  for (const row of rows) {
    if (row.deleted === 0) current.set(row.id, row.id);
    else if (row.merged_into !== null && liveSurvivors.has(row.merged_into)) current.set(row.id, row.merged_into);
  }
  return current;
}
