// Seminars (welcome fairs, workshops, café seminars, courses) and sign-ups.
import * as v from 'valibot';
import { Dlo, Id, IsoTime, longText, text } from './common';

export const SEMINAR_KINDS = ['welcomeFair', 'workshop', 'cafe', 'course', 'seminar', 'conference'] as const;
export const SeminarKindSchema = v.picklist(SEMINAR_KINDS);

export const SeminarSchema = v.object({
  id: Id,
  title: text(200),
  description: longText(4000),
  kind: SeminarKindSchema,
  startsAt: IsoTime,
  endsAt: IsoTime,
  location: text(200),
  capacity: v.pipe(v.number(), v.integer(), v.minValue(1)),
  signupDeadline: v.nullable(IsoTime),
  networkId: v.nullable(Id),
  dlo: Dlo,
  competenceIds: v.array(Id),
  organizerId: Id,
  status: v.picklist(['scheduled', 'cancelled']),
  confirmedCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  waitlistCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The venue's current check-in code: only for those who run the seminar. */
  checkinCode: v.optional(v.string()),
});
export type Seminar = v.InferOutput<typeof SeminarSchema>;

export const SignupSchema = v.object({
  id: Id,
  seminarId: Id,
  personId: Id,
  status: v.picklist(['confirmed', 'waitlisted', 'cancelled']),
  /** 1-based place on the waitlist; null unless waitlisted. */
  position: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  checkedInAt: v.nullable(IsoTime),
  createdAt: IsoTime,
});
export type Signup = v.InferOutput<typeof SignupSchema>;

export function signupId(seminarId: string, personId: string): string {
  return `${seminarId}:${personId}`;
}
