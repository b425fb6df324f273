// What Videnbro tells people outside the app (issue 22): each kind a message of its own,
// with its own lifetime at the push service and its own urgency.
export const NOTIFICATION_KINDS = ['seatOpened'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How long a push service keeps a message for a phone that is off (seconds), and how urgent it is. */
export const DELIVERY: Record<NotificationKind, { ttlSeconds: number; urgency: 'very-low' | 'low' | 'normal' | 'high' }> = {
  // A seat is worth something only until the event: a day is plenty, and it should wake the phone.
  seatOpened: { ttlSeconds: 24 * 3600, urgency: 'high' },
};

/** What a push message carries (the service worker shows it): no more than the notice on screen shows. */
export interface PushPayload { kind: NotificationKind; title: string; body: string; url: string; tag: string }
