// checkin: a participant scanned the venue's check-in QR. The phone may be offline and
// sync hours later, so the scan carries the phone's `scannedAt`; attendance feeds the
// units' figures and a reflection prompt, so the server decides how far to believe it
// (issue 18). `now` is the server's clock when the scan arrives. In this order:
// - The code must have been this seminar's at some point, else `checkin_code_invalid`.
// - A code replaced by seminar.renewCheckinCode stops working for every scan that
//   arrives more than REPLACED_CODE_GRACE_MS (2 min) after the renewal reached the
//   server: judged by arrival, never by `scannedAt`, so back-dating cannot revive it
//   (`checkin_code_replaced`). The grace covers a phone that scanned the old poster just
//   as it was replaced and syncs seconds later; anyone later is ticked by the organizer.
// - The scan time: a `scannedAt` in the future (or none) counts as now. One dated more
//   than OFFLINE_SCAN_MAX_AGE_MS (12 h) before it arrived is refused (`checkin_too_late`).
// - Never dated before its code was issued (`checkin_codes.valid_from`): up to
//   CLOCK_SKEW_MS (5 min) earlier is a slow phone clock and counts as the moment of issue;
//   earlier still is refused (`checkin_dated_before_code`).
// - The scan time so accepted must lie from CHECKIN_OPENS_BEFORE_START_MS (60 min)
//   before the start until CHECKIN_CLOSES_AFTER_END_MS (2 h) after the end, else
//   `checkin_too_early` / `checkin_too_late`.
// Only then is the seat checked; the first accepted scan is the one that counts.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { findCheckinCode, findSignup, lockSeminar, setCheckedIn } from '../db/seminars';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Check-in opens this long before the event starts (attendance ticks open then too). */
export const CHECKIN_OPENS_BEFORE_START_MS = 60 * MINUTE;
/** ...and closes this long after it ends (as of the accepted scan time). */
export const CHECKIN_CLOSES_AFTER_END_MS = 2 * HOUR;
/** An offline scan may be dated at most this long before it reaches the server. */
export const OFFLINE_SCAN_MAX_AGE_MS = 12 * HOUR;
/** A replaced code still works for scans arriving this soon after the renewal arrived. */
export const REPLACED_CODE_GRACE_MS = 2 * MINUTE;
/** Phones' clocks drift: a scan dated this much before its code was issued counts as at issue. */
export const CLOCK_SKEW_MS = 5 * MINUTE;

export const checkin: Mutator<'checkin'> = async ({ tx, viewer, now, dialect, nextVersion }, args) => {
  const seminar = await lockSeminar(tx, args.seminarId, dialect);
  if (!seminar) throw new MutationRefusal('seminar_not_found');
  if (seminar.status === 'cancelled') throw new MutationRefusal('seminar_cancelled');
  const code = await findCheckinCode(tx, args.seminarId, args.code);
  if (!code) throw new MutationRefusal('checkin_code_invalid');
  const arrivedMs = Date.parse(now);
  if (code.valid_until !== null && arrivedMs > Date.parse(code.valid_until) + REPLACED_CODE_GRACE_MS) {
    throw new MutationRefusal('checkin_code_replaced');
  }
  const claimedMs = args.scannedAt === undefined ? arrivedMs : Math.min(Date.parse(args.scannedAt), arrivedMs);
  if (claimedMs < arrivedMs - OFFLINE_SCAN_MAX_AGE_MS) throw new MutationRefusal('checkin_too_late');
  const issuedMs = Date.parse(code.valid_from);
  if (claimedMs < issuedMs - CLOCK_SKEW_MS) throw new MutationRefusal('checkin_dated_before_code');
  const scannedMs = Math.max(claimedMs, issuedMs);
  if (scannedMs < Date.parse(seminar.starts_at) - CHECKIN_OPENS_BEFORE_START_MS) throw new MutationRefusal('checkin_too_early');
  if (scannedMs > Date.parse(seminar.ends_at) + CHECKIN_CLOSES_AFTER_END_MS) throw new MutationRefusal('checkin_too_late');
  const signup = await findSignup(tx, args.seminarId, viewer.personId);
  if (!signup || signup.deleted === 1 || signup.status !== 'confirmed') throw new MutationRefusal('not_signed_up');
  if (signup.checked_in_at !== null) return; // scanned twice: the first time counts
  await setCheckedIn(tx, signup.id, new Date(scannedMs).toISOString(), await nextVersion());
};
