// Who sees a network's memberships and tasks, as SQL conditions: pull reads by them and the
// scope backfill tells `put` from `del` by them, so the rule is written once.
import { expressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../schema';
import { hasRole, type Viewer } from '../../rules/viewer';
import { seesAll, seesNone } from './basics';

const memberships = expressionBuilder<Database, 'memberships'>();
const tasks = expressionBuilder<Database, 'network_tasks'>();

/**
 * Everyone sees their own membership; a network's active members see its active members;
 * its coordinators see its requests too; admins see all. A declined request is seen by its
 * asker alone: nobody else needs it, and to the network it is as if it had never been.
 */
export function membershipVisibleTo(viewer: Viewer): Expression<SqlBool> {
  const eb = memberships;
  const own = eb('memberships.person_id', '=', viewer.personId);
  const undeclined = eb('memberships.status', '!=', 'declined');
  if (hasRole(viewer, 'admin')) return eb.or([own, undeclined]);
  const coordinated = [...viewer.coordinatorOf];
  const networks = [...viewer.networkIds];
  return eb.or([
    own,
    ...(coordinated.length > 0 ? [eb.and([eb('memberships.network_id', 'in', coordinated), undeclined])] : []),
    ...(networks.length > 0 ? [eb.and([eb('memberships.network_id', 'in', networks), eb('memberships.status', '=', 'active')])] : []),
  ]);
}

/**
 * The memberships a pull reads: an admin's all, anyone else's their own and those of their
 * networks. More than membershipVisibleTo on purpose: a row that stops being visible by a
 * change of its own (a member who left asks to join again: a request, which members do not
 * see) must still reach the device, as `del`.
 */
export function membershipsReadBy(viewer: Viewer): Expression<SqlBool> {
  const eb = memberships;
  if (hasRole(viewer, 'admin')) return seesAll;
  const networks = [...viewer.networkIds];
  return eb.or([
    eb('memberships.person_id', '=', viewer.personId),
    ...(networks.length > 0 ? [eb('memberships.network_id', 'in', networks)] : []),
  ]);
}

/** A network's tasks: for its active members, and for leaders and admins (who give tasks). */
export function networkTaskVisibleTo(viewer: Viewer): Expression<SqlBool> {
  const eb = tasks;
  if (hasRole(viewer, 'admin') || hasRole(viewer, 'leader')) return seesAll;
  const networks = [...viewer.networkIds];
  return networks.length > 0 ? eb('network_tasks.network_id', 'in', networks) : seesNone;
}
