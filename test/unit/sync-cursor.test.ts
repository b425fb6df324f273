// Pull cursors live on devices for months: the server must read back every cursor it
// wrote, start from the beginning without one, and refuse (reset) anything else.
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/server/sync/cursor';

describe('pull cursors', () => {
  it('start from the beginning when the device has none', () => {
    expect(decodeCursor(undefined)).toEqual({ version: 0, scratchUntil: 0 });
    expect(decodeCursor('')).toEqual({ version: 0, scratchUntil: 0 });
  });

  it('read back what they wrote, with and without a from-scratch pull in progress', () => {
    for (const cursor of [
      { version: 1, scratchUntil: 0 },
      { version: 35, scratchUntil: 0 },
      { version: 123_456_789, scratchUntil: 0 },
      { version: 10, scratchUntil: 100 },
      { version: 0, scratchUntil: 42 },
    ]) {
      expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    }
  });

  it('leave out a from-scratch mark the version has already passed', () => {
    expect(encodeCursor({ version: 100, scratchUntil: 100 })).toBe(encodeCursor({ version: 100, scratchUntil: 0 }));
    expect(decodeCursor(encodeCursor({ version: 100, scratchUntil: 90 }))).toEqual({ version: 100, scratchUntil: 0 });
  });

  it('read cursors already stored on devices (format v1, base 36)', () => {
    expect(decodeCursor('v1.z')).toEqual({ version: 35, scratchUntil: 0 });
    expect(decodeCursor('v1.a.2s')).toEqual({ version: 10, scratchUntil: 100 });
    expect(encodeCursor({ version: 35, scratchUntil: 0 })).toBe('v1.z');
    expect(encodeCursor({ version: 10, scratchUntil: 100 })).toBe('v1.a.2s');
  });

  it('refuse anything else, so that pull resets the device', () => {
    for (const bad of ['v2.1', 'x', 'v1.', 'v1', 'xv1.1', 'v1.1x ', ' v1.1', 'v1.1.', 'v1.1.2.3', 'v1.A', 'v1.-1', 'v1.1234567890123', 'v1.1.1234567890123']) {
      expect(decodeCursor(bad), bad).toBeNull();
    }
    // Twelve base-36 digits are still a cursor.
    expect(decodeCursor('v1.100000000000')).toEqual({ version: 36 ** 11, scratchUntil: 0 });
  });
});
