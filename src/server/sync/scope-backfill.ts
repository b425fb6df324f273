// When a person's view of a network changed since their cursor (joined, left, became
// coordinator or stopped being one), the rows of that network that did not change —
// and so are not in the ordinary pull — may have become visible or invisible. This
// sends exactly those: `put` for what they may now see, `del` for what they may not.
// A join costs the network's rows, not a resync of the municipality (sync.md).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Change } from '../../shared/protocol';
import type { Viewer } from './viewer';
import { rowChange } from './row-change';
import { learningBackfill } from './learning-scope';
import { membershipValue, networkTaskValue, signupValue } from './pull-sources';

/** Networks whose view changed for this person in (after, upTo]. */
async function changedNetworks(db: Kysely<Database>, viewer: Viewer, after: number, upTo: number): Promise<string[]> {
  const rows = await db.selectFrom('scope_changes').select('network_id').distinct()
    .where('person_id', '=', viewer.personId).where('version', '>', after).where('version', '<=', upTo).execute();
  return rows.map((r) => r.network_id);
}

export async function scopeBackfill(db: Kysely<Database>, viewer: Viewer, after: number, upTo: number): Promise<Change[]> {
  const networks = await changedNetworks(db, viewer, after, upTo);
  // Learnings also follow a move between units (learning-scope.ts).
  const learnings = await learningBackfill(db, viewer, networks, after, upTo);
  if (networks.length === 0) return learnings;
  const [memberships, tasks, signups] = await Promise.all([
    db.selectFrom('memberships').selectAll()
      .where('network_id', 'in', networks).where('person_id', '!=', viewer.personId)
      .where('version', '<=', after).where('deleted', '=', 0).execute(),
    db.selectFrom('network_tasks').selectAll()
      .where('network_id', 'in', networks).where('version', '<=', after).where('deleted', '=', 0).execute(),
    // Coordinators of a seminar's network see its sign-ups.
    db.selectFrom('signups').innerJoin('seminars', 'seminars.id', 'signups.seminar_id')
      .selectAll('signups').select(['seminars.organizer_id as organizer_id', 'seminars.network_id as network_id'])
      .where('seminars.network_id', 'in', networks).where('signups.person_id', '!=', viewer.personId)
      .where('signups.version', '<=', after).where('signups.deleted', '=', 0).execute(),
  ]);
  return [
    ...learnings,
    ...memberships.map((r) => rowChange('membership', r.id, membershipValue(r, viewer))),
    ...tasks.map((r) => rowChange('networkTask', r.id, networkTaskValue(r, viewer))),
    ...signups.map((r) => {
      const visible = r.organizer_id === viewer.personId || (r.network_id !== null && viewer.coordinatorOf.has(r.network_id));
      return rowChange('signup', r.id, visible ? signupValue(r) : null);
    }),
  ];
}
