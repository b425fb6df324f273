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
