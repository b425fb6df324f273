// seminar.update: its organizer changes an event. Raising the capacity gives waiting
// people their seats at once; lowering it below the confirmed count is refused, so
// nobody is moved out silently (the organizer cancels participants first, who are told).
import type { MutationContext, Mutator } from './context';
import type { MutationArgs } from '../../shared/protocol';
import { enqueueNotification, participantsOf } from '../db/notification-queue';
import { moveReminders } from './reminders';
import { MutationRefusal } from '../../shared/protocol';
import { highestPlace, lockSeminar, setSeminarCounts, updateSeminar } from '../db/seminars';
import { checkReferences, checkTimes } from './seminar-rules';
import { mayCreateSeminar, mayRunSeminar } from '../rules/seminars';
import { promoteWaiting } from './seats';
import { recordSeminarMove } from '../db/scope-changes';

export const seminarUpdate: Mutator<'seminar.update'> = async (ctx, args) => {
  const { tx, viewer, now, dialect, nextVersion } = ctx;
  const seminar = await lockSeminar(tx, args.id, dialect);
  if (!seminar) throw new MutationRefusal('seminar_not_found');
  if (!mayRunSeminar(viewer, seminar)) throw new MutationRefusal('not_allowed');
  if (seminar.ends_at < now) throw new MutationRefusal('seminar_ended');
  // Moving it to another network, or out of its network (null), needs the right to create
  // seminars there: a coordinator may not take an event out of the network they run.
  if (args.networkId !== undefined && args.networkId !== seminar.network_id && !mayCreateSeminar(viewer, args.networkId)) {
    throw new MutationRefusal('not_allowed');
  }
  checkTimes(args.startsAt ?? seminar.starts_at, args.endsAt ?? seminar.ends_at);
  const competenceIds = await checkReferences(tx, args);
  if (args.capacity !== undefined && args.capacity < seminar.confirmed_count) throw new MutationRefusal('capacity_below_confirmed');

  const version = await nextVersion();
  await updateSeminar(tx, args.id, {
    ...(args.title !== undefined && { title: args.title }),
    ...(args.description !== undefined && { description: args.description }),
    ...(args.kind !== undefined && { kind: args.kind }),
    ...(args.startsAt !== undefined && { starts_at: args.startsAt }),
    ...(args.endsAt !== undefined && { ends_at: args.endsAt }),
    ...(args.location !== undefined && { location: args.location }),
    ...(args.capacity !== undefined && { capacity: args.capacity }),
    ...(args.signupDeadline !== undefined && { signup_deadline: args.signupDeadline }),
    ...(args.networkId !== undefined && { network_id: args.networkId }),
    ...(args.dlo !== undefined && { dlo: JSON.stringify(args.dlo) }),
    ...(competenceIds !== undefined && { competence_ids: JSON.stringify(competenceIds) }),
    version,
  });
  await tellOfMove(ctx, seminar, args, version);
  // Its sign-ups change audience: the old network's coordinators lose them, the new one's
  // get them, at their next pull (sync/scope-backfill.ts).
  if (args.networkId !== undefined && args.networkId !== seminar.network_id) {
    await recordSeminarMove(tx, { seminarId: args.id, from: seminar.network_id, to: args.networkId, version });
  }

  const capacity = args.capacity ?? seminar.capacity;
  const free = capacity - seminar.confirmed_count;
  const promoted = free > 0 && seminar.waitlist_count > 0 ? await promoteWaiting(ctx, args.id, Math.min(free, seminar.waitlist_count)) : 0;
  if (promoted > 0) {
    await setSeminarCounts(tx, args.id, {
      confirmed: seminar.confirmed_count + promoted, waitlisted: seminar.waitlist_count - promoted, lastPlace: highestPlace(seminar),
    }, await nextVersion());
  }
};

/**
 * A new time or place is news for everyone signed up or waiting (not the organizer who
 * made it), one message per change; the reminders follow a new start.
 */
async function tellOfMove(
  { tx, viewer, now }: MutationContext, before: { starts_at: string; ends_at: string; location: string }, args: MutationArgs<'seminar.update'>, version: number,
): Promise<void> {
  const startMoved = args.startsAt !== undefined && args.startsAt !== before.starts_at;
  const moved = startMoved || (args.endsAt !== undefined && args.endsAt !== before.ends_at)
    || (args.location !== undefined && args.location !== before.location);
  if (!moved) return;
  await enqueueNotification(tx, ...(await participantsOf(tx, args.id, viewer.personId)).map((personId) => ({
    personId, kind: 'eventMoved' as const, subjectId: args.id, dueAt: now, now, occasion: String(version),
  })));
  if (startMoved) await moveReminders(tx, args.id, args.startsAt!);
}
