// Which learnings a person's pull reads, decided in SQL (issue 10): a learning reaches its
// author, everyone (organization), the members of the unit it is shared with, or the
// active members of its network. Each way is its own query on its own index, ordered by
// version and limited, so a pull walks only the rows shared with this person and never
// the municipality's private learnings. Rows that stopped being visible come back marked
// `hidden`, for pull to send as `del`.
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Database } from './schema';
import type { LearningRow } from './learnings';

/** Who is pulling, as far as learnings care. */
export interface LearningAudience { personId: string; unitId: string; networkIds: readonly string[] }
/** A learning row for pull; `hidden`: the viewer may no longer see it (send `del`). */
export type PulledLearning = LearningRow & { hidden: boolean };

interface Range { after: number; upTo: number; limit: number; tombstonesAbove: number }

/** The audience test in SQL: does the learning's current visibility include this person? */
export function visibleTo(eb: ExpressionBuilder<Database, 'learnings'>, a: LearningAudience) {
  return eb.or([
    eb('learnings.author_id', '=', a.personId),
    eb('learnings.visibility', '=', sql.lit('organization')),
    eb.and([eb('learnings.visibility', '=', sql.lit('unit')), eb('learnings.unit_id', '=', a.unitId)]),
    ...(a.networkIds.length > 0
      ? [eb.and([eb('learnings.visibility', '=', sql.lit('network')), eb('learnings.visibility_network_id', 'in', [...a.networkIds])])]
      : []),
  ]);
}

/** The same test on a recorded old audience. */
function retractedFrom(eb: ExpressionBuilder<Database, 'learning_retractions'>, a: LearningAudience) {
  return eb.or([
    eb('learning_retractions.visibility', '=', 'organization'),
    eb.and([eb('learning_retractions.visibility', '=', 'unit'), eb('learning_retractions.unit_id', '=', a.unitId)]),
    ...(a.networkIds.length > 0
      ? [eb.and([eb('learning_retractions.visibility', '=', 'network'), eb('learning_retractions.visibility_network_id', 'in', [...a.networkIds])])]
      : []),
  ]);
}

/**
 * Learnings with after < version <= upTo that this person sees (tombstones of those only
 * above `tombstonesAbove`), plus, as `hidden`, those whose audience included them and was
 * narrowed in that range. At most `limit` rows per way, each the oldest first.
 */
export async function learningsForPull(db: Kysely<Database>, a: LearningAudience, r: Range): Promise<PulledLearning[]> {
  let inRange = db.selectFrom('learnings').selectAll().where('version', '>', r.after).where('version', '<=', r.upTo);
  if (r.tombstonesAbove > r.after) {
    inRange = inRange.where((eb) => eb.or([eb('deleted', '=', 0), eb('version', '>', r.tombstonesAbove)]));
  }
  // The kinds as literals, not parameters: the partial indexes match them exactly.
  const others = inRange.where('author_id', '!=', a.personId);
  const ways = [
    inRange.where('author_id', '=', a.personId),
    others.where('visibility', '=', sql.lit('organization')),
    others.where('visibility', '=', sql.lit('unit')).where('unit_id', '=', a.unitId),
    // One query per network: each walks its own index range in order, no sorting.
    ...a.networkIds.map((id) => others.where('visibility', '=', sql.lit('network')).where('visibility_network_id', '=', id)),
  ];
  const visible = await Promise.all(ways.map((q) => q.orderBy('version').limit(r.limit).execute()));
  const rows: PulledLearning[] = visible.flat().map((row) => ({ ...row, hidden: false }));
  // Narrowed audiences matter only where the device may hold the row (above the silent range).
  const since = Math.max(r.after, r.tombstonesAbove);
  if (since < r.upTo) {
    const narrowed = await db.selectFrom('learnings').selectAll()
      .where('version', '>', since).where('version', '<=', r.upTo)
      .where('id', 'in', (eb) => eb.selectFrom('learning_retractions').select('learning_id')
        .where('version', '>', since).where('version', '<=', r.upTo)
        .where((inner) => retractedFrom(inner, a)))
      .where((eb) => eb.not(visibleTo(eb, a)))
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
  db: Kysely<Database>, a: LearningAudience, scope: { networkIds: readonly string[]; unitIds: readonly string[] }, after: number, upTo: number,
): Promise<PulledLearning[]> {
  if (scope.networkIds.length === 0 && scope.unitIds.length === 0) return [];
  const rows = await db.selectFrom('learnings').selectAll()
    .select((eb) => eb.case().when(visibleTo(eb, a)).then(0).else(1).end().as('hidden_flag'))
    .where('version', '<=', upTo).where('author_id', '!=', a.personId)
    .where((eb) => eb.or([eb('deleted', '=', 0), eb('version', '>', after)]))
    .where((eb) => eb.or([
      ...(scope.networkIds.length > 0
        ? [eb.and([eb('visibility', '=', sql.lit('network')), eb('visibility_network_id', 'in', [...scope.networkIds])])] : []),
      ...(scope.unitIds.length > 0 ? [eb.and([eb('visibility', '=', sql.lit('unit')), eb('unit_id', 'in', [...scope.unitIds])])] : []),
    ]))
    .execute();
  return rows.map(({ hidden_flag, ...row }) => ({ ...row, hidden: Number(hidden_flag) === 1 }));
}

/** Units this person moved between in (after, upTo]. */
export async function unitsMovedBetween(db: Kysely<Database>, personId: string, after: number, upTo: number): Promise<string[]> {
  const moves = await db.selectFrom('unit_moves').select(['from_unit_id', 'to_unit_id'])
    .where('person_id', '=', personId).where('version', '>', after).where('version', '<=', upTo).execute();
  return [...new Set(moves.flatMap((m) => [m.from_unit_id, m.to_unit_id]))];
}
