// The demo as generated stands on DEMO_TODAY; seeded on another day, its dates move with it,
// so its upcoming events stay upcoming (and the browser tests that sign up for them hold).
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../src/server/seed/generate';
import { copenhagenToday, daysFromDemoToday, demoInstant, DEMO_TODAY } from '../../src/server/seed/demo-day';

const DAY = 86_400_000;
const asGenerated = generateDemoData({ people: 300 });
const later = generateDemoData({ people: 300, today: '2027-03-16' });
const shift = daysFromDemoToday('2027-03-16');

describe('the demo day', () => {
  it('counts whole days from DEMO_TODAY, and refuses what is not a date', () => {
    expect(daysFromDemoToday(DEMO_TODAY)).toBe(0);
    expect(daysFromDemoToday('2026-12-07')).toBe(1);
    expect(shift).toBe(100);
    expect(daysFromDemoToday('2026-11-06')).toBe(-30);
    expect(() => daysFromDemoToday('6. december')).toThrow(/YYYY-MM-DD/);
    expect(() => daysFromDemoToday('2026-13-40')).toThrow(/YYYY-MM-DD/);
  });

  it('is the date in Copenhagen, not in UTC', () => {
    expect(copenhagenToday(new Date('2026-12-06T23:30:00.000Z'))).toBe('2026-12-07');
    expect(copenhagenToday(new Date('2026-07-01T21:59:00.000Z'))).toBe('2026-07-01');
    expect(copenhagenToday(new Date('2026-07-01T22:00:00.000Z'))).toBe('2026-07-02');
  });

  it('leaves the data as generated when seeded on DEMO_TODAY', () => {
    expect(generateDemoData({ people: 300, today: DEMO_TODAY })).toEqual(asGenerated);
  });

  it('moves every event, deadline, sign-up and check-in by the same days, and nothing else', () => {
    const moved = (a: string | null, b: string | null) => (a === null ? b === null : Date.parse(b!) - Date.parse(a) === shift * DAY);
    asGenerated.seminars.forEach((seminar, i) => {
      const after = later.seminars[i]!;
      expect(after.id).toBe(seminar.id);
      expect(moved(seminar.starts_at, after.starts_at), seminar.id).toBe(true);
      expect(moved(seminar.ends_at, after.ends_at), seminar.id).toBe(true);
      expect(moved(seminar.signup_deadline, after.signup_deadline), seminar.id).toBe(true);
      expect({ ...after, starts_at: '', ends_at: '', signup_deadline: '' }).toEqual({ ...seminar, starts_at: '', ends_at: '', signup_deadline: '' });
    });
    asGenerated.signups.forEach((signup, i) => {
      expect(moved(signup.created_at, later.signups[i]!.created_at)).toBe(true);
      expect(moved(signup.checked_in_at, later.signups[i]!.checked_in_at)).toBe(true);
    });
    expect(later.people).toEqual(asGenerated.people);
    expect(later.competences).toEqual(asGenerated.competences);
  });

  it('moves a task\'s due date, and the times inside a learning\'s earlier versions', () => {
    asGenerated.networkTasks.forEach((task, i) => {
      const due = later.networkTasks[i]!.due;
      expect(due === null ? null : Date.parse(due) - Date.parse(task.due!)).toBe(task.due === null ? null : shift * DAY);
    });
    const withConflict = asGenerated.learnings.findIndex((l) => l.conflicts !== '[]');
    expect(withConflict).toBeGreaterThanOrEqual(0);
    const [before] = JSON.parse(asGenerated.learnings[withConflict]!.conflicts) as { at: string }[];
    const [after] = JSON.parse(later.learnings[withConflict]!.conflicts) as { at: string }[];
    expect(Date.parse(after!.at) - Date.parse(before!.at)).toBe(shift * DAY);
  });

  it('names a generated instant as it is when seeded on a given day', () => {
    expect(demoInstant('2027-01-13T11:30:00.000Z', DEMO_TODAY)).toBe('2027-01-13T11:30:00.000Z');
    expect(demoInstant('2027-01-13T11:30:00.000Z', '2026-12-16')).toBe('2027-01-23T11:30:00.000Z');
  });
});
