// signup.request: a seat while there is one, else a place on the waitlist (sync.md).
// The seminar is locked for the whole decision, so two phones can never both get the
// last seat; asking again (a tap offline ten times) changes nothing after the first.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { signupId } from '../../shared/entities';
import { findSignup, lockSeminar, setSeminarCounts, writeSignup } from '../db/seminars';
import { scheduleReminder } from './reminders';

export const signupRequest: Mutator<'signup.request'> = async ({ tx, viewer, now, dialect, reserveVersions }, args) => {
  const seminar = await lockSeminar(tx, args.seminarId, dialect);
  if (!seminar) throw new MutationRefusal('seminar_not_found');
  const existing = await findSignup(tx, args.seminarId, viewer.personId);
  if (existing && existing.deleted === 0 && existing.status !== 'cancelled') return; // already in: harmless repeat
  if (seminar.status === 'cancelled') throw new MutationRefusal('seminar_cancelled');
  if (seminar.ends_at <= now) throw new MutationRefusal('seminar_ended');
  if (seminar.signup_deadline !== null && seminar.signup_deadline < now) throw new MutationRefusal('signup_deadline_passed');

  const seat = seminar.confirmed_count < seminar.capacity;
  const position = seat ? null : seminar.waitlist_count + 1;
  // One trip to the version counter for both rows (the sign-up's, then the seminar's).
  const version = await reserveVersions(2);
  await writeSignup(tx, {
    id: signupId(args.seminarId, viewer.personId), seminar_id: args.seminarId, person_id: viewer.personId,
    status: seat ? 'confirmed' : 'waitlisted', position, checked_in_at: null,
    created_at: now, deleted: 0, version,
  });
  await setSeminarCounts(tx, args.seminarId, {
    confirmed: seminar.confirmed_count + (seat ? 1 : 0),
    waitlisted: seminar.waitlist_count + (seat ? 0 : 1),
  }, version + 1);
  // Waiting too: a seat may come before the day.
  await scheduleReminder({ tx, now }, viewer.personId, seminar);
};
