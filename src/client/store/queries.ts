// Read-only queries the screens use. Rows may be optimistic; `pendingKeys` says which.
import type { Competence, Person, PersonCompetence } from '../../shared/entities';
import type { StoreDb } from './open';
import type { RejectedEntry } from './schema';

export const getPerson = (db: StoreDb, id: string): Promise<Person | undefined> => db.get('person', id);

export async function listCatalogue(db: StoreDb): Promise<Competence[]> {
  const all = await db.getAll('competence');
  return all.sort((a, b) => a.category.localeCompare(b.category, 'da') || a.name.localeCompare(b.name, 'da'));
}

export interface OwnCompetence { row: PersonCompetence; competence: Competence | undefined; pending: boolean }

export async function listPersonCompetences(db: StoreDb, personId: string): Promise<OwnCompetence[]> {
  const rows = await db.getAllFromIndex('personCompetence', 'byPerson', personId);
  const pending = await pendingKeys(db);
  const result = await Promise.all(rows.map(async (row) => ({
    row,
    competence: await db.get('competence', row.competenceId),
    pending: pending.has(`personCompetence:${row.id}`),
  })));
  return result.sort((a, b) => (a.competence?.name ?? '').localeCompare(b.competence?.name ?? '', 'da'));
}

/** `type:id` of every row that carries a change the server has not confirmed yet. */
export async function pendingKeys(db: StoreDb): Promise<Set<string>> {
  return new Set(await db.getAllKeys('pending'));
}

export async function listRejected(db: StoreDb): Promise<RejectedEntry[]> {
  return (await db.getAll('rejected')).sort((a, b) => b.at.localeCompare(a.at));
}

export async function dismissRejected(db: StoreDb, id: number): Promise<void> {
  await db.delete('rejected', id);
}
