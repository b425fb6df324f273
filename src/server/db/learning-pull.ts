// Which learnings a person's pull reads, decided in SQL (issue 10) by the rule of
// db/visibility/learnings.ts. Each way a learning reaches a person is its own query on its
// own index, ordered by version and limited, so a pull walks only the rows shared with
// this person and never the municipality's private learnings. Rows that stopped being
// visible come back marked `hidden`, for pull to send as `del`.
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import type { LearningRow } from './learnings';
import type { Viewer } from '../rules/viewer';
import { inPullRange, type PullRange } from './pull-range';
import {
  learningAuthoredBy, learningRetractedFrom, learningSharedWays, learningVisibleTo, sharedWithNetworks, sharedWithUnits,
} from './visibility/learnings';
import { visibleFlag, withVisible } from './visibility/basics';

/** A learning row for pull; `hidden`: the viewer may no longer see it (send `del`). */
export type PulledLearning = LearningRow & { hidden: boolean };

/**
 * Learnings with after < version <= upTo that this person sees (tombstones of those only
 * above `tombstonesAbove`), plus, as `hidden`, those whose audience included them and was
 * narrowed in that range. At most `limit` rows per way, each the oldest first.
 */
export async function learningsForPull(db: Kysely<Database>, viewer: Viewer, r: PullRange): Promise<PulledLearning[]> {
  const inRange = db.selectFrom('learnings').selectAll().where(inPullRange('learnings', r));
  const others = inRange.where('author_id', '!=', viewer.personId);
  const ways = [inRange.where(learningAuthoredBy(viewer)), ...learningSharedWays(viewer, 'learnings', 'each').map((way) => others.where(way))];
  const visible = await Promise.all(ways.map((q) => q.orderBy('version').limit(r.limit).execute()));
  const rows: PulledLearning[] = visible.flat().map((row) => ({ ...row, hidden: false }));
  // Narrowed audiences matter only where the device may hold the row (above the silent range).
  const since = Math.max(r.after, r.tombstonesAbove);
  if (since < r.upTo) {
    const narrowed = await db.selectFrom('learnings').selectAll()
      .where('version', '>', since).where('version', '<=', r.upTo)
      .where('id', 'in', (eb) => eb.selectFrom('learning_retractions').select('learning_id')
        .where('version', '>', since).where('version', '<=', r.upTo)
        .where(learningRetractedFrom(viewer)))
      .where((eb) => eb.not(learningVisibleTo(viewer)))
      .orderBy('version').limit(r.limit).execute();
    rows.push(...narrowed.map((row) => ({ ...row, hidden: true })));
  }
  return rows;
}

/**
 * A person's view changed in (after, upTo]: networks joined or left, units moved between.
 * Every learning shared with those networks or units (the rows of both kinds up to now,
 * also those changed after the cursor, which the ordinary pull would no longer send to
 * someone who cannot see them) with `hidden` telling put from del. Tombstones only of
 * rows changed after the cursor: older ones the device never had.
 */
export async function learningsOfChangedScope(
  db: Kysely<Database>, viewer: Viewer, scope: { networkIds: readonly string[]; unitIds: readonly string[] }, after: number, upTo: number,
): Promise<PulledLearning[]> {
  if (scope.networkIds.length === 0 && scope.unitIds.length === 0) return [];
  const rows = await db.selectFrom('learnings').selectAll().select(visibleFlag(learningVisibleTo(viewer)))
    .where('version', '<=', upTo).where('author_id', '!=', viewer.personId)
    .where((eb) => eb.or([eb('deleted', '=', 0), eb('version', '>', after)]))
    .where((eb) => eb.or([
      ...(scope.networkIds.length > 0 ? [sharedWithNetworks('learnings', scope.networkIds)] : []),
      ...(scope.unitIds.length > 0 ? [sharedWithUnits('learnings', scope.unitIds)] : []),
    ]))
    .execute();
  return withVisible(rows).map(({ visible, ...row }) => ({ ...row, hidden: !visible }));
}
