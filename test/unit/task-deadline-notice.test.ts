// When a network's coordinators hear of a task's deadline (mutators/network-messages.ts):
// 09.00 Danish time the day before, in winter and in summer time, across a month's end.
import { describe, expect, it } from 'vitest';
import { deadlineNoticeAt } from '../../src/server/mutators/network-messages';

describe('deadlineNoticeAt', () => {
  it('is 09.00 Danish time the day before', () => {
    expect(deadlineNoticeAt('2027-01-15')).toBe('2027-01-14T08:00:00.000Z');
    expect(deadlineNoticeAt('2027-06-15')).toBe('2027-06-14T07:00:00.000Z');
  });
  it('follows the change of the clocks and the ends of months and years', () => {
    // Summer time begins on 28 March 2027: the morning before the 29th is already summer time.
    expect(deadlineNoticeAt('2027-03-29')).toBe('2027-03-28T07:00:00.000Z');
    expect(deadlineNoticeAt('2027-03-28')).toBe('2027-03-27T08:00:00.000Z');
    expect(deadlineNoticeAt('2027-03-01')).toBe('2027-02-28T08:00:00.000Z');
    expect(deadlineNoticeAt('2027-01-01')).toBe('2026-12-31T08:00:00.000Z');
  });
});
