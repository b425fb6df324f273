// Seats and the waitlist of one seminar, inside the transaction that holds it locked:
// the first waiting person takes a freed seat (and is sent word of it), and everyone behind
// moves up a place.
import type { MutationContext } from './context';
import { closeWaitlistGap, confirmSignup, firstWaiting, lockSeminar, setSeminarCounts } from '../db/seminars';
import { enqueueNotification } from '../db/notification-queue';

/** Gives up to `seats` free seats to the first on the waitlist, in order. */
export async function promoteWaiting(ctx: MutationContext, seminarId: string, seats: number): Promise<void> {
  for (let i = 0; i < seats; i++) {
    const next = await firstWaiting(ctx.tx, seminarId);
    if (!next) return;
    await confirmSignup(ctx.tx, next.id, await ctx.nextVersion());
    await leaveWaitlist(ctx, seminarId, next.position ?? 1, { confirmed: +1 });
    // Told outside the app too: a seat the evening before is worth nothing unheard of.
    await enqueueNotification(ctx.tx, { personId: next.person_id, kind: 'seatOpened', subjectId: seminarId, dueAt: ctx.now, now: ctx.now });
  }
}

/**
 * Someone at `position` left the waitlist (promoted, or cancelled): the ones behind move
 * up, and the seminar's counts follow (`confirmed` is the change to its confirmed count).
 */
export async function leaveWaitlist(
  ctx: MutationContext, seminarId: string, position: number, change: { confirmed: number },
): Promise<void> {
  const seminar = await lockSeminar(ctx.tx, seminarId, ctx.dialect);
  if (!seminar) return;
  const behind = seminar.waitlist_count - position;
  if (behind > 0) await closeWaitlistGap(ctx.tx, seminarId, position, await ctx.reserveVersions(behind));
  await setSeminarCounts(ctx.tx, seminarId, {
    confirmed: seminar.confirmed_count + change.confirmed,
    waitlisted: seminar.waitlist_count - 1,
  }, await ctx.nextVersion());
}
