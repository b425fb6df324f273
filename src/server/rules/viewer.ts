// Who is asking, as every rule of what a person may see and do takes it: loaded fresh for
// each request (db/viewers.ts), so a new role, unit or network applies at once. Pure, and
// shared by pull, push and the mutators.
import type { Role } from '../../shared/entities';

export interface Viewer {
  personId: string;
  unitId: string;
  roles: Role[];
  scopeVersion: number;
  /** Networks where the person is an active member. */
  networkIds: Set<string>;
  coordinatorOf: Set<string>;
}

export const hasRole = (viewer: Viewer, role: Role): boolean => viewer.roles.includes(role);
