// The demo data is written as it stands on one day, DEMO_TODAY: the café seminar is three
// days off, its sign-up deadline tomorrow at noon, a network task overdue. Seeded on a
// later (or earlier) day, every date and time in it moves by as many days, so that the
// demo, and the tests that drive it, find the same upcoming events on any day. Generation
// itself never reads the clock (it stays deterministic); the seeding does.
import { DAY_MS } from './generate-activities';
import type { DemoData } from './generate';

export const DEMO_TODAY = '2026-12-06';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Instants inside a JSON text (a learning's earlier versions). */
const INSTANT_IN_TEXT = /"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)"/g;

/** Whole days from DEMO_TODAY to `today` (YYYY-MM-DD). */
export function daysFromDemoToday(today: string): number {
  if (!DATE.test(today) || Number.isNaN(Date.parse(today))) throw new Error(`Not a date (YYYY-MM-DD): ${today}`);
  return Math.round((Date.parse(today) - Date.parse(DEMO_TODAY)) / DAY_MS);
}

/** Today in Copenhagen, as YYYY-MM-DD. */
export function copenhagenToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function shiftText(value: string, ms: number): string {
  const move = (instant: string) => new Date(Date.parse(instant) + ms).toISOString();
  if (INSTANT.test(value)) return move(value);
  if (DATE.test(value)) return move(`${value}T00:00:00.000Z`).slice(0, 10);
  if (value.startsWith('[') || value.startsWith('{')) return value.replace(INSTANT_IN_TEXT, (_, instant: string) => `"${move(instant)}"`);
  return value;
}

function shiftRow<R extends object>(row: R, ms: number): R {
  const copy: R = { ...row };
  for (const key of Object.keys(copy) as (keyof R)[]) {
    const value = copy[key];
    // A string in, a string of the same kind (a date, an instant, JSON) out.
    if (typeof value === 'string') copy[key] = shiftText(value, ms) as typeof value;
  }
  return copy;
}

/**
 * The demo data with every date and time moved by `days` (whole days, in UTC: across a
 * change to or from summer time an event's local hour moves by one, which a demo can live
 * with). A table added to DemoData must be added here too (the compiler says so).
 */
export function shiftDemoDates(data: DemoData, days: number): DemoData {
  if (days === 0) return data;
  const ms = days * DAY_MS;
  const rows = <R extends object>(list: readonly R[]): R[] => list.map((row) => shiftRow(row, ms));
  return {
    areas: rows(data.areas), units: rows(data.units), competences: rows(data.competences), people: rows(data.people),
    personCompetences: rows(data.personCompetences), networks: rows(data.networks), memberships: rows(data.memberships),
    networkTasks: rows(data.networkTasks), seminars: rows(data.seminars), signups: rows(data.signups),
    learnings: rows(data.learnings), coreKnowledge: rows(data.coreKnowledge), unitPlans: rows(data.unitPlans),
  };
}

/** An instant of the demo as generated, as it is when seeded on `today` (for tests that name one). */
export function demoInstant(instant: string, today = copenhagenToday()): string {
  return shiftText(instant, daysFromDemoToday(today) * DAY_MS);
}
