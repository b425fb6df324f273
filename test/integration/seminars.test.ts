// Seminars over the real HTTP API on SQLite and PostgreSQL: capacity and the waitlist,
// deadlines, cancellation and promotion, repeats, check-in, and who sees sign-ups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { employees } from '../support/sessions';
import { apiDevice, type ApiDevice } from '../support/api-device';
import type { TestServer } from '../support/test-server';
import type { Change } from '../../src/shared/protocol';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(DIALECTS)('seminars on %s', (dialect) => {
  let server: TestServer;
  let bo: string;
  let anna: string;
  let people: string[];
  beforeAll(async () => {
    server = await startServerFor(dialect);
    const id = async (email: string) => (await server.db.kysely.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    bo = await id('bo@fjordby.example');
    anna = await id('anna@fjordby.example');
    people = await employees(server, 8);
  });
  afterAll(async () => { await server.close(); });

  const device = (personId: string) => apiDevice(server, personId);

  async function createSeminar(organizer: ApiDevice, extra: Record<string, unknown> = {}) {
    const id = crypto.randomUUID();
    const start = Date.now() + 7 * 24 * HOUR;
    const result = await organizer.run('seminar.create', {
      id, title: 'Caféseminar om demens', description: 'Erfaringer fra nattevagten', kind: 'cafe',
      startsAt: iso(start), endsAt: iso(start + 2 * HOUR), location: 'Rådhuset, lokale 2', capacity: 2, ...extra,
    });
    return { id, result };
  }

  const signupsOf = async (seminarId: string) =>
    server.db.kysely.selectFrom('signups').select(['person_id', 'status', 'position', 'checked_in_at'])
      .where('seminar_id', '=', seminarId).orderBy('created_at').orderBy('version').execute();
  const seminarRow = async (seminarId: string) =>
    server.db.kysely.selectFrom('seminars').selectAll().where('id', '=', seminarId).executeTakeFirstOrThrow();

  it('lets organizers create seminars, and refuses others with not_allowed', async () => {
    const organizer = await device(bo);
    const { result } = await createSeminar(organizer);
    expect(result.status).toBe('applied');
    const employee = await device(anna);
    const refused = await createSeminar(employee);
    expect(refused.result).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    const backwards = await createSeminar(organizer, { startsAt: iso(Date.now() + 3 * HOUR), endsAt: iso(Date.now() + HOUR) });
    expect(backwards.result).toMatchObject({ status: 'rejected', error: { code: 'seminar_times_invalid' } });
  });

  it('confirms while seats are free, then waitlists in order; a repeat changes nothing', async () => {
    const { id } = await createSeminar(await device(bo));
    const phones = await Promise.all(people.slice(0, 4).map(device));
    for (const phone of phones) expect((await phone.run('signup.request', { seminarId: id })).status).toBe('applied');
    // Tapped again, offline ten times: still one sign-up.
    for (let i = 0; i < 3; i++) expect((await phones[0]!.run('signup.request', { seminarId: id })).status).toBe('applied');
    expect((await signupsOf(id)).map((s) => [s.person_id, s.status, s.position])).toEqual([
      [people[0], 'confirmed', null], [people[1], 'confirmed', null],
      [people[2], 'waitlisted', 1], [people[3], 'waitlisted', 2],
    ]);
    expect(await seminarRow(id)).toMatchObject({ confirmed_count: 2, waitlist_count: 2 });
  });

  it('gives a freed seat to the first waiting, and keeps positions 1..n without gaps', async () => {
    const { id } = await createSeminar(await device(bo));
    const phones = await Promise.all(people.slice(0, 6).map(device));
    for (const phone of phones) await phone.run('signup.request', { seminarId: id });
    // Waiting: p2 (1), p3 (2), p4 (3), p5 (4). p3 leaves the waitlist, then p0 cancels a seat.
    expect((await phones[3]!.run('signup.cancel', { seminarId: id })).status).toBe('applied');
    expect((await phones[0]!.run('signup.cancel', { seminarId: id })).status).toBe('applied');
    expect((await phones[0]!.run('signup.cancel', { seminarId: id })).status).toBe('applied'); // twice: harmless
    const rows = await signupsOf(id);
    const state = Object.fromEntries(rows.map((s) => [s.person_id, [s.status, s.position]]));
    expect(state).toEqual({
      [people[0]!]: ['cancelled', null], [people[1]!]: ['confirmed', null], [people[2]!]: ['confirmed', null],
      [people[3]!]: ['cancelled', null], [people[4]!]: ['waitlisted', 1], [people[5]!]: ['waitlisted', 2],
    });
    expect(await seminarRow(id)).toMatchObject({ confirmed_count: 2, waitlist_count: 2 });
    // The promoted and the moved see it at their next sync.
    const promoted = (await phones[2]!.pullAll()).filter((c) => c.type === 'signup' && c.value?.personId === people[2]);
    expect(promoted.at(-1)?.value).toMatchObject({ status: 'confirmed', position: null });
    const moved = (await phones[5]!.pullAll()).filter((c) => c.type === 'signup' && c.value?.personId === people[5]);
    expect(moved.at(-1)?.value).toMatchObject({ status: 'waitlisted', position: 2 });
  });

  it('refuses sign-ups after the deadline, for cancelled and for finished events', async () => {
    const organizer = await device(bo);
    const late = await createSeminar(organizer, { signupDeadline: iso(Date.now() - HOUR) });
    const phone = await device(people[0]!);
    expect(await phone.run('signup.request', { seminarId: late.id })).toMatchObject({ status: 'rejected', error: { code: 'signup_deadline_passed' } });
    const called = await createSeminar(organizer);
    expect((await organizer.run('seminar.cancel', { id: called.id })).status).toBe('applied');
    expect(await phone.run('signup.request', { seminarId: called.id })).toMatchObject({ status: 'rejected', error: { code: 'seminar_cancelled' } });
    const past = await createSeminar(organizer, { startsAt: iso(Date.now() - 5 * HOUR), endsAt: iso(Date.now() - 3 * HOUR) });
    expect(await phone.run('signup.request', { seminarId: past.id })).toMatchObject({ status: 'rejected', error: { code: 'seminar_ended' } });
    expect(await phone.run('signup.request', { seminarId: 'no-such-seminar' })).toMatchObject({ status: 'rejected', error: { code: 'seminar_not_found' } });
    // The cancelled event is there for its participants to see, marked cancelled.
    const seen = (await phone.pullAll()).find((c) => c.type === 'seminar' && c.id === called.id);
    expect(seen?.value).toMatchObject({ status: 'cancelled' });
  });

  it('refuses a capacity below the confirmed count, and fills new seats from the waitlist', async () => {
    const organizer = await device(bo);
    const { id } = await createSeminar(organizer);
    for (const phone of await Promise.all(people.slice(0, 5).map(device))) await phone.run('signup.request', { seminarId: id });
    expect(await organizer.run('seminar.update', { id, capacity: 1 })).toMatchObject({ status: 'rejected', error: { code: 'capacity_below_confirmed' } });
    expect((await organizer.run('seminar.update', { id, capacity: 4 })).status).toBe('applied');
    expect((await signupsOf(id)).map((s) => [s.status, s.position])).toEqual([
      ['confirmed', null], ['confirmed', null], ['confirmed', null], ['confirmed', null], ['waitlisted', 1],
    ]);
    expect(await seminarRow(id)).toMatchObject({ capacity: 4, confirmed_count: 4, waitlist_count: 1 });
  });

  it('lets only those who run an event change it', async () => {
    const { id } = await createSeminar(await device(bo));
    const employee = await device(anna);
    expect(await employee.run('seminar.update', { id, title: 'Mit eget' })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    expect(await employee.run('seminar.cancel', { id })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    expect(await employee.run('attendance.set', { seminarId: id, personId: anna, present: true })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    expect((await seminarRow(id)).title).toBe('Caféseminar om demens');
  });

  it('sends a person only their own sign-ups, the organizer those of the event, and the code only to the organizer', async () => {
    const organizer = await device(bo);
    const { id } = await createSeminar(organizer);
    const [first, second] = await Promise.all(people.slice(6, 8).map(device));
    await first!.run('signup.request', { seminarId: id });
    await second!.run('signup.request', { seminarId: id });
    const signupsIn = (changes: Change[]) => changes.filter((c) => c.type === 'signup' && c.op === 'put').map((c) => c.value!.personId);
    const firstSees = await first!.pullAll();
    expect(new Set(signupsIn(firstSees))).toEqual(new Set([people[6]]));
    expect(firstSees.filter((c) => c.type === 'signup' && c.op === 'del')).toEqual([]);
    const organizerSees = signupsIn((await organizer.pullAll()).filter((c) => c.value?.seminarId === id));
    expect(new Set(organizerSees)).toEqual(new Set([people[6], people[7]]));
    const seminarFor = async (phone: ApiDevice) =>
      (await phone.pullAll()).filter((c) => c.type === 'seminar' && c.id === id).at(-1)?.value;
    expect((await seminarFor(organizer))?.checkinCode).toEqual(expect.any(String));
    expect(await seminarFor(first!)).not.toHaveProperty('checkinCode');
    // Nobody but the organizer receives another person's sign-up, in the whole demo data either.
    const everyone = await first!.pullAll();
    expect(everyone.filter((c) => c.type === 'signup' && c.value?.personId !== people[6])).toEqual([]);
  });

  it('checks in with the venue\'s code, as of when it was scanned, and lets the organizer tick by hand', async () => {
    const organizer = await device(bo);
    // Under way: check-in opens an hour before the start (checkin-windows.test.ts).
    const { id } = await createSeminar(organizer, { capacity: 1, startsAt: iso(Date.now() - HOUR), endsAt: iso(Date.now() + HOUR) });
    const [seated, waiting] = await Promise.all(people.slice(0, 2).map(device));
    await seated!.run('signup.request', { seminarId: id });
    await waiting!.run('signup.request', { seminarId: id });
    const oldCode = (await seminarRow(id)).checkin_code;
    // The venue's code has been up since the doors opened.
    await server.db.kysely.updateTable('checkin_codes').set({ valid_from: iso(Date.now() - 2 * HOUR) })
      .where('seminar_id', '=', id).where('code', '=', oldCode).execute();
    const scannedAt = iso(Date.now() - 60_000);

    expect(await seated!.run('checkin', { seminarId: id, code: 'forkert-kode' })).toMatchObject({ status: 'rejected', error: { code: 'checkin_code_invalid' } });
    expect(await waiting!.run('checkin', { seminarId: id, code: oldCode })).toMatchObject({ status: 'rejected', error: { code: 'not_signed_up' } });

    // The organizer shows a new code; a phone that scanned the old one offline a minute ago still counts.
    const newCode = 'ny-kode-til-check-in-0123456789';
    expect((await organizer.run('seminar.renewCheckinCode', { id, code: newCode })).status).toBe('applied');
    expect((await seated!.run('checkin', { seminarId: id, code: oldCode, scannedAt })).status).toBe('applied');
    expect((await signupsOf(id)).find((s) => s.person_id === people[0])?.checked_in_at).toBe(scannedAt);

    // Long after the grace period, the old code is refused; the new one works.
    await server.db.kysely.updateTable('checkin_codes').set({ valid_until: iso(Date.now() - 2 * HOUR) })
      .where('seminar_id', '=', id).where('code', '=', oldCode).execute();
    const late = await device(people[2]!);
    await organizer.run('seminar.update', { id, capacity: 3 });
    await late.run('signup.request', { seminarId: id });
    expect(await late.run('checkin', { seminarId: id, code: oldCode })).toMatchObject({ status: 'rejected', error: { code: 'checkin_code_replaced' } });
    expect((await late.run('checkin', { seminarId: id, code: newCode })).status).toBe('applied');

    // The waitlisted one got a seat when the capacity rose; the organizer ticks them present.
    expect((await organizer.run('attendance.set', { seminarId: id, personId: people[1]!, present: true })).status).toBe('applied');
    expect((await signupsOf(id)).find((s) => s.person_id === people[1])?.checked_in_at).toEqual(expect.any(String));
  });
});
