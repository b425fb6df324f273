// Calendar files (RFC 5545) for events: one event for "Tilføj til kalender", or all of a
// person's events for their calendar feed. Built with the `ics` library; times in UTC.
// An event whose times cannot be read is left out: one bad row must not make a whole
// feed answer 500 for everyone signed up to anything (issue 18). Each event that is on
// carries a display alarm at each of the person's reminder times (VALARM; issue 22).
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { isReadableSpan } from '../entities/instant';
import { REMINDER_LEAD_MS } from '../notifications/kinds';


export interface CalendarEvent {
  id: string;
  title: string;
  description: string;
  location: string;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
  /** The event's page in the app. */
  url?: string;
}

function utc(iso: string): DateArray {
  const d = new Date(iso);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

function attributes(event: CalendarEvent, leadsMs: readonly number[]): EventAttributes {
  return {
    uid: `${event.id}@videnbro`,
    title: event.cancelled ? `AFLYST: ${event.title}` : event.title,
    description: event.description,
    location: event.location,
    start: utc(event.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utc(event.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    // The phone's own calendar reminds too, when Videnbro's messages do (a day, an hour before).
    ...(!event.cancelled && leadsMs.length > 0 && {
      alarms: leadsMs.map((ms) => ({ action: 'display' as const, description: `Påmindelse: ${event.title}`, trigger: { hours: ms / 3_600_000, before: true } })),
    }),
    productId: 'videnbro/ics',
    calName: 'Videnbro',
    ...(event.url && { url: event.url }),
  };
}

/**
 * The calendar text of the events whose times can be read, each event that is on with a
 * display alarm per lead time (the person's reminders: settings.ts reminderLeadsMs); throws
 * only on a bug in the writer.
 */
export function calendarFile(all: CalendarEvent[], leadsMs: readonly number[] = [REMINDER_LEAD_MS]): string {
  const events = all.filter(isReadableSpan);
  if (events.length === 0) {
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:videnbro/ics', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Videnbro', 'END:VCALENDAR', ''].join('\r\n');
  }
  const { error, value } = createEvents(events.map((event) => attributes(event, leadsMs)));
  if (error || !value) throw new Error(`Kalenderfilen kunne ikke laves: ${String(error)}`);
  return value;
}
