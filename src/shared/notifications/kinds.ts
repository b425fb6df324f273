// What Videnbro tells people outside the app (issue 22): each kind a message of its own,
// with its own lifetime at the push service and its own urgency.
export const NOTIFICATION_KINDS = [
  'seatOpened', 'eventCancelled', 'eventMoved', 'eventReminder', 'eventReminderSoon', 'requestApproved', 'requestDeclined', 'requestsWaiting', 'taskGiven',
  'taskDueTomorrow',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How long a push service keeps a message for a phone that is off (seconds), and how urgent it is. */
export const DELIVERY: Record<NotificationKind | 'test', { ttlSeconds: number; urgency: 'very-low' | 'low' | 'normal' | 'high' }> = {
  // Asked for from Mig: worth seeing within minutes or not at all.
  test: { ttlSeconds: 600, urgency: 'high' },
  // A seat is worth something only until the event: a day is plenty, and it should wake the phone.
  seatOpened: { ttlSeconds: 24 * 3600, urgency: 'high' },
  // Called off: heard before setting out, even from a sleeping phone.
  eventCancelled: { ttlSeconds: 24 * 3600, urgency: 'high' },
  eventMoved: { ttlSeconds: 24 * 3600, urgency: 'normal' },
  // A day before: worth little once the day has begun.
  eventReminder: { ttlSeconds: 12 * 3600, urgency: 'normal' },
  // An hour before: stale once the event has begun.
  eventReminderSoon: { ttlSeconds: 3600, urgency: 'high' },
  // Answers and tasks keep for a week: still news to a phone that was off over a holiday.
  requestApproved: { ttlSeconds: 7 * 24 * 3600, urgency: 'normal' },
  requestDeclined: { ttlSeconds: 7 * 24 * 3600, urgency: 'low' },
  // A coordinator's summary of requests waiting: the next one replaces it anyway.
  requestsWaiting: { ttlSeconds: 24 * 3600, urgency: 'low' },
  taskGiven: { ttlSeconds: 7 * 24 * 3600, urgency: 'normal' },
  // The morning before a deadline: stale by the evening.
  taskDueTomorrow: { ttlSeconds: 12 * 3600, urgency: 'normal' },
};

/** What a message is about: an event (a seminar's id), a network, or a network's task. */
export const SUBJECT_OF: Record<NotificationKind, 'seminar' | 'network' | 'task'> = {
  seatOpened: 'seminar', eventCancelled: 'seminar', eventMoved: 'seminar', eventReminder: 'seminar', eventReminderSoon: 'seminar',
  requestApproved: 'network', requestDeclined: 'network', requestsWaiting: 'network', taskGiven: 'task', taskDueTomorrow: 'task',
};

/** A network's coordinators hear of a task's deadline at this hour (Danish time) the day before. */
export const TASK_DEADLINE_NOTICE_HOUR = 9;

/** A coordinator hears of new requests to join a network at most this often (gathered). */
export const REQUESTS_GATHER_MS = 3_600_000;

/** How long before an event its reminder is due. */
export const REMINDER_LEAD_MS = 24 * 3_600_000;

/** The second reminder, off until a person asks for it (settings.ts). */
export const REMINDER_SOON_LEAD_MS = 3_600_000;

/** The lead time of each reminder kind. */
export const REMINDER_LEADS = { eventReminder: REMINDER_LEAD_MS, eventReminderSoon: REMINDER_SOON_LEAD_MS } as const;

/** What a push message carries (the service worker shows it): no more than the notice on screen shows. */
export interface PushPayload { kind: NotificationKind | 'test'; title: string; body: string; url: string; tag: string }
