// signup.cancel: frees the seat, and the first on the waitlist takes it in the same
// transaction (sync.md); a place given up on the waitlist leaves a gap that is renumbered
// just after (waitlists/renumbering.ts).
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { cancelSignup, findSignup, highestPlace, lockSeminar, setSeminarCounts } from '../db/seminars';
import { promoteWaiting } from './seats';

export const signupCancel: Mutator<'signup.cancel'> = async (ctx, args) => {
  const { tx, viewer, dialect, reserveVersions } = ctx;
  const seminar = await lockSeminar(tx, args.seminarId, dialect);
  if (!seminar) throw new MutationRefusal('seminar_not_found');
  // Read after the lock, in a statement of its own: it sees what the last holder of the lock committed.
  const signup = await findSignup(tx, args.seminarId, viewer.personId);
  // Not signed up (any more): what the user wanted is already so.
  if (!signup || signup.deleted === 1 || signup.status === 'cancelled') return;
  const waiting = signup.status === 'waitlisted';
  // A seat given up goes to the first waiting, unless the event is cancelled or over.
  const seatFree = !waiting && seminar.status === 'scheduled' && seminar.ends_at > ctx.now && seminar.waitlist_count > 0;
  const promoted = seatFree ? await promoteWaiting(ctx, args.seminarId, 1) : 0;
  const version = await reserveVersions(2); // the sign-up's, then the seminar's
  await cancelSignup(tx, signup.id, version);
  await setSeminarCounts(tx, args.seminarId, {
    confirmed: seminar.confirmed_count - (waiting ? 0 : 1) + promoted,
    waitlisted: seminar.waitlist_count - (waiting ? 1 : promoted),
    lastPlace: highestPlace(seminar),
  }, version + 1);
};
