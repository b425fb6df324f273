// Seats and the waitlist of one seminar, inside the transaction that holds it locked: the
// first waiting people take freed seats, and are sent word of it. Those behind keep their
// stored place, a gap ahead of them, until the waitlist is renumbered just after the
// commit (waitlists/renumbering.ts): a departure does not rewrite everyone behind it while
// the seminar is locked and every sign-up for it waits.
import type { MutationContext } from './context';
import { confirmSignup, firstWaiting } from '../db/seminars';
import { enqueueNotification } from '../db/notification-queue';

/** Gives up to `seats` free seats to the first on the waitlist, in order; how many took one. The caller sets the counts. */
export async function promoteWaiting(ctx: MutationContext, seminarId: string, seats: number): Promise<number> {
  const next = await firstWaiting(ctx.tx, seminarId, seats);
  if (next.length === 0) return 0;
  const first = await ctx.reserveVersions(next.length);
  for (const [i, signup] of next.entries()) await confirmSignup(ctx.tx, signup.id, first + i);
  // Told outside the app too: a seat the evening before is worth nothing unheard of.
  await enqueueNotification(ctx.tx, ...next.map((signup) => ({
    personId: signup.person_id, kind: 'seatOpened' as const, subjectId: seminarId, dueAt: ctx.now, now: ctx.now,
  })));
  return next.length;
}
