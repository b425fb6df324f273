// Seminars (welcome fairs, workshops, café seminars, courses) and sign-ups.
import * as v from 'valibot';
import { StoredTime } from './common';

export const SEMINAR_KINDS = ['welcomeFair', 'workshop', 'cafe', 'course', 'seminar', 'conference'] as const;
export const SeminarKindSchema = v.picklist(SEMINAR_KINDS);

export const SeminarSchema = v.object({
  id: v.string(),
  title: v.string(),
  description: v.string(),
  kind: SeminarKindSchema,
  startsAt: StoredTime,
  endsAt: StoredTime,
  location: v.string(),
  capacity: v.number(),
  signupDeadline: v.nullable(StoredTime),
  networkId: v.nullable(v.string()),
  /** The characteristics of the learning organisation it serves (1–11, common.ts Dlo). */
  dlo: v.array(v.number()),
  competenceIds: v.array(v.string()),
  organizerId: v.string(),
  status: v.picklist(['scheduled', 'cancelled']),
  confirmedCount: v.number(),
  waitlistCount: v.number(),
  /** The venue's current check-in code: only for those who run the seminar. */
  checkinCode: v.optional(v.string()),
});
export type Seminar = v.InferOutput<typeof SeminarSchema>;

export const SignupSchema = v.object({
  id: v.string(),
  seminarId: v.string(),
  personId: v.string(),
  status: v.picklist(['confirmed', 'waitlisted', 'cancelled']),
  /** 1-based place on the waitlist; null unless waitlisted. */
  position: v.nullable(v.number()),
  checkedInAt: v.nullable(StoredTime),
  createdAt: StoredTime,
});
export type Signup = v.InferOutput<typeof SignupSchema>;

export function signupId(seminarId: string, personId: string): string {
  return `${seminarId}:${personId}`;
}
