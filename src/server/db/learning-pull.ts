// Which learnings a person's pull reads, decided in SQL (issue 10) by the rule of
// db/visibility/learnings.ts. Each way a learning reaches a person is its own query on its
// own index, ordered by version and limited, so a pull walks only the rows shared with
// this person and never the municipality's private learnings. Rows that stopped being
// visible come back marked `hidden`, for pull to send as `del`.
import { expressionBuilder, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from './schema';
import type { LearningRow } from './learnings';
import type { Viewer } from '../rules/viewer';
import { inPullRange, liveAndVisible, outsidePage, type PullRange } from './pull-range';
import {
  learningAuthoredBy, learningRetractedFrom, learningSharedWays, learningVisibleTo, sharedWithNetworks, sharedWithUnits,
} from './visibility/learnings';
import { visibleFlag, withVisible } from './visibility/basics';

const eb = expressionBuilder<Database, 'learnings'>();

/** A learning row for pull; `hidden`: the viewer may no longer see it (send `del`). */
export type PulledLearning = LearningRow & { hidden: boolean };

/** The narrowings in (since, upTo] of audiences that included the viewer (learning_retractions). */
const narrowingsFor = (viewer: Viewer, since: number, upTo: number) => eb.selectFrom('learning_retractions')
  .where('version', '>', since).where('version', '<=', upTo).where(learningRetractedFrom(viewer));

/**
 * Learnings whose audience included the viewer until it was narrowed in (since, upTo], and
 * which the viewer does not see now: the page sends them as `del` (and the scope backfill
 * leaves them to it).
 */
function narrowedAway(viewer: Viewer, since: number, upTo: number): Expression<SqlBool> {
  return eb.and([
    eb('learnings.id', 'in', narrowingsFor(viewer, since, upTo).select('learning_id')),
    eb.not(learningVisibleTo(viewer)),
  ]);
}

/**
 * Learnings with after < version <= upTo that this person sees (tombstones of those only
 * above `tombstonesAbove`), plus, as `hidden` and at the version of the narrowing, those
 * whose audience included them and was narrowed in that range. At most `limit` rows per
 * way, each the oldest first.
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
    const narrowings = narrowingsFor(viewer, since, r.upTo)
      .select((e) => ['learning_id', e.fn.max('version').as('narrowed_at')]).groupBy('learning_id').as('narrowing');
    const narrowed = await db.selectFrom('learnings').innerJoin(narrowings, 'narrowing.learning_id', 'learnings.id')
      .selectAll('learnings').select('narrowing.narrowed_at').where(narrowedAway(viewer, since, r.upTo))
      .orderBy('narrowing.narrowed_at').limit(r.limit).execute();
    // Each `del` takes the place of the narrowing in pull order, not of the learning's last
    // change: a page ending between the two would pass the narrowing, and the next page,
    // which looks at narrowings after its cursor only, would never send the `del`.
    rows.push(...narrowed.map(({ narrowed_at, ...row }) => ({ ...row, version: Number(narrowed_at), hidden: true })));
  }
  return rows;
}

/**
 * A person's view changed in (after, upTo]: networks joined or left, units moved between.
 * The learnings shared with those networks or units, or shared with them at some point
 * since the cursor (learning_retractions: narrowed since), that the page does not carry
 * (db/pull-range.ts, outsidePage; nor narrowedAway, the page's own `del`s), whatever their
 * version: a learning that changed and that the person may no longer see is not in the
 * page, and must go. `hidden` tells put from del. Read by the network and unit indexes of
 * learnings: the scope's rows only.
 */
export async function learningsOfChangedScope(
  db: Kysely<Database>, viewer: Viewer, scope: { networkIds: readonly string[]; unitIds: readonly string[] }, after: number, upTo: number,
): Promise<PulledLearning[]> {
  if (scope.networkIds.length === 0 && scope.unitIds.length === 0) return [];
  const sharedWith = (table: 'learnings' | 'learning_retractions') => [
    ...(scope.networkIds.length > 0 ? [sharedWithNetworks(table, scope.networkIds)] : []),
    ...(scope.unitIds.length > 0 ? [sharedWithUnits(table, scope.unitIds)] : []),
  ];
  const visible = learningVisibleTo(viewer);
  const rows = await db.selectFrom('learnings').selectAll().select(visibleFlag(liveAndVisible('learnings', visible)))
    .where('author_id', '!=', viewer.personId)
    .where(outsidePage('learnings', visible, after)).where(eb.not(narrowedAway(viewer, after, upTo)))
    .where((w) => w.or([
      ...sharedWith('learnings'),
      // No upper bound: a narrowing after this pull's upTo is past the scope change that matters here.
      w('id', 'in', w.selectFrom('learning_retractions').select('learning_id')
        .where('version', '>', after).where((r) => r.or(sharedWith('learning_retractions')))),
    ]))
    .execute();
  return withVisible(rows).map(({ visible: seen, ...row }) => ({ ...row, hidden: !seen }));
}
