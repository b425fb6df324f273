// The rows of networks whose view changed for a person (db/scope-changes.ts) that did not
// change themselves, and so are not in the ordinary pull: each with whether the person may
// see it now, by the rules of db/visibility, for pull to send as `put` or `del`.
import type { Kysely, Selectable } from 'kysely';
import type { Database, MembershipTable, NetworkTaskTable, SignupTable } from './schema';
import type { Viewer } from '../rules/viewer';
import { signupVisibleTo } from './visibility/signups';
import { membershipVisibleTo, networkTaskVisibleTo } from './visibility/networks';
import { visibleFlag, withVisible } from './visibility/basics';

type Judged<T> = Selectable<T> & { visible: boolean };

export interface ChangedNetworkRows {
  memberships: Judged<MembershipTable>[];
  tasks: Judged<NetworkTaskTable>[];
  /** Sign-ups of the networks' seminars: their coordinators see them. */
  signups: Judged<SignupTable>[];
}

/** The live rows of `networkIds` up to `after` (newer ones are in the page itself), but the viewer's own. */
export async function rowsOfChangedNetworks(
  db: Kysely<Database>, viewer: Viewer, networkIds: readonly string[], after: number,
): Promise<ChangedNetworkRows> {
  if (networkIds.length === 0) return { memberships: [], tasks: [], signups: [] };
  const networks = [...networkIds];
  const [memberships, tasks, signups] = await Promise.all([
    db.selectFrom('memberships').selectAll().select(visibleFlag(membershipVisibleTo(viewer)))
      .where('network_id', 'in', networks).where('person_id', '!=', viewer.personId)
      .where('version', '<=', after).where('deleted', '=', 0).execute(),
    db.selectFrom('network_tasks').selectAll().select(visibleFlag(networkTaskVisibleTo(viewer)))
      .where('network_id', 'in', networks).where('version', '<=', after).where('deleted', '=', 0).execute(),
    db.selectFrom('signups').innerJoin('seminars', 'seminars.id', 'signups.seminar_id')
      .selectAll('signups').select(visibleFlag(signupVisibleTo(viewer)))
      .where('seminars.network_id', 'in', networks).where('signups.person_id', '!=', viewer.personId)
      .where('signups.version', '<=', after).where('signups.deleted', '=', 0).execute(),
  ]);
  return { memberships: withVisible(memberships), tasks: withVisible(tasks), signups: withVisible(signups) };
}
