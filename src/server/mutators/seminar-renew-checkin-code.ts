// seminar.renewCheckinCode: the organizer shows a fresh check-in QR (e.g. a photo of the
// old one went round). The code comes from the organizer's phone, so renewing works
// offline there; the old code keeps working for a grace period (checkin.ts).
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { lockSeminar, replaceCheckinCode, updateSeminar } from '../db/seminars';
import { mayRunSeminar } from '../rules/seminars';

export const seminarRenewCheckinCode: Mutator<'seminar.renewCheckinCode'> = async ({ tx, viewer, now, dialect, nextVersion }, args) => {
  const seminar = await lockSeminar(tx, args.id, dialect);
  if (!seminar) throw new MutationRefusal('seminar_not_found');
  if (!mayRunSeminar(viewer, seminar)) throw new MutationRefusal('not_allowed');
  if (seminar.checkin_code === args.code) return;
  await replaceCheckinCode(tx, args.id, args.code, now);
  await updateSeminar(tx, args.id, { checkin_code: args.code, version: await nextVersion() });
};
