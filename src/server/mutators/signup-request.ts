// signup.request: a seat while there is one, else a place on the waitlist (sync.md).
// The seminar is locked for the decision, so two phones can never both get the last seat;
// asking again (a tap offline ten times) changes nothing after the first. A refusal is
// judged before the lock, on a plain read, and judged again on the locked row.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { signupId } from '../../shared/entities';
import {
  findSeminarAndSignup, findSignup, highestPlace, lockSeminar, nextWaitlistPlace, writeSignupWithCounts, type OwnSignup, type SeminarRow,
} from '../db/seminars';
import { scheduleReminder } from './reminders';

/** 'in': signed up or waiting already (a harmless repeat); else the seminar open for sign-up, or a refusal. */
function judge(seminar: SeminarRow | undefined, signup: OwnSignup | undefined, now: string): 'in' | SeminarRow {
  if (!seminar) throw new MutationRefusal('seminar_not_found');
  if (signup && signup.deleted === 0 && signup.status !== 'cancelled') return 'in';
  if (seminar.status === 'cancelled') throw new MutationRefusal('seminar_cancelled');
  if (seminar.ends_at <= now) throw new MutationRefusal('seminar_ended');
  if (seminar.signup_deadline !== null && seminar.signup_deadline < now) throw new MutationRefusal('signup_deadline_passed');
  return seminar;
}

export const signupRequest: Mutator<'signup.request'> = async ({ tx, viewer, now, dialect, reserveVersions }, args) => {
  const seen = await findSeminarAndSignup(tx, args.seminarId, viewer.personId);
  if (judge(seen?.seminar, seen?.signup, now) === 'in') return;
  const locked = await lockSeminar(tx, args.seminarId, dialect);
  // Every change to who is signed up changes the seminar's counts, and so its version: the
  // same version as read means the same sign-ups; another means read the sign-up again.
  const signup = locked && locked.version === seen?.seminar.version ? seen.signup : await findSignup(tx, args.seminarId, viewer.personId);
  const seminar = judge(locked, signup, now);
  if (seminar === 'in') return; // another of the person's phones came first
  // After the lock, as seminar.update moves reminders after taking it: never the other way round.
  await scheduleReminder({ tx, now }, viewer.personId, seminar);

  const seat = seminar.confirmed_count < seminar.capacity;
  const place = seat ? null : nextWaitlistPlace(seminar);
  await writeSignupWithCounts(tx, dialect, {
    id: signupId(args.seminarId, viewer.personId), seminar_id: args.seminarId, person_id: viewer.personId,
    status: seat ? 'confirmed' : 'waitlisted', position: place, checked_in_at: null,
    created_at: now, deleted: 0,
  }, {
    confirmed: seminar.confirmed_count + (seat ? 1 : 0),
    waitlisted: seminar.waitlist_count + (seat ? 0 : 1),
    lastPlace: place ?? highestPlace(seminar),
  }, reserveVersions);
};
