// A unit's plan: the leader's strategy for closing the competence gap (plan activity 5)
// and when the unit last held "det lærende møde" (one row per unit, its id the unit's id);
// and how many of the unit's people attended each event, for its learning profile.
import * as v from 'valibot';
import { Id, IsoTime, longText } from './common';

export const UnitPlanSchema = v.object({
  /** The unit's id: a unit has one plan. */
  id: Id,
  unitId: Id,
  strategy: longText(4000),
  lastLearningMeetingAt: v.nullable(IsoTime),
  updatedAt: IsoTime,
});
export type UnitPlan = v.InferOutput<typeof UnitPlanSchema>;

/**
 * How many of a unit's people were checked in at an event: the unit's learning profile
 * counts these, never who attended (sign-ups stay their owner's and the organizer's).
 */
export const UnitAttendanceSchema = v.object({
  id: Id,
  unitId: Id,
  seminarId: Id,
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type UnitAttendance = v.InferOutput<typeof UnitAttendanceSchema>;

export function unitAttendanceId(unitId: string, seminarId: string): string {
  return `${unitId}:${seminarId}`;
}
