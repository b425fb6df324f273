// When a person's view of a network changed since their cursor (joined, left, became
// coordinator or stopped being one), the rows of that network that did not change —
// and so are not in the ordinary pull — may have become visible or invisible. This
// sends exactly those: `put` for what they may now see, `del` for what they may not
// (db/network-scope.ts reads them, judged by the rules of db/visibility). A join costs
// the network's rows, not a resync of the municipality (sync.md).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Change } from '../../shared/protocol';
import type { Viewer } from '../rules/viewer';
import { networksWithChangedScope } from '../db/scope-changes';
import { rowsOfChangedNetworks } from '../db/network-scope';
import { rowChange } from './row-change';
import { learningBackfill } from './learning-scope';
import { membershipValue, networkTaskValue, signupValue } from './pull-sources';

export async function scopeBackfill(db: Kysely<Database>, viewer: Viewer, after: number, upTo: number): Promise<Change[]> {
  const networks = await networksWithChangedScope(db, viewer.personId, after, upTo);
  // Learnings also follow a move between units (learning-scope.ts).
  const learnings = await learningBackfill(db, viewer, networks, after, upTo);
  if (networks.length === 0) return learnings;
  const { memberships, tasks, signups } = await rowsOfChangedNetworks(db, viewer, networks, after);
  return [
    ...learnings,
    ...memberships.map((r) => rowChange('membership', r.id, r.visible ? membershipValue(r) : null)),
    ...tasks.map((r) => rowChange('networkTask', r.id, r.visible ? networkTaskValue(r) : null)),
    ...signups.map((r) => rowChange('signup', r.id, r.visible ? signupValue(r) : null)),
  ];
}
