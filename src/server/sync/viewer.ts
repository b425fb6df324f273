// Who is asking: what pull and the mutators need to know to decide what a person may
// see and do. Loaded fresh for every request, so a new role or unit applies at once.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { Role } from '../../shared/entities';
import { parseJsonList } from '../db/json';
import { prepared } from '../db/prepared';

export interface Viewer {
  personId: string;
  unitId: string;
  roles: Role[];
  scopeVersion: number;
  /** Networks where the person is an active member. */
  networkIds: Set<string>;
  coordinatorOf: Set<string>;
}

// Every push and pull loads its viewer: built once (prepared.ts).
const personOf = prepared((db, p: { personId: string }) => db
  .selectFrom('people')
  .select(['id', 'unit_id', 'roles', 'scope_version'])
  .where('id', '=', p.personId)
  .where('deleted', '=', 0));
const activeMembershipsOf = prepared((db, p: { personId: string }) => db
  .selectFrom('memberships')
  .select(['network_id', 'role'])
  .where('person_id', '=', p.personId)
  .where('status', '=', 'active')
  .where('deleted', '=', 0));

export async function loadViewer(db: Kysely<Database> | Transaction<Database>, personId: string): Promise<Viewer | null> {
  const person = await personOf.executeTakeFirst(db, { personId });
  if (!person) return null;
  const memberships = await activeMembershipsOf.execute(db, { personId });
  return {
    personId,
    unitId: person.unit_id,
    roles: parseJsonList<Role>(person.roles),
    scopeVersion: Number(person.scope_version),
    networkIds: new Set(memberships.map((m) => m.network_id)),
    coordinatorOf: new Set(memberships.filter((m) => m.role === 'coordinator').map((m) => m.network_id)),
  };
}

export const hasRole = (viewer: Viewer, role: Role): boolean => viewer.roles.includes(role);
