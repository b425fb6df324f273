// SQL of the learning log: a learning read for its author's change (locked on PostgreSQL),
// written, and the old audience recorded when its visibility changes; and moving a person
// between units (what an HR import or an admin tool calls), which changes whose unit
// learnings that person sees.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Database, LearningRetractionTable, LearningTable } from './schema';
import type { Visibility } from '../../shared/entities';
import { reserveVersions } from './versions';
import type { ScopeRecords } from './scope-changes';

type Tx = Transaction<Database>;
export type LearningRow = Selectable<LearningTable>;
type VisibilityColumns = Pick<LearningTable, 'visibility' | 'visibility_network_id'>;

/** A visibility as stored: the kind, and the network for `{network}`. */
export function visibilityColumns(visibility: Visibility): VisibilityColumns {
  return typeof visibility === 'string'
    ? { visibility, visibility_network_id: null }
    : { visibility: 'network', visibility_network_id: visibility.network };
}

export function learningVisibility(row: VisibilityColumns): Visibility {
  if (row.visibility === 'network' && row.visibility_network_id) return { network: row.visibility_network_id };
  return row.visibility as Exclude<Visibility, { network: string }>;
}

/**
 * The learning, held until the transaction ends: PostgreSQL locks the row (two devices'
 * updates must not both read the same conflict list); SQLite's write transaction holds
 * the whole database already.
 */
export async function lockLearning(tx: Tx, id: string, dialect: 'sqlite' | 'postgres'): Promise<LearningRow | undefined> {
  let query = tx.selectFrom('learnings').selectAll().where('id', '=', id);
  if (dialect === 'postgres') query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Inserts a new learning; false when a row with its id exists (a replayed or a racing create). */
export async function insertLearning(tx: Tx, row: Insertable<LearningTable>): Promise<boolean> {
  const result = await tx.insertInto('learnings').values(row)
    .onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateLearning(tx: Tx, id: string, fields: Updateable<LearningTable>): Promise<void> {
  await tx.updateTable('learnings').set(fields).where('id', '=', id).execute();
}

/**
 * The audience the learning had until `version`: pull sends `del` to those in it who
 * cannot see the learning any more (sync-side: db/learning-pull.ts).
 */
export async function recordRetraction(tx: Tx, retraction: LearningRetractionTable): Promise<void> {
  await tx.insertInto('learning_retractions').values(retraction).execute();
}

/**
 * Moves a person to another unit, as an HR import or an admin would (there is no mutation
 * for it). The person's row changes for everyone, and the move is recorded, with the events
 * the person had signed up for, so that the person's next pull brings the new unit's rows
 * and deletes the old unit's, and both units' colleagues get their counts again — without
 * a reset. False when the person or unit does not exist or nothing changes.
 */
export async function movePersonToUnit(db: Kysely<Database>, personId: string, unitId: string): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const unit = await tx.selectFrom('units').select('id').where('id', '=', unitId).where('deleted', '=', 0).executeTakeFirst();
    const person = await tx.selectFrom('people').select('unit_id').where('id', '=', personId).where('deleted', '=', 0).executeTakeFirst();
    if (!unit || !person || person.unit_id === unitId) return false;
    await movePersonInTransaction(tx, personId, person.unit_id, unitId, await reserveVersions(tx, 2));
    return true;
  });
}

/**
 * The move itself, inside the caller's transaction (the organisation import moves many at
 * once): takes versions `first` and `first + 1`.
 */
export async function movePersonInTransaction(tx: Tx, personId: string, fromUnitId: string, toUnitId: string, first: number): Promise<void> {
  await tx.updateTable('people').set({ unit_id: toUnitId, version: first }).where('id', '=', personId).execute();
  await tx.insertInto('unit_moves')
    .values({ person_id: personId, version: first + 1, from_unit_id: fromUnitId, to_unit_id: toUnitId }).execute();
  // The events whose counts the move changes in both units (db/unit-attendance.ts): those
  // signed up for now. One signed up for later counts in the new unit only.
  const records = tx.withTables<ScopeRecords>();
  await records.insertInto('unit_move_signups').columns(['person_id', 'version', 'seminar_id'])
    .expression(records.selectFrom('signups').select((eb) => [eb.val(personId).as('person_id'), eb.val(first + 1).as('version'), 'seminar_id'])
      .where('person_id', '=', personId))
    .execute();
}
