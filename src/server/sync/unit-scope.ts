// The unit part of scope backfill (issue 11): when a person moved to another unit since
// their cursor, rows of the two units are not in the ordinary pull (which reads only the
// person's unit now). This sends them: the new unit's core knowledge, plan and attendance
// counts as `put`, the old unit's as `del` whatever their version (a row changed since the
// cursor and no longer visible must go too), as the rules of db/visibility/units.ts decide.
// A move costs two units' rows, never a reset (sync.md). The move itself is recorded by
// db/learnings.ts (movePersonToUnit) in `unit_moves`, read by sync/scope-backfill.ts.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Change } from '../../shared/protocol';
import { unitRowsOf } from '../db/core-knowledge';
import { unitAttendance } from '../db/unit-attendance';
import { pulseRowsOfUnits } from '../db/pulses';
import { pulseResultValue, pulseValue } from './pulse-sources';
import { rowChange } from './row-change';
import { coreKnowledgeValue, unitAttendanceValue, unitPlanValue } from './unit-sources';
import type { Viewer } from '../rules/viewer';
import { unitAttendanceId } from '../../shared/entities/unit-plan';
import type { EntityType, WireOf } from '../../shared/entities';

/** The rows of the units `units` (those the viewer moved between since `after`) the page does not carry. */
export async function unitBackfill(db: Kysely<Database>, viewer: Viewer, units: readonly string[], after: number): Promise<Change[]> {
  if (units.length === 0) return [];
  // Counts of any version: one that changed after this pull began is still one to delete.
  const [{ knowledge, plans }, attendance] = await Promise.all([
    unitRowsOf(db, viewer, units, after), unitAttendance(db, viewer, units, 0, Number.MAX_SAFE_INTEGER),
  ]);
  const changes: Change[] = [];
  const add = <T extends EntityType>(type: T, id: string, value: WireOf<T> | null) => changes.push(rowChange(type, id, value));
  // Core knowledge and plans come judged and only as far as the page leaves them out (db/core-knowledge.ts).
  for (const row of knowledge) add('coreKnowledge', row.id, row.visible ? coreKnowledgeValue(row) : null);
  for (const row of plans) add('unitPlan', row.id, row.visible ? unitPlanValue(row) : null);
  // Counts now visible and newer than the cursor come in the page itself; older ones here.
  // Counts no longer visible go whatever their version: the page's query skips them now.
  // Pulse checks of the two units and their areas: the new ones' put, the old ones' taken.
  const pulses = await pulseRowsOfUnits(db, viewer, units, after);
  for (const row of pulses.pulses) add('pulse', row.id, row.visible ? pulseValue(row) : null);
  for (const row of pulses.results) add('pulseResult', row.id, row.visible ? pulseResultValue(row) : null);
  for (const row of attendance) {
    if (row.visible && Number(row.version) > after) continue;
    add('unitAttendance', unitAttendanceId(row.unit_id, row.seminar_id), row.visible ? unitAttendanceValue(row) : null);
  }
  return changes;
}
