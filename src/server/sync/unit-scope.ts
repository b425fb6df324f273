// The unit part of scope backfill (issue 11): when a person moved to another unit since
// their cursor, the rows of the two units that did not change are not in the ordinary
// pull (which reads only the person's unit now). This sends them: the new unit's core
// knowledge, plan and attendance counts as `put`, the old unit's as `del`. A move costs
// two units' rows, never a reset (sync.md). The move itself is recorded by
// db/learnings.ts (movePersonToUnit) in `unit_moves`.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Change } from '../../shared/protocol';
import { unitsMovedBetween } from '../db/learning-pull';
import { unitRowsOf } from '../db/core-knowledge';
import { unitAttendance } from '../db/unit-attendance';
import { rowChange } from './row-change';
import { coreKnowledgeValue, unitAttendanceValue, unitPlanValue } from './unit-sources';
import type { Viewer } from './viewer';

export async function unitBackfill(db: Kysely<Database>, viewer: Viewer, after: number, upTo: number): Promise<Change[]> {
  const units = await unitsMovedBetween(db, viewer.personId, after, upTo);
  if (units.length === 0) return [];
  const [{ knowledge, plans }, attendance] = await Promise.all([unitRowsOf(db, units, upTo), unitAttendance(db, units, 0, upTo)]);
  const changes: Change[] = [];
  // Rows now visible and newer than the cursor come in the page itself; older ones here.
  // Rows no longer visible go whatever their version: the page's query skips them now.
  const add = (type: Change['type'], id: string, version: number, value: Record<string, unknown> | null) => {
    if (value === null || Number(version) <= after) changes.push(rowChange(type, id, value));
  };
  for (const row of knowledge) add('coreKnowledge', row.id, row.version, coreKnowledgeValue(row, viewer));
  for (const row of plans) add('unitPlan', row.id, row.version, unitPlanValue(row, viewer));
  for (const row of attendance) {
    const value = unitAttendanceValue(row);
    add('unitAttendance', String(value.id), row.version, row.unit_id === viewer.unitId ? value : null);
  }
  return changes;
}
