// The rules behind a person's message settings (issue 22, part 4): which hours are quiet
// (over midnight, and by Copenhagen's clocks on the nights they change), when they end,
// what a due message does (off, held, or sent by a channel), and how a change is laid on
// the settings held.
import { describe, expect, it } from 'vitest';
import { isQuietHour, settingsOrDefaults, channelFor } from '../../src/shared/notifications/settings';
import { mergeSettings } from '../../src/shared/notifications/merge-settings';
import { nextCopenhagenHour } from '../../src/shared/time/copenhagen-time';
import { planDelivery } from '../../src/server/notifications/when-and-how';

const defaults = settingsOrDefaults('p-1', undefined);
const at = (iso: string) => Date.parse(iso);

describe('quiet hours', () => {
  it('run from 21 to 7 over midnight by default, and not at all when turned off or empty', () => {
    const quiet = Array.from({ length: 24 }, (_, hour) => isQuietHour(defaults, hour));
    expect(quiet.map((q, hour) => (q ? hour : null)).filter((h) => h !== null)).toEqual([0, 1, 2, 3, 4, 5, 6, 21, 22, 23]);
    expect(isQuietHour({ ...defaults, quietHours: false }, 23)).toBe(false);
    expect(isQuietHour({ ...defaults, quietFrom: 12, quietUntil: 13 }, 12)).toBe(true);
    expect(isQuietHour({ ...defaults, quietFrom: 12, quietUntil: 13 }, 13)).toBe(false);
    expect(isQuietHour({ ...defaults, quietFrom: 8, quietUntil: 8 }, 8)).toBe(false);
  });

  it('end at the next 07.00 on Copenhagen\'s clocks, also on the nights the clocks change', () => {
    // Winter (UTC+1): 23.00 → 07.00 the next morning.
    expect(nextCopenhagenHour(at('2027-01-20T22:00:00Z'), 7)).toBe('2027-01-21T06:00:00.000Z');
    // After midnight: the same morning.
    expect(nextCopenhagenHour(at('2027-01-21T01:30:00Z'), 7)).toBe('2027-01-21T06:00:00.000Z');
    // The night summer time begins (28 March 2027, 02.00 → 03.00): 07.00 is UTC+2.
    expect(nextCopenhagenHour(at('2027-03-27T22:00:00Z'), 7)).toBe('2027-03-28T05:00:00.000Z');
    // The night it ends (31 October 2027): 07.00 is UTC+1 again.
    expect(nextCopenhagenHour(at('2027-10-30T21:00:00Z'), 7)).toBe('2027-10-31T06:00:00.000Z');
    // At 07.00 exactly: the next day's.
    expect(nextCopenhagenHour(at('2027-01-21T06:00:00Z'), 7)).toBe('2027-01-22T06:00:00.000Z');
  });
});

describe('a due message', () => {
  const night = at('2027-01-20T22:30:00Z'); // 23.30 in Copenhagen
  const day = at('2027-01-20T11:00:00Z'); // 12.00

  it('goes by its topic\'s channel in the day, and not at all when the topic is off', () => {
    expect(planDelivery(defaults, 'seatOpened', day)).toEqual({ channel: 'push' });
    const chosen = mergeSettings(defaults, { channels: { eventChanged: 'both', seatOpened: 'none' } });
    expect(planDelivery(chosen, 'eventMoved', day)).toEqual({ channel: 'both' });
    expect(planDelivery(chosen, 'eventCancelled', day)).toEqual({ channel: 'both' });
    expect(planDelivery(chosen, 'seatOpened', day)).toEqual({ off: true });
    // The hour-before reminder is off until asked for.
    expect(planDelivery(defaults, 'eventReminderSoon', day)).toEqual({ off: true });
    expect(channelFor(defaults, 'requestDeclined')).toBe('push');
  });

  it('waits out the quiet hours, unless it calls off an event of today or before they end', () => {
    expect(planDelivery(defaults, 'seatOpened', night)).toEqual({ holdUntil: '2027-01-21T06:00:00.000Z' });
    expect(planDelivery(defaults, 'eventCancelled', night, '2027-01-23T09:00:00Z')).toEqual({ holdUntil: '2027-01-21T06:00:00.000Z' });
    // 23.30: an event at 23.45 tonight, or at 06.30 tomorrow (before 07.00).
    expect(planDelivery(defaults, 'eventCancelled', night, '2027-01-20T22:45:00Z')).toEqual({ channel: 'push' });
    expect(planDelivery(defaults, 'eventCancelled', night, '2027-01-21T05:30:00Z')).toEqual({ channel: 'push' });
    // At 05.00, an event later today.
    expect(planDelivery(defaults, 'eventCancelled', at('2027-01-21T04:00:00Z'), '2027-01-21T09:00:00Z')).toEqual({ channel: 'push' });
    // Any news of an event that begins before they end goes through: by 07.00 it is too late.
    expect(planDelivery(mergeSettings(defaults, { channels: { eventReminderSoon: 'push' } }), 'eventReminderSoon', night, '2027-01-21T05:30:00Z')).toEqual({ channel: 'push' });
    expect(planDelivery(defaults, 'eventMoved', night, '2027-01-20T22:45:00Z')).toEqual({ channel: 'push' });
    // Later today (at 05.00) only a cancellation is worth waking for; a move waits for 07.00.
    expect(planDelivery(defaults, 'eventMoved', at('2027-01-21T04:00:00Z'), '2027-01-21T09:00:00Z')).toEqual({ holdUntil: '2027-01-21T06:00:00.000Z' });
    expect(planDelivery({ ...defaults, quietHours: false }, 'seatOpened', night)).toEqual({ channel: 'push' });
  });
});

describe('a change of settings', () => {
  it('changes only what it names, and keeps a channel set back to its default as no choice', () => {
    const once = mergeSettings(defaults, { channels: { taskGiven: 'email', eventReminderSoon: 'push' }, quietFrom: 22 });
    expect(once).toEqual({ ...defaults, channels: { taskGiven: 'email', eventReminderSoon: 'push' }, quietFrom: 22 });
    const twice = mergeSettings(once, { channels: { taskGiven: 'push' }, language: 'en' });
    expect(twice).toEqual({ ...defaults, channels: { eventReminderSoon: 'push' }, quietFrom: 22, language: 'en' });
    expect(mergeSettings(twice, {})).toEqual(twice);
  });
});
