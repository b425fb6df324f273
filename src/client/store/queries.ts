// Read-only queries the screens use, over the in-memory rows with pending changes on top,
// and the few small writes of what the user has read (refused changes, notices).
import type { Competence, Person, PersonCompetence } from '../../shared/entities';
import type { LocalStore } from './local-store';
import type { NoticeEntry, OutboxEntry, RejectedEntry } from './schema';
import { dismissNotice as dismissStoredNotice, listOpenNotices } from './notices';
import { byDanish, byTime } from '../../shared/i18n/collate';
import { withdrawnReflection } from '../notices/reflection';

export const getPerson = (store: LocalStore, id: string): Person | undefined => store.get('person', id);

export function listCatalogue(store: LocalStore): Competence[] {
  return store.all('competence').sort((a, b) => byDanish(a.category, b.category) || byDanish(a.name, b.name));
}

export interface OwnCompetence { row: PersonCompetence; competence: Competence | undefined; pending: boolean }

export function listPersonCompetences(store: LocalStore, personId: string): OwnCompetence[] {
  return store.ofPerson('personCompetence', personId)
    .map((row) => ({ row, competence: store.get('competence', row.competenceId), pending: store.isPending('personCompetence', row.id) }))
    .sort((a, b) => byDanish(a.competence?.name ?? '', b.competence?.name ?? ''));
}

/**
 * My competences removed on this device and not yet confirmed by the server: still shown
 * (as being removed) until they are, like any other pending change.
 */
export function listPendingRemovals(store: LocalStore, personId: string): { row: PersonCompetence; competence: Competence | undefined }[] {
  return store.overlayEntries()
    .filter((entry) => entry.type === 'personCompetence' && entry.value === null)
    .flatMap((entry) => {
      const row = store.synced.get('personCompetence', entry.id);
      return row && row.personId === personId ? [{ row, competence: store.get('competence', row.competenceId) }] : [];
    })
    .sort((a, b) => byDanish(a.competence?.name ?? '', b.competence?.name ?? ''));
}

/**
 * One list of what the user should read ("Beskeder"): changes the server refused, and the
 * notices sync raised. Each goes away when dismissed.
 */
export type Notice =
  | { source: 'rejected'; id: string; at: string; entry: RejectedEntry }
  | { source: 'sync'; id: string; at: string; entry: NoticeEntry };

/** The learning log's drafts, snoozes and pending changes: loaded with its screens, not the first paint. */
export const learningStore = () => import('./learning-store');

export async function listNotices(store: LocalStore): Promise<Notice[]> {
  const [rejected, notices] = await Promise.all([store.idb.getAll('rejected'), listOpenNotices(store.idb)]);
  return [
    ...rejected.map((entry): Notice => ({ source: 'rejected', id: `rejected:${entry.id}`, at: entry.at, entry })),
    ...notices
      .filter((entry) => entry.kind !== 'reflection' || !withdrawnReflection(entry.vars, (id) => store.get('seminar', id)))
      .map((entry): Notice => ({ source: 'sync', id: entry.id, at: entry.at, entry })),
  ].sort((a, b) => byTime(b.at, a.at));
}

export async function dismissNotice(store: LocalStore, notice: Notice): Promise<void> {
  if (notice.source === 'rejected') await dismissRejected(store, notice.entry.id);
  else await dismissStoredNotice(store.idb, notice.entry.id);
}

export async function listRejected(store: LocalStore): Promise<RejectedEntry[]> {
  return (await store.idb.getAll('rejected')).sort((a, b) => byTime(b.at, a.at));
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
    .sort((a, b) => Number(b.row.canHelp) - Number(a.row.canHelp) || b.row.level - a.row.level || byDanish(a.person.name, b.person.name));
}

/**
 * Changes about events still waiting to go out, and those the server refused: the events
 * screens show "afventer bekræftelse" or the server's reason from these (a seat is never
 * shown before the server said so).
 */
export async function listEventChanges(store: LocalStore): Promise<{ pending: OutboxEntry[]; refused: RejectedEntry[] }> {
  const [pending, refused] = await Promise.all([store.idb.getAll('outbox'), store.idb.getAll('rejected')]);
  const about = (name: string) => name.startsWith('seminar.') || name.startsWith('signup.') || name === 'checkin' || name === 'attendance.set';
  return { pending: pending.filter((entry) => about(entry.name)), refused: refused.filter((entry) => about(entry.name)) };
}
