// Pull sources of a unit's core knowledge, plan and attendance counts (issue 11): only the
// unit's own members and administrators receive them (db/visibility/units.ts), and the
// queries read only those rows, so a pull never walks other units' core knowledge.
import type { Selectable } from 'kysely';
import type { CoreKnowledgeTable, UnitPlanTable } from '../db/schema';
import type { PullSource, SourceRow } from './pull-sources';
import { changedCoreKnowledge, changedUnitPlans } from '../db/pull-rows';
import { unitAttendance, type UnitAttendanceRow } from '../db/unit-attendance';
import { attendanceUnitsOf } from '../db/visibility/units';
import { unitAttendanceId } from '../../shared/entities/unit-plan';
import type { WireOf } from '../../shared/entities';

export function coreKnowledgeValue(r: Selectable<CoreKnowledgeTable>): WireOf<'coreKnowledge'> {
  return {
    unitId: r.unit_id, competenceId: r.competence_id, level: r.level, needNow: Number(r.need_now),
    needIn5Years: Number(r.need_in_5_years), note: r.note,
  };
}

export function unitPlanValue(r: Selectable<UnitPlanTable>): WireOf<'unitPlan'> {
  return { unitId: r.unit_id, strategy: r.strategy, lastLearningMeetingAt: r.last_learning_meeting_at, updatedAt: r.updated_at };
}

export const coreKnowledgeSource: PullSource<Selectable<CoreKnowledgeTable>, 'coreKnowledge'> = {
  type: 'coreKnowledge', fetch: changedCoreKnowledge, toValue: coreKnowledgeValue,
};
export const unitPlanSource: PullSource<Selectable<UnitPlanTable>, 'unitPlan'> = { type: 'unitPlan', fetch: changedUnitPlans, toValue: unitPlanValue };

export function unitAttendanceValue(r: UnitAttendanceRow): WireOf<'unitAttendance'> {
  return { unitId: r.unit_id, seminarId: r.seminar_id, count: r.count };
}

/** Per event, how many of the viewer's unit attended: counted in the query, never who. */
export const unitAttendanceSource: PullSource<UnitAttendanceRow & SourceRow, 'unitAttendance'> = {
  type: 'unitAttendance',
  async fetch(db, viewer, range) {
    const rows = await unitAttendance(db, viewer, attendanceUnitsOf(viewer), range.after, range.upTo, range.limit);
    return rows.map((r) => ({ ...r, id: unitAttendanceId(r.unit_id, r.seminar_id), deleted: 0 }));
  },
  toValue: (row) => (row.visible ? unitAttendanceValue(row) : null),
};
