// One way to show a moment everywhere: "i dag kl. 14.02", "i går kl. 09.15", "28. nov.
// kl. 14.02", a year only when it is not this one; "today at 14:02", "28 Nov at 14:02".
// Days, dates and clock times are Copenhagen's, whatever zone the phone is set to: the
// municipality's events happen on Danish time, and the forms take Danish time too
// (shared/time/copenhagen-time.ts). Day and month names come from Intl.
// A time that cannot be read is drawn as "ukendt tidspunkt" instead of throwing: one bad
// row must never take down a whole list (issue 18).
import type { UiLang } from './messages';
import { perLang } from './locale';
import { lazily } from '../lazily';

const WORDS = {
  da: { today: 'i dag', yesterday: 'i går', tomorrow: 'i morgen', at: 'kl.', unknown: 'ukendt tidspunkt' },
  en: { today: 'today', yesterday: 'yesterday', tomorrow: 'tomorrow', at: 'at', unknown: 'unknown time' },
} as const satisfies Record<UiLang, Record<string, string>>;

const timeZone = 'Europe/Copenhagen';
const times = perLang((locale) => new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));
const days = perLang((locale) => new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short' }));
const daysWithYear = perLang((locale) => new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short', year: 'numeric' }));
const calendarDate = lazily(() => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }));

/** The Copenhagen calendar day of `d`: its year, and the UTC midnight of that date. */
function copenhagenDay(d: Date): { year: number; midnight: number } {
  const parts = Object.fromEntries(calendarDate().formatToParts(d).map((part) => [part.type, Number(part.value)]));
  const year = parts.year ?? 0;
  return { year, midnight: Date.UTC(year, (parts.month ?? 1) - 1, parts.day ?? 1) };
}

const DAY_MS = 86_400_000;
/** Whole calendar days from `now` to `at` (negative in the past), daylight saving or not. */
function calendarDaysBetween(now: Date, at: Date): number {
  return Math.round((copenhagenDay(at).midnight - copenhagenDay(now).midnight) / DAY_MS);
}

/** The day of `at` in words, seen from `now`: "i dag", "28. nov.", "28. nov. 2025". */
export function formatDay(lang: UiLang, at: Date | number | string, now: Date | number = Date.now()): string {
  const moment = new Date(at);
  const today = new Date(now);
  const words = WORDS[lang];
  if (Number.isNaN(moment.getTime())) return words.unknown;
  switch (calendarDaysBetween(today, moment)) {
    case 0: return words.today;
    case -1: return words.yesterday;
    case 1: return words.tomorrow;
    default:
      return (copenhagenDay(moment).year === copenhagenDay(today).year ? days : daysWithYear)(lang).format(moment);
  }
}

/** A moment in words, seen from `now`: "i dag kl. 14.02", "28. nov. kl. 14.02". */
export function formatMoment(lang: UiLang, at: Date | number | string, now: Date | number = Date.now()): string {
  const moment = new Date(at);
  if (Number.isNaN(moment.getTime())) return WORDS[lang].unknown;
  return `${formatDay(lang, moment, now)} ${WORDS[lang].at} ${times(lang).format(moment)}`;
}

/** The clock time alone, "14.02" / "14:02", or "?" when the time cannot be read. */
export function formatClock(lang: UiLang, at: Date | number | string): string {
  const moment = new Date(at);
  return Number.isNaN(moment.getTime()) ? '?' : times(lang).format(moment);
}
