// What a person chooses to hear of outside the app (issue 22, part 4): for each topic
// (one or more message kinds, as the settings screen names them) a channel, quiet hours,
// and the language messages are written in. One row per person (its id the person's),
// synced to the owner's devices only and changeable offline like the profile. A person
// with no row has the defaults.
import * as v from 'valibot';
import { REMINDER_LEADS, type NotificationKind } from './kinds';

/**
 * `push`: to the phones that have messages turned on, and by e-mail when none has (the
 * default: nobody misses a seat because push was never turned on); `email`: e-mail only;
 * `both`: push and e-mail; `none`: nothing.
 */
export const CHANNELS = ['push', 'email', 'both', 'none'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The choices on the settings screen, in its order. */
export const NOTIFICATION_TOPICS = [
  'seatOpened', 'eventChanged', 'eventReminder', 'eventReminderSoon', 'requestAnswered', 'requestsWaiting', 'taskGiven', 'taskDueTomorrow',
] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

export const TOPIC_OF: Record<NotificationKind, NotificationTopic> = {
  seatOpened: 'seatOpened',
  eventMoved: 'eventChanged', eventCancelled: 'eventChanged',
  eventReminder: 'eventReminder', eventReminderSoon: 'eventReminderSoon',
  requestApproved: 'requestAnswered', requestDeclined: 'requestAnswered',
  requestsWaiting: 'requestsWaiting', taskGiven: 'taskGiven', taskDueTomorrow: 'taskDueTomorrow',
};

/** Every topic on, by push; the reminder an hour before is off until asked for. */
export const DEFAULT_CHANNELS: Record<NotificationTopic, Channel> = {
  seatOpened: 'push', eventChanged: 'push', eventReminder: 'push', eventReminderSoon: 'none',
  requestAnswered: 'push', requestsWaiting: 'push', taskGiven: 'push', taskDueTomorrow: 'push',
};

export const MESSAGE_LANGUAGES = ['da', 'en'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export const ChannelSchema = v.picklist(CHANNELS);
/** A whole hour of the day, 0–23. */
export const Hour = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23));

/** The chosen channels: each topic at most once, no other keys. */
export const ChannelChoicesSchema = v.strictObject(
  Object.fromEntries(NOTIFICATION_TOPICS.map((topic) => [topic, v.optional(ChannelSchema)])) as { [T in NotificationTopic]: v.OptionalSchema<typeof ChannelSchema, undefined> },
);

export const NotificationSettingsSchema = v.object({
  /** The person's id: one row a person. */
  id: v.string(),
  /** Only the topics chosen away from their default. */
  channels: ChannelChoicesSchema,
  /** Messages held from `quietFrom` to `quietUntil` (whole hours, Danish time), but an event cancelled today. */
  quietHours: v.boolean(),
  quietFrom: Hour,
  quietUntil: Hour,
  language: v.picklist(MESSAGE_LANGUAGES),
});
export type NotificationSettings = v.InferOutput<typeof NotificationSettingsSchema>;

export const QUIET_FROM_DEFAULT = 21;
export const QUIET_UNTIL_DEFAULT = 7;

/** A person's settings as they hold: their row, or the defaults. */
export function settingsOrDefaults(personId: string, row: NotificationSettings | undefined, language: MessageLanguage = 'da'): NotificationSettings {
  return row ?? { id: personId, channels: {}, quietHours: true, quietFrom: QUIET_FROM_DEFAULT, quietUntil: QUIET_UNTIL_DEFAULT, language };
}

export function channelFor(settings: Pick<NotificationSettings, 'channels'>, kind: NotificationKind): Channel {
  const topic = TOPIC_OF[kind];
  return settings.channels[topic] ?? DEFAULT_CHANNELS[topic];
}

/** Whether `hour` (0–23, Danish time) falls in the quiet hours; from 21 to 7 runs over midnight. */
export function isQuietHour(settings: Pick<NotificationSettings, 'quietHours' | 'quietFrom' | 'quietUntil'>, hour: number): boolean {
  const { quietHours, quietFrom, quietUntil } = settings;
  if (!quietHours || quietFrom === quietUntil) return false;
  return quietFrom < quietUntil ? hour >= quietFrom && hour < quietUntil : hour >= quietFrom || hour < quietUntil;
}

/**
 * How long before an event the person wants reminding (ms): the calendar file's alarms
 * follow the same choice as the messages (a day before unless turned off, an hour before
 * when asked for).
 */
export function reminderLeadsMs(settings: Pick<NotificationSettings, 'channels'>): number[] {
  return (Object.keys(REMINDER_LEADS) as (keyof typeof REMINDER_LEADS)[])
    .filter((kind) => channelFor(settings, kind) !== 'none').map((kind) => REMINDER_LEADS[kind]);
}
