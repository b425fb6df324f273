// Who may run a seminar, and what its fields must satisfy: shared by the seminar mutators.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { Viewer } from '../sync/viewer';
import { hasRole } from '../sync/viewer';
import { MutationRefusal } from '../../shared/protocol';
import type { SeminarRow } from '../db/seminars';

/** Organizers and admins create seminars; so do the coordinators of the network they belong to. */
export function mayCreateSeminar(viewer: Viewer, networkId: string | null | undefined): boolean {
  return hasRole(viewer, 'organizer') || hasRole(viewer, 'admin') || (!!networkId && viewer.coordinatorOf.has(networkId));
}

/** Its organizer, an admin, or a coordinator of its network runs a seminar. */
export function mayRunSeminar(viewer: Viewer, seminar: Pick<SeminarRow, 'organizer_id' | 'network_id'>): boolean {
  return seminar.organizer_id === viewer.personId || hasRole(viewer, 'admin')
    || (seminar.network_id !== null && viewer.coordinatorOf.has(seminar.network_id));
}

export function checkTimes(startsAt: string, endsAt: string): void {
  if (Date.parse(endsAt) <= Date.parse(startsAt)) throw new MutationRefusal('seminar_times_invalid');
}

/** Linked network and tagged competences must exist. */
export async function checkReferences(
  tx: Transaction<Database>,
  refs: { networkId?: string | null; competenceIds?: string[] },
): Promise<void> {
  if (refs.networkId) {
    const network = await tx.selectFrom('networks').select('id').where('id', '=', refs.networkId).where('deleted', '=', 0).executeTakeFirst();
    if (!network) throw new MutationRefusal('network_not_found');
  }
  const ids = [...new Set(refs.competenceIds ?? [])];
  if (ids.length > 0) {
    const found = await tx.selectFrom('competences').select('id').where('id', 'in', ids).where('deleted', '=', 0).execute();
    if (found.length !== ids.length) throw new MutationRefusal('competence_not_found');
  }
}
