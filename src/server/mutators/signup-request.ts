// signup.request: a seat while there is one, else a place on the waitlist (sync.md).
// The seminar is locked for the decision, so two phones can never both get the last seat;
// asking again (a tap offline ten times) changes nothing after the first. Everything that
// can be done before the lock is: on PostgreSQL the seminar's lock is held from the locked
// read to the commit, and every sign-up for the event waits for it.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { signupId } from '../../shared/entities';
import { findSeminarAndSignup, lockSeminarAndSignup, nextWaitlistPlace, writeSignupWithCounts, type OwnSignup, type SeminarRow } from '../db/seminars';
import { scheduleReminder } from './reminders';

type Seen = { seminar: SeminarRow; signup: OwnSignup | undefined } | undefined;

/** 'in': signed up or waiting already (a harmless repeat); else the seminar open for sign-up, or a refusal. */
function judge(seen: Seen, now: string): 'in' | SeminarRow {
  if (!seen) throw new MutationRefusal('seminar_not_found');
  const { seminar, signup } = seen;
  if (signup && signup.deleted === 0 && signup.status !== 'cancelled') return 'in';
  if (seminar.status === 'cancelled') throw new MutationRefusal('seminar_cancelled');
  if (seminar.ends_at <= now) throw new MutationRefusal('seminar_ended');
  if (seminar.signup_deadline !== null && seminar.signup_deadline < now) throw new MutationRefusal('signup_deadline_passed');
  return seminar;
}

export const signupRequest: Mutator<'signup.request'> = async ({ tx, viewer, now, dialect, reserveVersions }, args) => {
  const seen = judge(await findSeminarAndSignup(tx, args.seminarId, viewer.personId), now);
  if (seen === 'in') return;
  // Waiting too: a seat may come before the day.
  await scheduleReminder({ tx, now }, viewer.personId, seen);

  // The same judgement on the locked row: it may have changed since.
  const seminar = judge(await lockSeminarAndSignup(tx, args.seminarId, viewer.personId, dialect), now);
  if (seminar === 'in') return; // another of the person's phones came first: its reminders stand too
  if (seminar.starts_at !== seen.starts_at) await scheduleReminder({ tx, now }, viewer.personId, seminar);

  const seat = seminar.confirmed_count < seminar.capacity;
  const place = seat ? null : nextWaitlistPlace(seminar);
  await writeSignupWithCounts(tx, dialect, {
    id: signupId(args.seminarId, viewer.personId), seminar_id: args.seminarId, person_id: viewer.personId,
    status: seat ? 'confirmed' : 'waitlisted', position: place, checked_in_at: null,
    created_at: now, deleted: 0,
  }, {
    confirmed: seminar.confirmed_count + (seat ? 1 : 0),
    waitlisted: seminar.waitlist_count + (seat ? 0 : 1),
    lastPlace: place ?? seminar.waitlist_last,
  }, reserveVersions);
};
