// SQL of units' core knowledge and unit plans (issue 11): the rows the unit mutators
// read and write. Every write takes a fresh version, so pull sends it.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { CoreKnowledgeTable, Database, UnitPlanTable } from './schema';
import { coreKnowledgeId } from '../../shared/entities/ids';
import type { Level } from '../../shared/entities';
import type { Viewer } from '../rules/viewer';
import { unitRowVisibleTo } from './visibility/units';
import { seesAll, visibleFlag, withVisible } from './visibility/basics';
import { liveAndVisible, outsidePage } from './pull-range';

type Tx = Transaction<Database>;

export async function findUnit(tx: Tx, unitId: string): Promise<{ id: string } | undefined> {
  return tx.selectFrom('units').select('id').where('id', '=', unitId).where('deleted', '=', 0).executeTakeFirst();
}

export async function findCoreKnowledge(tx: Tx, unitId: string, competenceId: string): Promise<Selectable<CoreKnowledgeTable> | undefined> {
  return tx.selectFrom('core_knowledge').selectAll()
    .where('id', '=', coreKnowledgeId(unitId, competenceId)).where('deleted', '=', 0).executeTakeFirst();
}

export async function writeCoreKnowledge(
  tx: Tx,
  unitId: string,
  competenceId: string,
  fields: { need_now: number; need_in_5_years: number; level: Level; note: string },
  version: number,
): Promise<void> {
  const row = { ...fields, deleted: 0, version };
  await tx.insertInto('core_knowledge')
    .values({ id: coreKnowledgeId(unitId, competenceId), unit_id: unitId, competence_id: competenceId, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
}

/** A tombstone, so pull sends `del` to the unit's devices. */
export async function removeCoreKnowledge(tx: Tx, unitId: string, competenceId: string, version: number): Promise<void> {
  await tx.updateTable('core_knowledge').set({ deleted: 1, version })
    .where('id', '=', coreKnowledgeId(unitId, competenceId)).execute();
}

export async function findUnitPlan(tx: Tx, unitId: string): Promise<Selectable<UnitPlanTable> | undefined> {
  return tx.selectFrom('unit_plans').selectAll().where('id', '=', unitId).executeTakeFirst();
}

/** Sets some of a unit's plan fields; the row is made on first use (id = unit id). */
export async function writeUnitPlan(
  tx: Tx,
  unitId: string,
  fields: Partial<Pick<UnitPlanTable, 'strategy' | 'last_learning_meeting_at'>>,
  now: string,
  version: number,
): Promise<void> {
  const changed = { ...fields, updated_at: now, deleted: 0, version };
  await tx.insertInto('unit_plans')
    .values({ id: unitId, unit_id: unitId, strategy: '', last_learning_meeting_at: null, ...changed })
    .onConflict((oc) => oc.column('id').doUpdateSet(changed))
    .execute();
}

/**
 * The core knowledge and plans of some units that a viewer who moved between them may have
 * gained or lost since `after` and that the page does not carry (pull-range.ts, outsidePage),
 * whatever their version; each with whether the viewer sees it now (db/visibility/units.ts):
 * for a move between units (sync/unit-scope.ts).
 */
export async function unitRowsOf(db: Kysely<Database>, viewer: Viewer, unitIds: readonly string[], after: number): Promise<{
  knowledge: (Selectable<CoreKnowledgeTable> & { visible: boolean })[];
  plans: (Selectable<UnitPlanTable> & { visible: boolean })[];
}> {
  const knowledgeRule = unitRowVisibleTo(viewer, 'core_knowledge');
  const planRule = unitRowVisibleTo(viewer, 'unit_plans');
  // An administrator sees every unit's rows: a move changes nothing of them.
  if (unitIds.length === 0 || (knowledgeRule === seesAll && planRule === seesAll)) return { knowledge: [], plans: [] };
  const [knowledge, plans] = await Promise.all([
    db.selectFrom('core_knowledge').selectAll().select(visibleFlag(liveAndVisible('core_knowledge', knowledgeRule)))
      .where('unit_id', 'in', [...unitIds]).where(outsidePage('core_knowledge', knowledgeRule, after)).execute(),
    db.selectFrom('unit_plans').selectAll().select(visibleFlag(liveAndVisible('unit_plans', planRule)))
      .where('unit_id', 'in', [...unitIds]).where(outsidePage('unit_plans', planRule, after)).execute(),
  ]);
  return { knowledge: withVisible(knowledge), plans: withVisible(plans) };
}
