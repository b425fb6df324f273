// seminar.cancel: its organizer calls an event off. Sign-ups stay as they were, so each
// participant's device still has the event and shows that it is cancelled; each is sent word.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { lockSeminar, updateSeminar } from '../db/seminars';
import { mayRunSeminar } from '../rules/seminars';
import { enqueueNotification, participantsOf } from '../db/notification-queue';

export const seminarCancel: Mutator<'seminar.cancel'> = async ({ tx, viewer, dialect, now, nextVersion }, args) => {
  const seminar = await lockSeminar(tx, args.id, dialect);
  if (!seminar) throw new MutationRefusal('seminar_not_found');
  if (!mayRunSeminar(viewer, seminar)) throw new MutationRefusal('not_allowed');
  if (seminar.status === 'cancelled') return;
  await updateSeminar(tx, args.id, { status: 'cancelled', version: await nextVersion() });
  // Everyone signed up or waiting hears of it outside the app too (not the one who called it off).
  await enqueueNotification(tx, ...(await participantsOf(tx, args.id, viewer.personId))
    .map((personId) => ({ personId, kind: 'eventCancelled' as const, subjectId: args.id, dueAt: now, now })));
};
