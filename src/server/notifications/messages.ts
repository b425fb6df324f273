// What each kind of message says (issue 22), read fresh when it is sent: the event's title,
// time and place as they are then, in the person's language, and the app's own address to
// open. Nothing more personal than the notice on screen. Null: nothing to say any more (the
// event deleted, a reminder of an event called off), and the message is dropped.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { NotificationKind, PushPayload } from '../../shared/notifications/kinds';
import type { UiLang } from '../../shared/i18n/messages';
import { translate } from '../../shared/i18n/messages';
import { formatMoment } from '../../shared/i18n/dates';
import '../../shared/i18n/sections/notifications';
import { findNotificationSeminar } from '../db/notification-queue';

export async function renderNotification(
  db: Kysely<Database>, message: { kind: NotificationKind; subject_id: string }, lang: UiLang, now: Date,
): Promise<PushPayload | null> {
  const seminar = await findNotificationSeminar(db, message.subject_id);
  if (!seminar) return null;
  const words = { title: seminar.title, time: formatMoment(lang, seminar.starts_at, now), place: seminar.location };
  const said = (title: Parameters<typeof translate>[1], body: Parameters<typeof translate>[1], tag: string): PushPayload => ({
    kind: message.kind, title: translate(lang, title, words), body: translate(lang, body, words),
    url: `/arrangementer/${encodeURIComponent(seminar.id)}`, tag: `${tag}-${seminar.id}`,
  });
  switch (message.kind) {
    case 'seatOpened':
      return seminar.status === 'scheduled' ? said('pushSeatOpenedTitle', 'pushSeatOpenedBody', 'seat') : null;
    case 'eventCancelled':
      return said('pushEventCancelledTitle', 'pushEventCancelledBody', 'event');
    case 'eventMoved':
      return seminar.status === 'scheduled' ? said('pushEventMovedTitle', 'pushEventMovedBody', 'event') : null;
    case 'eventReminder':
      return seminar.status === 'scheduled' ? said('pushEventReminderTitle', 'pushEventReminderBody', 'reminder') : null;
  }
}

/**
 * Whether the message still concerns its person, by their sign-up now: a seat or a
 * reminder only while they have the seat; news of the event while they are signed up or waiting.
 */
export function stillConcerns(kind: NotificationKind, status: string | undefined): boolean {
  if (kind === 'seatOpened' || kind === 'eventReminder') return status === 'confirmed';
  return status === 'confirmed' || status === 'waitlisted';
}
