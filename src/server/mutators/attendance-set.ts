// attendance.set: the organizer ticks a participant present (or not) by hand, e.g. for
// someone whose phone is flat. Only people with a seat are on the attendance list.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { findSignup, lockSeminar } from '../db/seminars';
import { mayRunSeminar } from './seminar-rules';

export const attendanceSet: Mutator<'attendance.set'> = async ({ tx, viewer, now, dialect, nextVersion }, args) => {
  const seminar = await lockSeminar(tx, args.seminarId, dialect);
  if (!seminar) throw new MutationRefusal('seminar_not_found');
  if (!mayRunSeminar(viewer, seminar)) throw new MutationRefusal('not_allowed');
  const signup = await findSignup(tx, args.seminarId, args.personId);
  if (!signup || signup.deleted === 1 || signup.status !== 'confirmed') throw new MutationRefusal('not_signed_up');
  const checkedInAt = args.present ? signup.checked_in_at ?? now : null;
  if (checkedInAt === signup.checked_in_at) return;
  await tx.updateTable('signups').set({ checked_in_at: checkedInAt, version: await nextVersion() })
    .where('id', '=', signup.id).execute();
};
