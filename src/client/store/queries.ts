// Read-only queries the screens use, over the in-memory rows with pending changes on top.
import type { Competence, Person, PersonCompetence } from '../../shared/entities';
import type { LocalStore } from './local-store';
import type { RejectedEntry } from './schema';

export const getPerson = (store: LocalStore, id: string): Person | undefined => store.get('person', id);

export function listCatalogue(store: LocalStore): Competence[] {
  return store.all('competence').sort((a, b) => a.category.localeCompare(b.category, 'da') || a.name.localeCompare(b.name, 'da'));
}

export interface OwnCompetence { row: PersonCompetence; competence: Competence | undefined; pending: boolean }

export function listPersonCompetences(store: LocalStore, personId: string): OwnCompetence[] {
  return store.ofPerson('personCompetence', personId)
    .map((row) => ({ row, competence: store.get('competence', row.competenceId), pending: store.isPending('personCompetence', row.id) }))
    .sort((a, b) => (a.competence?.name ?? '').localeCompare(b.competence?.name ?? '', 'da'));
}

export async function listRejected(store: LocalStore): Promise<RejectedEntry[]> {
  return (await store.idb.getAll('rejected')).sort((a, b) => b.at.localeCompare(a.at));
}

export async function dismissRejected(store: LocalStore, id: number): Promise<void> {
  await store.idb.delete('rejected', id);
}

/** How many people hold each competence. */
export function holderCounts(store: LocalStore): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of store.all('personCompetence')) {
    if (store.get('person', row.personId)) counts.set(row.competenceId, (counts.get(row.competenceId) ?? 0) + 1);
  }
  return counts;
}

/** A competence's holders: "kan hjælpe" first, then higher level, then by name. */
export function listHolders(store: LocalStore, competenceId: string) {
  return store.all('personCompetence')
    .filter((row) => row.competenceId === competenceId)
    .flatMap((row) => {
      const person = store.get('person', row.personId);
      return person ? [{ row, person, unit: store.get('unit', person.unitId) }] : [];
    })
    .sort((a, b) => Number(b.row.canHelp) - Number(a.row.canHelp) || b.row.level - a.row.level || a.person.name.localeCompare(b.person.name, 'da'));
}
