// Pull sources of a unit's core knowledge, plan and attendance counts (issue 11): only the
// unit's own members and administrators receive them, and the query itself reads only
// those rows, so a pull never walks other units' core knowledge.
import type { Kysely, Selectable } from 'kysely';
import type { CoreKnowledgeTable, Database, UnitPlanTable } from '../db/schema';
import type { PullSource, SourceRow } from './pull-sources';
import { hasRole, type Viewer } from './viewer';
import { unitAttendance, type UnitAttendanceRow } from '../db/unit-attendance';
import { unitAttendanceId } from '../../shared/entities/unit-plan';

export const seesUnit = (viewer: Viewer, unitId: string): boolean => viewer.unitId === unitId || hasRole(viewer, 'admin');

export function coreKnowledgeValue(r: Selectable<CoreKnowledgeTable>, viewer: Viewer): Record<string, unknown> | null {
  return seesUnit(viewer, r.unit_id)
    ? {
      id: r.id, unitId: r.unit_id, competenceId: r.competence_id, level: Number(r.level), needNow: Number(r.need_now),
      needIn5Years: Number(r.need_in_5_years), note: r.note,
    }
    : null;
}

export function unitPlanValue(r: Selectable<UnitPlanTable>, viewer: Viewer): Record<string, unknown> | null {
  return seesUnit(viewer, r.unit_id)
    ? { id: r.id, unitId: r.unit_id, strategy: r.strategy, lastLearningMeetingAt: r.last_learning_meeting_at, updatedAt: r.updated_at }
    : null;
}

function unitScoped<T extends 'core_knowledge' | 'unit_plans'>(
  type: PullSource['type'],
  table: T,
  toValue: (row: Selectable<Database[T]>, viewer: Viewer) => Record<string, unknown> | null,
): PullSource {
  return {
    type,
    async fetch(db: Kysely<Database>, viewer, after, upTo, limit, tombstonesAbove) {
      // The two tables share the columns read here; Kysely cannot see that through the union.
      const from = db.selectFrom(table as 'core_knowledge');
      let query = from.selectAll().where('version', '>', after).where('version', '<=', upTo);
      if (!hasRole(viewer, 'admin')) query = query.where('unit_id', '=', viewer.unitId);
      if (tombstonesAbove > after) query = query.where((eb) => eb.or([eb('deleted', '=', 0), eb('version', '>', tombstonesAbove)]));
      return (await query.orderBy('version').limit(limit).execute()) as unknown as SourceRow[];
    },
    toValue: (row, viewer) => toValue(row as unknown as Selectable<Database[T]>, viewer),
  };
}

export const coreKnowledgeSource = unitScoped('coreKnowledge', 'core_knowledge', coreKnowledgeValue);
export const unitPlanSource = unitScoped('unitPlan', 'unit_plans', unitPlanValue);

export function unitAttendanceValue(r: UnitAttendanceRow): Record<string, unknown> {
  return { id: unitAttendanceId(r.unit_id, r.seminar_id), unitId: r.unit_id, seminarId: r.seminar_id, count: r.count };
}

/**
 * Per event, how many of the viewer's unit attended: counted in the query, never who.
 * Admins see every unit's page but get their own unit's counts only: the others' would
 * cost a count over the municipality's sign-ups on every pull.
 */
export const unitAttendanceSource: PullSource = {
  type: 'unitAttendance',
  async fetch(db, viewer, after, upTo, limit) {
    const rows = await unitAttendance(db, [viewer.unitId], after, upTo, limit);
    return rows.map((r) => ({ ...r, id: unitAttendanceId(r.unit_id, r.seminar_id), deleted: 0 }));
  },
  toValue: (row) => unitAttendanceValue(row as unknown as UnitAttendanceRow),
};
