// The rows of networks whose view changed for a person (db/scope-changes.ts) that the
// ordinary pull does not carry (db/pull-range.ts, outsidePage), whatever their version:
// each with whether the person may see it now, by the rules of db/visibility, for pull to
// send as `put` or `del`. Read by the network (and event) indexes: a change of scope costs
// the network's rows, never the municipality's.
import type { Kysely, Selectable } from 'kysely';
import type { Database, MembershipTable, NetworkTaskTable, SeminarTable, SignupTable } from './schema';
import { hasRole, type Viewer } from '../rules/viewer';
import { signupVisibleTo } from './visibility/signups';
import { membershipVisibleTo, membershipsReadBy, networkTaskVisibleTo } from './visibility/networks';
import { seesAll, visibleFlag, withVisible } from './visibility/basics';
import { liveAndVisible, outsidePage } from './pull-range';

type Judged<T> = Selectable<T> & { visible: boolean };

export interface ChangedNetworkRows {
  memberships: Judged<MembershipTable>[];
  tasks: Judged<NetworkTaskTable>[];
  /** Sign-ups of the networks' events and of the events moved: their coordinators see them. */
  signups: Judged<SignupTable>[];
  /** The networks' live events unchanged since the cursor: their check-in code goes to those who run them. */
  seminars: Selectable<SeminarTable>[];
}

/**
 * The rows of `networkIds`, and the sign-ups of `seminarIds` (events moved into or out of a
 * network the viewer runs), that the viewer may have gained or lost since `after`; but the
 * viewer's own membership and sign-ups, which they always see and the page always carries.
 */
export async function rowsOfChangedNetworks(
  db: Kysely<Database>, viewer: Viewer, scope: { networkIds: readonly string[]; seminarIds: readonly string[] }, after: number,
): Promise<ChangedNetworkRows> {
  const networks = [...scope.networkIds];
  const seminars = [...scope.seminarIds];
  const none = Promise.resolve([]);
  // A rule that lets the viewer see every row of a kind does not change with their networks;
  // nor does an admin's of memberships (every one but others' declined requests).
  const membershipRule = membershipVisibleTo(viewer);
  const membershipsUnchanged = membershipRule === seesAll || hasRole(viewer, 'admin');
  const taskRule = networkTaskVisibleTo(viewer);
  const signupRule = signupVisibleTo(viewer);
  const [memberships, tasks, signups, events] = await Promise.all([
    networks.length === 0 || membershipsUnchanged ? none : db.selectFrom('memberships').selectAll()
      .select(visibleFlag(liveAndVisible('memberships', membershipRule)))
      .where('network_id', 'in', networks).where('person_id', '!=', viewer.personId)
      .where(outsidePage('memberships', membershipsReadBy(viewer), after)).execute(),
    networks.length === 0 || taskRule === seesAll ? none : db.selectFrom('network_tasks').selectAll()
      .select(visibleFlag(liveAndVisible('network_tasks', taskRule)))
      .where('network_id', 'in', networks).where(outsidePage('network_tasks', taskRule, after)).execute(),
    networks.length === 0 && seminars.length === 0 ? none : db.selectFrom('signups').innerJoin('seminars', 'seminars.id', 'signups.seminar_id')
      .selectAll('signups').select(visibleFlag(liveAndVisible('signups', signupRule)))
      .where((eb) => eb.or([
        ...(networks.length > 0 ? [eb('seminars.network_id', 'in', networks)] : []),
        ...(seminars.length > 0 ? [eb('seminars.id', 'in', seminars)] : []),
      ]))
      .where('signups.person_id', '!=', viewer.personId)
      .where(outsidePage('signups', signupRule, after)).execute(),
    // Every event is in everyone's directory; what differs is the check-in code. Newer ones are in the page.
    networks.length === 0 ? none : db.selectFrom('seminars').selectAll()
      .where('network_id', 'in', networks).where('version', '<=', after).where('deleted', '=', 0).execute(),
  ]);
  return { memberships: withVisible(memberships), tasks: withVisible(tasks), signups: withVisible(signups), seminars: events };
}
