// signup.cancel: frees the seat, and the first on the waitlist takes it in the same
// transaction (sync.md); leaving the waitlist moves everyone behind up a place.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { cancelSignup, findSignup, lockSeminar, setSeminarCounts } from '../db/seminars';
import { leaveWaitlist, promoteWaiting } from './seats';

export const signupCancel: Mutator<'signup.cancel'> = async (ctx, args) => {
  const { tx, viewer, dialect, nextVersion } = ctx;
  const seminar = await lockSeminar(tx, args.seminarId, dialect);
  if (!seminar) throw new MutationRefusal('seminar_not_found');
  const signup = await findSignup(tx, args.seminarId, viewer.personId);
  // Not signed up (any more): what the user wanted is already so.
  if (!signup || signup.deleted === 1 || signup.status === 'cancelled') return;
  await cancelSignup(tx, signup.id, await nextVersion());
  if (signup.status === 'waitlisted') {
    await leaveWaitlist(ctx, args.seminarId, signup.position ?? seminar.waitlist_count, { confirmed: 0 });
    return;
  }
  await setSeminarCounts(tx, args.seminarId, {
    confirmed: seminar.confirmed_count - 1, waitlisted: seminar.waitlist_count,
  }, await nextVersion());
  // A cancelled or finished event gives nobody a seat any more.
  if (seminar.status === 'scheduled' && seminar.ends_at > ctx.now && seminar.waitlist_count > 0) await promoteWaiting(ctx, args.seminarId, 1);
};
