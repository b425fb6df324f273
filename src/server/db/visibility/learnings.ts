// Who sees a learning (issue 10): its author; everyone, when it is shared with the
// organization; the people of the unit it is shared with; the active members of its
// network. The one statement of that rule, as SQL conditions. Pull reads each way as a
// query of its own, on its own partial index (db/learning-pull.ts); the test of the whole
// decides what a narrowed audience and a change of scope send as `del`.
import { expressionBuilder, sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../schema';
import type { Viewer } from '../../rules/viewer';

/** A learning's audience columns: the learning's own, or an old audience recorded when it narrowed. */
type AudienceTable = 'learnings' | 'learning_retractions';
type Audience = Pick<Viewer, 'personId' | 'unitId' | 'networkIds'>;

const eb = expressionBuilder<Database>();
const learnings = expressionBuilder<Database, 'learnings'>();
const column = (table: AudienceTable, name: 'visibility' | 'unit_id' | 'visibility_network_id') => sql.ref<string>(`${table}.${name}`);
// The kinds as literals, not parameters: the partial indexes match them exactly.
const sharedAs = (table: AudienceTable, kind: 'organization' | 'unit' | 'network') => eb(column(table, 'visibility'), '=', sql.lit(kind));
/** `=` for one id, as pull's index lookups have it; `in` for several. */
const oneOf = (ref: Expression<string>, ids: readonly string[]) => (ids.length === 1 ? eb(ref, '=', ids[0]!) : eb(ref, 'in', [...ids]));

/** Shared with one of these units (non-empty). */
export const sharedWithUnits = (table: AudienceTable, unitIds: readonly string[]): Expression<SqlBool> =>
  eb.and([sharedAs(table, 'unit'), oneOf(column(table, 'unit_id'), unitIds)]);

/** Shared with one of these networks (non-empty). */
export const sharedWithNetworks = (table: AudienceTable, networkIds: readonly string[]): Expression<SqlBool> =>
  eb.and([sharedAs(table, 'network'), oneOf(column(table, 'visibility_network_id'), networkIds)]);

/**
 * The ways a learning reaches someone who did not write it: the organization, their unit,
 * their networks. `networks: 'each'` makes one way per network, so that pull walks each
 * network's index range in order, with no sorting.
 */
export function learningSharedWays(viewer: Audience, table: AudienceTable = 'learnings', networks: 'together' | 'each' = 'together'): Expression<SqlBool>[] {
  const ids = [...viewer.networkIds];
  const networkWays = networks === 'each' ? ids.map((id) => sharedWithNetworks(table, [id])) : [sharedWithNetworks(table, ids)];
  return [sharedAs(table, 'organization'), sharedWithUnits(table, [viewer.unitId]), ...(ids.length > 0 ? networkWays : [])];
}

export const learningAuthoredBy = (viewer: Pick<Viewer, 'personId'>): Expression<SqlBool> =>
  learnings('learnings.author_id', '=', viewer.personId);

/** Does the learning's audience now include the viewer? */
export const learningVisibleTo = (viewer: Audience): Expression<SqlBool> =>
  eb.or([learningAuthoredBy(viewer), ...learningSharedWays(viewer)]);

/** Did an old audience (learning_retractions) include the viewer? An author never loses their own learning. */
export const learningRetractedFrom = (viewer: Audience): Expression<SqlBool> =>
  eb.or(learningSharedWays(viewer, 'learning_retractions'));
