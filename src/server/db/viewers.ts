// SQL of the viewer: the person asking, with their unit, roles and active memberships,
// read on every push and pull (rules/viewer.ts says what it is for).
import type { Role } from '../../shared/entities';
import type { Viewer } from '../rules/viewer';
import { parseJsonList } from './json';
import { prepared, type Executor } from './prepared';

// Every push and pull loads its viewer: one query (a row per active membership, or one
// row with none), built once (prepared.ts).
const viewerRows = prepared((db, p: { personId: string }) => db
  .selectFrom('people')
  .leftJoin('memberships', (join) => join
    .onRef('memberships.person_id', '=', 'people.id')
    .on('memberships.status', '=', 'active')
    .on('memberships.deleted', '=', 0))
  .select(['people.unit_id', 'people.roles', 'people.scope_version', 'memberships.network_id', 'memberships.role'])
  .where('people.id', '=', p.personId)
  .where('people.deleted', '=', 0));

/** The person as a viewer, or null when they do not exist (any more). */
export async function loadViewer(db: Executor, personId: string): Promise<Viewer | null> {
  const rows = await viewerRows.execute(db, { personId });
  const person = rows[0];
  if (!person) return null;
  const memberships = rows.flatMap((row) => (row.network_id === null ? [] : [{ networkId: row.network_id, role: row.role }]));
  return {
    personId,
    unitId: person.unit_id,
    roles: parseJsonList<Role>(person.roles),
    scopeVersion: Number(person.scope_version),
    networkIds: new Set(memberships.map((m) => m.networkId)),
    coordinatorOf: new Set(memberships.filter((m) => m.role === 'coordinator').map((m) => m.networkId)),
  };
}
