// attendance.set: the organizer ticks a participant present (or not) by hand, e.g. for
// someone whose phone is flat. Only people with a seat are on the attendance list.
// Ticks keep their own window, judged by the server's clock when the tick arrives
// (issue 18): from when check-in opens (CHECKIN_OPENS_BEFORE_START_MS, 60 min before the
// start: nobody is present earlier) until ATTENDANCE_CLOSES_AFTER_END_MS (14 days) after
// the end, time to catch up on a list kept on paper; after that the units' figures stand.
// Outside it a tick, or an untick, is refused: `attendance_too_early` / `attendance_too_late`.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { findSignup, lockSeminar, setCheckedIn } from '../db/seminars';
import { mayRunSeminar } from '../rules/seminars';
import { CHECKIN_OPENS_BEFORE_START_MS } from './checkin';

/** The organizer may correct the attendance list until this long after the event ends. */
export const ATTENDANCE_CLOSES_AFTER_END_MS = 14 * 24 * 3_600_000;

export const attendanceSet: Mutator<'attendance.set'> = async ({ tx, viewer, now, dialect, nextVersion }, args) => {
  const seminar = await lockSeminar(tx, args.seminarId, dialect);
  if (!seminar) throw new MutationRefusal('seminar_not_found');
  if (!mayRunSeminar(viewer, seminar)) throw new MutationRefusal('not_allowed');
  const nowMs = Date.parse(now);
  if (nowMs < Date.parse(seminar.starts_at) - CHECKIN_OPENS_BEFORE_START_MS) throw new MutationRefusal('attendance_too_early');
  if (nowMs > Date.parse(seminar.ends_at) + ATTENDANCE_CLOSES_AFTER_END_MS) throw new MutationRefusal('attendance_too_late');
  const signup = await findSignup(tx, args.seminarId, args.personId);
  if (!signup || signup.deleted === 1 || signup.status !== 'confirmed') throw new MutationRefusal('not_signed_up');
  const checkedInAt = args.present ? signup.checked_in_at ?? now : null;
  if (checkedInAt === signup.checked_in_at) return;
  await setCheckedIn(tx, signup.id, checkedInAt, await nextVersion());
};
