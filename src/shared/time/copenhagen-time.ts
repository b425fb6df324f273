// The date-time field's value ("2027-03-10T14:00", a wall-clock time with no zone) and the
// UTC instant stored, both ways, on the clock of Copenhagen whatever the phone's own zone:
// the field says "Dansk tid", so a time typed on a phone set to another zone still means
// the Danish hour (a seminar in Ringkøbing starts at 14.00 there).
import { lazily } from '../lazily';

const ZONE = 'Europe/Copenhagen';

const wallClock = lazily(() => new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
}));

/** The Copenhagen wall clock at `ms`, as the parts a datetime-local value is made of. */
function wallParts(ms: number): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = Object.fromEntries(wallClock().formatToParts(ms).map((part) => [part.type, part.value]));
  return { year: parts.year ?? '', month: parts.month ?? '', day: parts.day ?? '', hour: parts.hour ?? '', minute: parts.minute ?? '' };
}

/** Minutes Copenhagen is ahead of UTC at the instant `ms` (60 in winter, 120 in summer). */
function offsetAt(ms: number): number {
  const p = wallParts(ms);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((asUtc - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** An instant as the field shows it, in Danish time; '' for a time that cannot be read. */
export function toCopenhagenInput(iso: string | null | undefined): string {
  const ms = new Date(iso ?? '').getTime();
  // An unreadable time is left for the person to write again, not guessed.
  if (Number.isNaN(ms)) return '';
  const p = wallParts(ms);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const DAY_MS = 86_400_000;
const LOCAL_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/**
 * The instant a field's Danish time means, as ISO UTC; null when the value is no time. In
 * the hour the clocks repeat (the last Sunday of October) it is the first of the two; in
 * the hour they skip (March, 02.00–03.00) the offset from before the change is used.
 */
export function fromCopenhagenInput(value: string): string | null {
  const match = LOCAL_VALUE.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) return null;
  const wanted = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}`;
  // The offsets a day either side cover both sides of any change of the clocks.
  const before = offsetAt(asUtc - DAY_MS);
  const after = offsetAt(asUtc + DAY_MS);
  const meant = [before, after].map((offset) => asUtc - offset * 60_000)
    .filter((ms) => toCopenhagenInput(new Date(ms).toISOString()) === wanted);
  return new Date(meant.length > 0 ? Math.min(...meant) : asUtc - before * 60_000).toISOString();
}

/** The hour (0–23) on Copenhagen's clocks at `ms`. */
export function copenhagenHour(ms: number): number {
  return Number(wallParts(ms).hour);
}

/** The Copenhagen calendar date at `ms`, YYYY-MM-DD. */
export function copenhagenDate(ms: number): string {
  const p = wallParts(ms);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The first instant after `ms` at which Copenhagen's clocks read `hour`:00 (today or tomorrow). */
export function nextCopenhagenHour(ms: number, hour: number): string {
  const at = (date: string) => fromCopenhagenInput(`${date}T${String(hour).padStart(2, '0')}:00`);
  const today = at(copenhagenDate(ms));
  if (today !== null && Date.parse(today) > ms) return today;
  // The next calendar date (not 24 hours on: the night the clocks go forward is 23 hours long).
  const [year, month, day] = copenhagenDate(ms).split('-').map(Number) as [number, number, number];
  const tomorrow = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  return at(tomorrow) ?? new Date(ms + DAY_MS).toISOString();
}
