// What each kind of message says (issue 22), read fresh when it is sent: the event's title,
// time and place, the network's name, the task's title as they are then, in the person's
// language, and the app's own address to open. Nothing more personal than the notice on
// screen. Null: nothing to say any more (the event, network or task deleted, a reminder of
// an event called off, no request waiting), and the message is dropped.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { SUBJECT_OF, type NotificationKind, type PushPayload } from '../../shared/notifications/kinds';
import type { MessageKey, UiLang } from '../../shared/i18n/messages';
import { translate } from '../../shared/i18n/messages';
import { formatMoment } from '../../shared/i18n/dates';
import { translateCount } from '../../shared/i18n/plural';
import '../../shared/i18n/sections/notifications';
import { findNotificationSeminar } from '../db/notification-queue';
import { findNotificationNetwork, findNotificationTask } from '../db/notification-networks';

type Message = { kind: NotificationKind; subject_id: string };

export async function renderNotification(db: Kysely<Database>, message: Message, lang: UiLang, now: Date): Promise<PushPayload | null> {
  switch (SUBJECT_OF[message.kind]) {
    case 'seminar': return renderSeminarMessage(db, message, lang, now);
    case 'network': return renderNetworkMessage(db, message, lang);
    case 'task': return renderTaskMessage(db, message, lang);
  }
}

function payload(lang: UiLang, kind: NotificationKind, keys: [MessageKey, MessageKey], words: Record<string, string | number>, url: string, tag: string): PushPayload {
  return { kind, title: translate(lang, keys[0], words), body: translate(lang, keys[1], words), url, tag };
}

async function renderSeminarMessage(db: Kysely<Database>, message: Message, lang: UiLang, now: Date): Promise<PushPayload | null> {
  const seminar = await findNotificationSeminar(db, message.subject_id);
  if (!seminar) return null;
  const words = { title: seminar.title, time: formatMoment(lang, seminar.starts_at, now), place: seminar.location };
  const url = `/arrangementer/${encodeURIComponent(seminar.id)}`;
  const said = (keys: [MessageKey, MessageKey], tag: string) => payload(lang, message.kind, keys, words, url, `${tag}-${seminar.id}`);
  const scheduled = seminar.status === 'scheduled';
  switch (message.kind) {
    case 'seatOpened': return scheduled ? said(['pushSeatOpenedTitle', 'pushSeatOpenedBody'], 'seat') : null;
    case 'eventCancelled': return said(['pushEventCancelledTitle', 'pushEventCancelledBody'], 'event');
    case 'eventMoved': return scheduled ? said(['pushEventMovedTitle', 'pushEventMovedBody'], 'event') : null;
    case 'eventReminder': return scheduled ? said(['pushEventReminderTitle', 'pushEventReminderBody'], 'reminder') : null;
    case 'eventReminderSoon': return scheduled ? said(['pushEventReminderSoonTitle', 'pushEventReminderSoonBody'], 'reminder') : null;
    default: return null;
  }
}

async function renderNetworkMessage(db: Kysely<Database>, message: Message, lang: UiLang): Promise<PushPayload | null> {
  const network = await findNotificationNetwork(db, message.subject_id);
  if (!network) return null;
  const words = { name: network.name };
  const url = `/netvaerk/${encodeURIComponent(network.id)}`;
  switch (message.kind) {
    case 'requestApproved': return payload(lang, message.kind, ['pushRequestApprovedTitle', 'pushRequestApprovedBody'], words, url, `request-${network.id}`);
    case 'requestDeclined': return payload(lang, message.kind, ['pushRequestDeclinedTitle', 'pushRequestDeclinedBody'], words, url, `request-${network.id}`);
    case 'requestsWaiting':
      if (network.waiting === 0) return null;
      return {
        kind: message.kind, title: translate(lang, 'pushRequestsWaitingTitle', words),
        body: translateCount(lang, 'pushRequestsWaitingBody', network.waiting), url, tag: `requests-${network.id}`,
      };
    default: return null;
  }
}

async function renderTaskMessage(db: Kysely<Database>, message: Message, lang: UiLang): Promise<PushPayload | null> {
  const task = await findNotificationTask(db, message.subject_id);
  if (!task || task.status !== 'open') return null;
  const words = { name: task.network_name, title: task.title };
  const url = `/netvaerk/${encodeURIComponent(task.network_id)}`;
  return message.kind === 'taskDueTomorrow'
    ? payload(lang, message.kind, ['pushTaskDueTitle', 'pushTaskDueBody'], words, url, `deadline-${task.id}`)
    : payload(lang, message.kind, ['pushTaskGivenTitle', 'pushTaskGivenBody'], words, url, `task-${task.id}`);
}
