// Times read at the edge into one canonical UTC form (src/shared/entities/instant.ts):
// the instant stored is the instant meant, whatever offset it was written with, and the
// forms JavaScript cannot read (or would read as another day) are refused.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { INSTANT_FORM, IsoDate, IsoTime, isCalendarDate, isInstant, toInstant } from '../../src/shared/entities';
import { mutationArgSchemas } from '../../src/shared/protocol';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
/** `ms` written as a wall-clock time at `offsetMinutes` from UTC, with that offset. */
function writtenAt(ms: number, offsetMinutes: number, withMillis = true): string {
  const wall = new Date(ms + offsetMinutes * 60_000);
  const date = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  const millis = withMillis ? `.${pad(wall.getUTCMilliseconds(), 3)}` : '';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = offsetMinutes === 0 && withMillis ? 'Z' : `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
  return `${date}T${time}${millis}${offset}`;
}

const FROM = Date.UTC(1000, 0, 2);
const TO = Date.UTC(9999, 11, 30);

describe('toInstant', () => {
  it('gives back the instant meant, at any offset, as the one UTC form', () => {
    fc.assert(fc.property(
      fc.integer({ min: FROM, max: TO }),
      fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
      fc.boolean(),
      (ms, offset, withMillis) => {
        const meant = withMillis ? ms : ms - (((ms % 1000) + 1000) % 1000);
        const instant = toInstant(writtenAt(meant, offset, withMillis));
        expect(instant).toBe(new Date(meant).toISOString());
        expect(instant).toMatch(INSTANT_FORM);
      },
    ), { numRuns: 2000 });
  });

  it('reads the Copenhagen wall clock with its offset across the daylight-saving changes', () => {
    const offsetOf = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' });
    const wall = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    // Around 01:00 UTC on the last Sundays of March and October (the clocks' change).
    for (const change of [Date.UTC(2027, 2, 28, 1), Date.UTC(2027, 9, 31, 1), Date.UTC(2028, 2, 26, 1), Date.UTC(2028, 9, 29, 1)]) {
      for (let ms = change - 2 * 3_600_000; ms <= change + 2 * 3_600_000; ms += 15 * 60_000) {
        const offset = /GMT([+-]\d{2}:\d{2})/.exec(offsetOf.format(ms))![1]!;
        const written = `${wall.format(ms).replace(' ', 'T')}${offset}`;
        expect(toInstant(written), written).toBe(new Date(ms).toISOString());
      }
    }
    // The hour that never happens on the wall is still a real instant when the offset says which.
    expect(toInstant('2027-03-28T02:30:00+01:00')).toBe('2027-03-28T01:30:00.000Z');
    // The hour that happens twice: the offset tells the two apart.
    expect(toInstant('2027-10-31T02:30:00+02:00')).toBe('2027-10-31T00:30:00.000Z');
    expect(toInstant('2027-10-31T02:30:00+01:00')).toBe('2027-10-31T01:30:00.000Z');
  });

  it('knows leap days', () => {
    expect(toInstant('2028-02-29T12:00:00Z')).toBe('2028-02-29T12:00:00.000Z');
    expect(toInstant('2000-02-29T12:00:00Z')).toBe('2000-02-29T12:00:00.000Z');
    expect(toInstant('2027-02-29T12:00:00Z')).toBeNull();
    expect(toInstant('2100-02-29T12:00:00Z')).toBeNull();
    expect(toInstant('2027-02-30T12:00:00Z')).toBeNull();
    expect(toInstant('2027-04-31T12:00:00Z')).toBeNull();
    // An offset may carry a time over midnight into the leap day and out of it.
    expect(toInstant('2028-02-28T23:30:00-01:00')).toBe('2028-02-29T00:30:00.000Z');
    expect(toInstant('2028-03-01T00:30:00+01:00')).toBe('2028-02-29T23:30:00.000Z');
  });

  it('refuses the odd forms, never guessing', () => {
    for (const odd of [
      '2027-01-20T10:00:00+01', '2027-01-20T10:00:00+0100', '2027-01-20 10:00:00Z', '2027-01-20t10:00:00z',
      '2027-01-20T10:00:00', '2027-01-20', '2027-01-20T24:00:00Z', '2027-01-20T10:60:00Z', '2027-01-20T10:00:60Z',
      '2027-13-01T10:00:00Z', '2027-00-10T10:00:00Z', '2027-01-00T10:00:00Z', '2027-01-20T10:00:00+24:00',
      '2027-01-20T10:00:00+01:60', '0999-12-31T10:00:00Z', '+02027-01-20T10:00:00Z', '9999-12-31T23:30:00-01:00',
      '1000-01-01T00:30:00+01:00', '2027-01-20T10:00:00.Z', '2027-01-20T10:00:00.1234567890Z', ' 2027-01-20T10:00:00Z',
      '2027-01-20T10:00:00Z ', '', 'NaN', '١٢٣٤-01-20T10:00:00Z',
    ]) expect(toInstant(odd), odd).toBeNull();
  });

  it('cuts a fraction finer than milliseconds, as Date.parse does', () => {
    expect(toInstant('2027-01-20T10:00:00.123456789Z')).toBe('2027-01-20T10:00:00.123Z');
    expect(toInstant('2027-01-20T10:00:00.9999Z')).toBe('2027-01-20T10:00:00.999Z');
    expect(toInstant('2027-01-20T10:00:00.5Z')).toBe('2027-01-20T10:00:00.500Z');
    expect(toInstant('2027-01-20T10:00Z')).toBe('2027-01-20T10:00:00.000Z');
  });

  it('accepts only what JavaScript reads as the same instant', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => {
      const instant = toInstant(text);
      if (instant !== null) expect(Date.parse(instant)).toBe(Date.parse(text));
    }), { numRuns: 3000 });
    // Strings shaped like times, with every field drawn at random (most invalid).
    const field = (width: number) => fc.integer({ min: 0, max: 10 ** width - 1 }).map((n) => pad(n, width));
    fc.assert(fc.property(
      field(4), field(2), field(2), field(2), field(2), field(2), fc.constantFrom('Z', '+01:00', '-05:30', '+14:00', '+25:00'),
      (y, mo, d, h, mi, s, zone) => {
        const text = `${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`;
        const instant = toInstant(text);
        if (instant === null) return;
        expect(instant).toMatch(INSTANT_FORM);
        expect(Date.parse(instant)).toBe(Date.parse(text));
      },
    ), { numRuns: 3000 });
  });

  it('tells the canonical form from the others', () => {
    expect(isInstant('2027-01-20T10:00:00.000Z')).toBe(true);
    expect(isInstant('2027-01-20T10:00:00Z')).toBe(false);
    expect(isInstant('2027-02-30T10:00:00.000Z')).toBe(false);
  });
});

describe('the shared schemas', () => {
  it('store a time in the canonical form, and refuse one JavaScript cannot read', () => {
    expect(v.parse(IsoTime, '2027-01-20T10:00:00+01:00')).toBe('2027-01-20T09:00:00.000Z');
    const refused = v.safeParse(IsoTime, '2027-01-20T10:00:00+01');
    expect(refused.success).toBe(false);
    expect(refused.issues?.[0]?.message).toMatch(/Tidspunktet kan ikke læses/);
  });

  it('refuse a calendar date that does not exist', () => {
    expect(v.safeParse(IsoDate, '2028-02-29').success).toBe(true);
    expect(v.safeParse(IsoDate, '2027-02-29').success).toBe(false);
    expect(isCalendarDate('2027-02-30')).toBe(false);
    expect(isCalendarDate('2027-2-3')).toBe(false);
  });

  it('canonicalise the times of a mutation, and refuse the odd ones', () => {
    const create = v.parse(mutationArgSchemas['seminar.create'], {
      id: '0b6f3d2e-5a1c-4c8e-9f7a-2d3b4c5d6e7f', title: 'Caféseminar', description: '', kind: 'cafe', startsAt: '2027-01-20T10:00:00+01:00',
      endsAt: '2027-01-20T12:00:00.000+01:00', location: 'Rådhuset', capacity: 20, signupDeadline: '2027-01-19T23:59Z',
      networkId: null, dlo: [], competenceIds: [],
    });
    expect(create).toMatchObject({ startsAt: '2027-01-20T09:00:00.000Z', endsAt: '2027-01-20T11:00:00.000Z', signupDeadline: '2027-01-19T23:59:00.000Z' });
    expect(v.safeParse(mutationArgSchemas.checkin, { seminarId: 's1', code: 'k', scannedAt: '2027-01-20T10:00:00+01' }).success).toBe(false);
    expect(v.safeParse(mutationArgSchemas['unit.markLearningMeeting'], { unitId: 'u1', heldAt: '2027-01-20 10:00:00Z' }).success).toBe(false);
  });
});
