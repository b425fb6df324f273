// The unit part of scope backfill (issue 11): when a person moved to another unit since
// their cursor, the rows of the two units that did not change are not in the ordinary
// pull (which reads only the person's unit now). This sends them: the new unit's core
// knowledge, plan and attendance counts as `put`, the old unit's as `del`, as the rules of
// db/visibility/units.ts decide. A move costs two units' rows, never a reset (sync.md).
// The move itself is recorded by db/learnings.ts (movePersonToUnit) in `unit_moves`.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Change } from '../../shared/protocol';
import { unitsMovedBetween } from '../db/scope-changes';
import { unitRowsOf } from '../db/core-knowledge';
import { unitAttendance } from '../db/unit-attendance';
import { rowChange } from './row-change';
import { coreKnowledgeValue, unitAttendanceValue, unitPlanValue } from './unit-sources';
import type { Viewer } from '../rules/viewer';
import { unitAttendanceId } from '../../shared/entities/unit-plan';

export async function unitBackfill(db: Kysely<Database>, viewer: Viewer, after: number, upTo: number): Promise<Change[]> {
  const units = await unitsMovedBetween(db, viewer.personId, after, upTo);
  if (units.length === 0) return [];
  const [{ knowledge, plans }, attendance] = await Promise.all([
    unitRowsOf(db, viewer, units, upTo), unitAttendance(db, viewer, units, 0, upTo),
  ]);
  const changes: Change[] = [];
  // Rows now visible and newer than the cursor come in the page itself; older ones here.
  // Rows no longer visible go whatever their version: the page's query skips them now.
  const add = (type: Change['type'], id: string, version: number, value: Record<string, unknown> | null) => {
    if (value === null || Number(version) <= after) changes.push(rowChange(type, id, value));
  };
  for (const row of knowledge) add('coreKnowledge', row.id, row.version, row.visible ? coreKnowledgeValue(row) : null);
  for (const row of plans) add('unitPlan', row.id, row.version, row.visible ? unitPlanValue(row) : null);
  for (const row of attendance) {
    add('unitAttendance', unitAttendanceId(row.unit_id, row.seminar_id), row.version, row.visible ? unitAttendanceValue(row) : null);
  }
  return changes;
}
