// How and when a due message goes, by its person's settings (issue 22, part 4): not at all
// (`none` for its topic), held until the quiet hours end, or now by the chosen channel. An
// event cancelled today is never held: by morning it is too late to hear it; nor is any
// news of an event that begins before the quiet hours end (a reminder of a 06.30 start).
import type { NotificationKind } from '../../shared/notifications/kinds';
import { channelFor, isQuietHour, type Channel, type NotificationSettings } from '../../shared/notifications/settings';
import { copenhagenDate, copenhagenHour, nextCopenhagenHour } from '../../shared/time/copenhagen-time';

export type Plan = { off: true } | { holdUntil: string } | { channel: Exclude<Channel, 'none'> };

/**
 * `eventStartsAt`: for a message about an event, when it begins: one that begins before the
 * quiet hours end goes through them, and so does the cancellation of one today (Danish date).
 */
export function planDelivery(settings: NotificationSettings, kind: NotificationKind, nowMs: number, eventStartsAt?: string): Plan {
  const channel = channelFor(settings, kind);
  if (channel === 'none') return { off: true };
  if (!isQuietHour(settings, copenhagenHour(nowMs))) return { channel };
  const quietEnds = nextCopenhagenHour(nowMs, settings.quietUntil);
  if (eventStartsAt !== undefined) {
    const starts = Date.parse(eventStartsAt);
    if (starts < Date.parse(quietEnds)) return { channel };
    if (kind === 'eventCancelled' && copenhagenDate(starts) === copenhagenDate(nowMs)) return { channel };
  }
  return { holdUntil: quietEnds };
}
