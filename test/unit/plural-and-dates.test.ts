// The shared wording of counts and moments: plural forms by Intl.PluralRules, numbers
// and dates the da-DK way, and one style for a moment in both languages.
import { describe, expect, it } from 'vitest';
import { firstPaintCatalogue } from '../../src/shared/i18n/messages-en';
import { formatNumber, translateCount } from '../../src/shared/i18n/plural';
import { formatDay, formatMoment } from '../../src/shared/i18n/dates';
import { messages } from '../../src/shared/i18n/messages';
import { fromCopenhagenInput } from '../../src/shared/time/copenhagen-time';

/** The instant of a Copenhagen wall-clock time (month from 0, as Date's). */
function dk(year: number, month: number, day: number, hour: number, minute: number): Date {
  const two = (n: number) => String(n).padStart(2, '0');
  return new Date(fromCopenhagenInput(`${year}-${two(month + 1)}-${two(day)}T${two(hour)}:${two(minute)}`) ?? NaN);
}
import '../../src/shared/i18n/sections/people';

describe('translateCount', () => {
  it('picks the singular for one and the plural otherwise, in both languages', () => {
    expect(translateCount('da', 'holders', 1)).toBe('1 kollega');
    expect(translateCount('da', 'holders', 0)).toBe('0 kolleger');
    expect(translateCount('da', 'holders', 2)).toBe('2 kolleger');
    expect(translateCount('en', 'holders', 1)).toBe('1 colleague');
    expect(translateCount('en', 'holders', 3)).toBe('3 colleagues');
    expect(translateCount('da', 'resultCount', 1)).toBe('1 kollega fundet');
    expect(translateCount('da', 'showMore', 1)).toBe('Vis 1 mere');
    expect(translateCount('da', 'showMore', 15)).toBe('Vis 15 flere');
  });

  it('writes the number the local way and keeps other placeholders', () => {
    expect(translateCount('da', 'holders', 12345)).toBe('12.345 kolleger');
    expect(translateCount('en', 'holders', 12345)).toBe('12,345 colleagues');
    expect(formatNumber('da', 1500)).toBe('1.500');
  });

  it('has both forms for every counted message', () => {
    const keys = Object.keys(messages);
    for (const one of keys.filter((k) => k.endsWith('_one'))) {
      const other = one.replace(/_one$/, '_other');
      expect(keys, one).toContain(other);
      // "1 kollega" may spell out its number; the other form must show it.
      for (const lang of ['da', 'en'] as const) expect(firstPaintCatalogue[other]![lang], other).toContain('{n}');
    }
  });
});

describe('formatMoment', () => {
  // Copenhagen's clock decides what "today" is and what time it shows, whatever the
  // phone's (or this test process's) own zone: `dk` is a wall-clock time in Denmark.
  const now = dk(2026, 10, 28, 16, 30);

  it('says today, yesterday and tomorrow in words, with the time', () => {
    expect(formatMoment('da', dk(2026, 10, 28, 14, 2), now)).toBe('i dag kl. 14.02');
    expect(formatMoment('en', dk(2026, 10, 28, 14, 2), now)).toBe('today at 14:02');
    expect(formatMoment('da', dk(2026, 10, 27, 9, 5), now)).toBe('i går kl. 09.05');
    expect(formatMoment('en', dk(2026, 10, 27, 23, 59), now)).toBe('yesterday at 23:59');
    expect(formatMoment('da', dk(2026, 10, 29, 0, 0), now)).toBe('i morgen kl. 00.00');
  });

  it('gives the day and short month otherwise, and the year only when it is not this one', () => {
    expect(formatMoment('da', dk(2026, 10, 20, 14, 2), now)).toBe('20. nov. kl. 14.02');
    expect(formatMoment('en', dk(2026, 10, 20, 14, 2), now)).toBe('20 Nov at 14:02');
    expect(formatMoment('da', dk(2026, 4, 3, 8, 0), now)).toBe('3. maj kl. 08.00');
    expect(formatMoment('da', dk(2025, 10, 28, 14, 2), now)).toBe('28. nov. 2025 kl. 14.02');
    expect(formatMoment('en', dk(2025, 10, 28, 14, 2), now)).toBe('28 Nov 2025 at 14:02');
  });

  it('counts calendar days, not 24-hour spans, and takes ISO strings and timestamps', () => {
    const justAfterMidnight = dk(2026, 10, 28, 0, 5);
    expect(formatDay('da', dk(2026, 10, 27, 23, 55), justAfterMidnight)).toBe('i går');
    expect(formatDay('da', dk(2026, 10, 26, 23, 55), justAfterMidnight)).toBe('26. nov.');
    // Across the end of summer time (25 October 2026 in Denmark) a day is still a day.
    expect(formatDay('da', dk(2026, 9, 25, 12, 0), dk(2026, 9, 26, 1, 0))).toBe('i går');
    const at = dk(2026, 10, 28, 14, 2);
    expect(formatMoment('da', at.toISOString(), now.getTime())).toBe('i dag kl. 14.02');
    expect(formatMoment('da', at.getTime(), now)).toBe('i dag kl. 14.02');
    // A new year: 31 December is "i går" on 1 January, and shows its year after that.
    expect(formatDay('da', dk(2026, 11, 31, 22, 0), dk(2027, 0, 1, 8, 0))).toBe('i går');
    expect(formatDay('en', dk(2026, 11, 30, 22, 0), dk(2027, 0, 1, 8, 0))).toBe('30 Dec 2026');
  });

  it('shows Danish time from a UTC instant, winter and summer, whatever the zone the test runs in', () => {
    expect(formatMoment('da', '2026-11-28T13:02:00.000Z', Date.parse('2026-11-28T15:00:00.000Z'))).toBe('i dag kl. 14.02');
    expect(formatMoment('da', '2026-06-10T12:00:00.000Z', Date.parse('2026-06-01T12:00:00.000Z'))).toBe('10. jun. kl. 14.00');
    // 23.30 UTC on 27 November is already the 28th in Denmark.
    expect(formatDay('da', '2026-11-27T23:30:00.000Z', Date.parse('2026-11-28T10:00:00.000Z'))).toBe('i dag');
  });
});
