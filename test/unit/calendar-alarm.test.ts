// The calendar file's reminder (issue 22, part 6), read by a real iCalendar parser (ical.js):
// an event that is on has a display alarm a day before it (and an hour before, as the
// person chose for messages); a cancelled one has none.
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarFile } from '../../src/shared/calendar/ics';
import { reminderLeadsMs } from '../../src/shared/notifications/settings';

describe('the calendar file\'s reminder', () => {
  it('is a display alarm 24 hours before an event that is on, and absent from a cancelled one', () => {
    const text = calendarFile([
      { id: 'on', title: 'Café om demens', description: '', location: 'Plejecenter Fjordly', startsAt: '2027-01-20T13:00:00.000Z', endsAt: '2027-01-20T15:00:00.000Z', cancelled: false },
      { id: 'off', title: 'Kursus', description: '', location: 'Rådhuset', startsAt: '2027-01-21T08:00:00.000Z', endsAt: '2027-01-21T10:00:00.000Z', cancelled: true },
    ]);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    const byId = new Map(events.map((event) => [String(event.getFirstPropertyValue('uid')), event]));
    const alarms = byId.get('on@videnbro')!.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(1);
    expect(String(alarms[0]!.getFirstPropertyValue('action'))).toBe('DISPLAY');
    expect(String(alarms[0]!.getFirstPropertyValue('description'))).toBe('Påmindelse: Café om demens');
    const trigger = alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-24 * 3600);
    expect(byId.get('off@videnbro')!.getAllSubcomponents('valarm')).toEqual([]);
  });

  it('follows the person\'s reminders: a day and an hour before, only an hour, or none', () => {
    const event = { id: 'on', title: 'Café', description: '', location: 'Fjordly', startsAt: '2027-01-20T13:00:00.000Z', endsAt: '2027-01-20T15:00:00.000Z', cancelled: false };
    const triggers = (channels: Parameters<typeof reminderLeadsMs>[0]['channels']) => {
      const calendar = new ICAL.Component(ICAL.parse(calendarFile([event], reminderLeadsMs({ channels }))));
      return calendar.getFirstSubcomponent('vevent')!.getAllSubcomponents('valarm')
        .map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds());
    };
    expect(triggers({})).toEqual([-24 * 3600]);
    expect(triggers({ eventReminderSoon: 'email' })).toEqual([-24 * 3600, -3600]);
    expect(triggers({ eventReminder: 'none', eventReminderSoon: 'push' })).toEqual([-3600]);
    expect(triggers({ eventReminder: 'none' })).toEqual([]);
  });
});
