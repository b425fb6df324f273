// Calendar files (RFC 5545) for events: one event for "Tilføj til kalender", or all of a
// person's events for their calendar feed. Built with the `ics` library; times in UTC.
// An event whose times cannot be read is left out: one bad row must not make a whole
// feed answer 500 for everyone signed up to anything (issue 18). Each event that is on
// carries a display alarm a day before (VALARM; issue 22).
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { isReadableSpan } from '../entities/instant';
import { REMINDER_LEAD_MS } from '../notifications/kinds';

const REMINDER_BEFORE = { hours: REMINDER_LEAD_MS / 3_600_000, before: true } as const;

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

function attributes(event: CalendarEvent): EventAttributes {
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
    // The phone's own calendar reminds too, as Videnbro's message does: a day before.
    ...(!event.cancelled && { alarms: [{ action: 'display', description: `Påmindelse: ${event.title}`, trigger: REMINDER_BEFORE }] }),
    productId: 'videnbro/ics',
    calName: 'Videnbro',
    ...(event.url && { url: event.url }),
  };
}

/** The calendar text of the events whose times can be read; throws only on a bug in the writer. */
export function calendarFile(all: CalendarEvent[]): string {
  const events = all.filter(isReadableSpan);
  if (events.length === 0) {
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:videnbro/ics', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Videnbro', 'END:VCALENDAR', ''].join('\r\n');
  }
  const { error, value } = createEvents(events.map(attributes));
  if (error || !value) throw new Error(`Kalenderfilen kunne ikke laves: ${String(error)}`);
  return value;
}
