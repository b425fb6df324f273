// A unit's plan: the leader's strategy for closing the competence gap (plan activity 5)
// and when the unit last held "det lærende møde" (one row per unit, its id the unit's id);
// and how many of the unit's people attended each event, for its learning profile.
import * as v from 'valibot';
import { StoredTime } from './common';

export const UnitPlanSchema = v.object({
  /** The unit's id: a unit has one plan. */
  id: v.string(),
  unitId: v.string(),
  strategy: v.string(),
  lastLearningMeetingAt: v.nullable(StoredTime),
  updatedAt: StoredTime,
});
export type UnitPlan = v.InferOutput<typeof UnitPlanSchema>;

/**
 * How many of a unit's people were checked in at an event: the unit's learning profile
 * counts these, never who attended (sign-ups stay their owner's and the organizer's).
 */
export const UnitAttendanceSchema = v.object({
  id: v.string(),
  unitId: v.string(),
  seminarId: v.string(),
  count: v.number(),
});
export type UnitAttendance = v.InferOutput<typeof UnitAttendanceSchema>;

export function unitAttendanceId(unitId: string, seminarId: string): string {
  return `${unitId}:${seminarId}`;
}
