// checkin: a participant scanned the venue's check-in QR. The phone may be offline and
// sync hours later, so the code is judged as of when it was scanned (never later than
// now): valid then, or replaced less than a grace period before.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { checkinCodeValidAt, findSignup, lockSeminar } from '../db/seminars';

/** How long an old code keeps working after the organizer shows a new one. */
export const CHECKIN_GRACE_MS = 15 * 60_000;
/** Phones' clocks drift: a scan this much before a code appeared still counts. */
const CLOCK_SKEW_MS = 5 * 60_000;

export const checkin: Mutator<'checkin'> = async ({ tx, viewer, now, dialect, nextVersion }, args) => {
  const seminar = await lockSeminar(tx, args.seminarId, dialect);
  if (!seminar) throw new MutationRefusal('seminar_not_found');
  if (seminar.status === 'cancelled') throw new MutationRefusal('seminar_cancelled');
  const scannedAt = args.scannedAt && args.scannedAt < now ? args.scannedAt : now;
  const judgedAt = new Date(Date.parse(scannedAt) + CLOCK_SKEW_MS).toISOString();
  const valid = await checkinCodeValidAt(tx, args.seminarId, args.code, judgedAt, CHECKIN_GRACE_MS + CLOCK_SKEW_MS);
  if (!valid) throw new MutationRefusal('checkin_code_invalid');
  const signup = await findSignup(tx, args.seminarId, viewer.personId);
  if (!signup || signup.deleted === 1 || signup.status !== 'confirmed') throw new MutationRefusal('not_signed_up');
  if (signup.checked_in_at !== null) return; // scanned twice: the first time counts
  await tx.updateTable('signups').set({ checked_in_at: scannedAt, version: await nextVersion() })
    .where('id', '=', signup.id).execute();
};
