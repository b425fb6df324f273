// Who may create and run a seminar: the seminar mutators enforce it, and pull sends the
// venue's check-in code only to those who run the seminar. Pure.
import type { SeminarRow } from '../db/seminars';
import { hasRole, type Viewer } from './viewer';

/** Organizers and admins create seminars; so do the coordinators of the network they belong to. */
export function mayCreateSeminar(viewer: Viewer, networkId: string | null | undefined): boolean {
  return hasRole(viewer, 'organizer') || hasRole(viewer, 'admin') || (!!networkId && viewer.coordinatorOf.has(networkId));
}

/** Its organizer, an admin, or a coordinator of its network runs a seminar. */
export function mayRunSeminar(viewer: Viewer, seminar: Pick<SeminarRow, 'organizer_id' | 'network_id'>): boolean {
  return seminar.organizer_id === viewer.personId || hasRole(viewer, 'admin')
    || (seminar.network_id !== null && viewer.coordinatorOf.has(seminar.network_id));
}
