// SQL of the viewer: the person asking, with their unit, roles and active memberships,
// read on every push and pull (rules/viewer.ts says what it is for).
import type { Role } from '../../shared/entities';
import type { Viewer } from '../rules/viewer';
import { parseJsonList } from './json';
import { prepared, type Executor } from './prepared';

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

/** The person as a viewer, or null when they do not exist (any more). */
export async function loadViewer(db: Executor, personId: string): Promise<Viewer | null> {
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
