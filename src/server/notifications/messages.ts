// What each kind of message says (issue 22), read fresh when it is sent: the event's title
// and time as they are then, in the person's language, and the app's own address to open.
// Nothing more personal than the notice on screen. Null: the subject is gone (a deleted
// event), and the message is dropped.
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
  switch (message.kind) {
    case 'seatOpened': {
      const seminar = await findNotificationSeminar(db, message.subject_id);
      if (!seminar) return null;
      return {
        kind: message.kind,
        title: translate(lang, 'pushSeatOpenedTitle'),
        body: translate(lang, 'pushSeatOpenedBody', { title: seminar.title, time: formatMoment(lang, seminar.starts_at, now) }),
        url: `/arrangementer/${encodeURIComponent(seminar.id)}`,
        tag: `seat-${seminar.id}`,
      };
    }
  }
}
