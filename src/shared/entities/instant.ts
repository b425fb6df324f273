// Times as instants: every time that crosses the wire or reaches the database is one
// canonical UTC form, `YYYY-MM-DDTHH:MM:SS.mmmZ` (what `Date.prototype.toISOString`
// writes). One form means that text order is time order, in JavaScript and in SQL alike,
// and that every reader can read it: an offset such as `+01` (which `Date.parse` cannot
// read) once took down the events of a whole municipality.
//
// Accepted on input: `YYYY-MM-DDTHH:MM`, optional `:SS` and a fraction, then `Z` or an
// offset `±HH:MM`; the date must exist (no 30 February) and the time must be on a clock
// (no 24:00, no leap second). A fraction finer than milliseconds is cut, as `Date.parse`
// does. Anything else is refused, never guessed.

/** The one form times are stored, sent and compared in. */
export const INSTANT_FORM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const INSTANT_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month (1–12): day 0 of the next month is this month's last. Years from 1000 on are read as written. */
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether year, month and day name a day that exists (years 1000–9999). */
function isRealDay(year: number, month: number, day: number): boolean {
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The canonical UTC form of `value`, or null when it is not a time this app reads. */
export function toInstant(value: string): string | null {
  const m = INSTANT_INPUT.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = Number(m[6] ?? 0);
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offsetHours = Number(m[9] ?? 0);
  const offsetMinutes = Number(m[10] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  const offset = (m[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const at = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset;
  const instant = new Date(at).toISOString();
  // An offset may carry 9999-12-31 past year 9999 (or 1000-01-01 before 1000): not this form.
  return INSTANT_FORM.test(instant) && instant >= '1000' ? instant : null;
}

/** Whether `value` is already the canonical form (what the server stores). */
export const isInstant = (value: string): boolean => INSTANT_FORM.test(value) && toInstant(value) === value;

/** Whether `value` is a calendar date, YYYY-MM-DD, that exists. */
export function isCalendarDate(value: string): boolean {
  const m = CALENDAR_DATE.exec(value);
  return m !== null && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Milliseconds since 1970 of a stored time, or NaN when it cannot be read (never throws). */
export function instantMs(value: string | null | undefined): number {
  return typeof value === 'string' ? Date.parse(value) : Number.NaN;
}

/** Whether a span's times can both be read and the end comes after the start. */
export const isReadableSpan = (span: { startsAt: string; endsAt: string }): boolean =>
  instantMs(span.endsAt) > instantMs(span.startsAt);
