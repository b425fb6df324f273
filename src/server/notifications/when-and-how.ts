// How and when a due message goes, by its person's settings (issue 22, part 4): not at all
// (`none` for its topic), held until the quiet hours end, or now by the chosen channel. An
// event cancelled today is never held: by morning it is too late to hear it.
import type { NotificationKind } from '../../shared/notifications/kinds';
import { channelFor, isQuietHour, type Channel, type NotificationSettings } from '../../shared/notifications/settings';
import { copenhagenDate, copenhagenHour, nextCopenhagenHour } from '../../shared/time/copenhagen-time';

export type Plan = { off: true } | { holdUntil: string } | { channel: Exclude<Channel, 'none'> };

/**
 * `eventStartsAt`: for an event's cancellation, when it was to begin; it goes through the
 * quiet hours if that is today (Danish date) or before they end.
 */
export function planDelivery(settings: NotificationSettings, kind: NotificationKind, nowMs: number, eventStartsAt?: string): Plan {
  const channel = channelFor(settings, kind);
  if (channel === 'none') return { off: true };
  if (!isQuietHour(settings, copenhagenHour(nowMs))) return { channel };
  const quietEnds = nextCopenhagenHour(nowMs, settings.quietUntil);
  if (kind === 'eventCancelled' && eventStartsAt !== undefined) {
    const starts = Date.parse(eventStartsAt);
    if (copenhagenDate(starts) === copenhagenDate(nowMs) || starts < Date.parse(quietEnds)) return { channel };
  }
  return { holdUntil: quietEnds };
}
