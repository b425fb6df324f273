// When what a person may see changed since their cursor — they joined or left a network,
// were let in, removed, made coordinator or made member again (scope_changes; a declined
// request changes only the request, their own row, which the page carries), moved to another
// unit (unit_moves), or an event moved into or out of a network they run (seminar_moves) —
// the ordinary pull, which reads what they may see now and is newer than the cursor, is not
// enough: rows they may now see may be older than the cursor, and rows they may no longer
// see are not read at all, however recently they changed. This sends, for the scopes that
// changed, every row the page leaves out: `put` for what they may see now, `del` for what
// they may not, whatever its version, judged by the rules of db/visibility (db/pull-range.ts,
// outsidePage, draws the line to the page). A change of scope costs that network's or those
// units' rows, never a resync of the municipality (sync.md).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Change } from '../../shared/protocol';
import type { Viewer } from '../rules/viewer';
import { networksWithChangedScope, seminarsMovedAcross, unitsMovedBetween } from '../db/scope-changes';
import { rowsOfChangedNetworks } from '../db/network-scope';
import { rowChange } from './row-change';
import { learningBackfill } from './learning-scope';
import { unitBackfill } from './unit-scope';
import { membershipValue, networkTaskValue, seminarValue, signupValue } from './pull-sources';

/** What changed a person's view in (after, upTo]. */
export interface ScopeChanges { networkIds: string[]; unitIds: string[] }

export const NO_SCOPE_CHANGES: ScopeChanges = { networkIds: [], unitIds: [] };

export async function scopeChangesOf(db: Kysely<Database>, personId: string, after: number, upTo: number): Promise<ScopeChanges> {
  const [networkIds, unitIds] = await Promise.all([
    networksWithChangedScope(db, personId, after, upTo), unitsMovedBetween(db, personId, after, upTo),
  ]);
  return { networkIds, unitIds };
}

export const anyScopeChange = (changes: ScopeChanges): boolean => changes.networkIds.length > 0 || changes.unitIds.length > 0;

/**
 * The rows of the changed scopes the page leaves out, for `viewer` as they are now. None of
 * them is in the page (outsidePage), so a pull never sends a row twice; pull puts them
 * before the page's own rows all the same, which are the newer.
 */
export async function scopeBackfill(
  db: Kysely<Database>, viewer: Viewer, changed: ScopeChanges, after: number, upTo: number,
): Promise<Change[]> {
  // Events moved into or out of a network the person runs now or whose view of it changed:
  // the coordinators of the old network lose their sign-ups, those of the new one get them.
  const runs = [...new Set([...viewer.coordinatorOf, ...changed.networkIds])];
  const movedSeminars = await seminarsMovedAcross(db, runs, after, upTo);
  const [units, learnings, networks] = await Promise.all([
    unitBackfill(db, viewer, changed.unitIds, after),
    learningBackfill(db, viewer, changed, after, upTo),
    rowsOfChangedNetworks(db, viewer, { networkIds: changed.networkIds, seminarIds: movedSeminars }, after),
  ]);
  return [
    ...units,
    ...learnings,
    ...networks.memberships.map((r) => rowChange('membership', r.id, r.visible ? membershipValue(r) : null)),
    ...networks.tasks.map((r) => rowChange('networkTask', r.id, r.visible ? networkTaskValue(r) : null)),
    // With the check-in code for those who now run the event, without it for those who no longer do.
    ...networks.seminars.map((r) => rowChange('seminar', r.id, seminarValue(r, viewer))),
    ...networks.signups.map((r) => rowChange('signup', r.id, r.visible ? signupValue(r) : null)),
  ];
}
