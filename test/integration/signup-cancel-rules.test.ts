// The edges of a seminar's seats and attendance over the real HTTP API on SQLite and
// PostgreSQL: cancelling when not signed up, a freed seat is given only while the event
// is scheduled and ahead, signing up again after cancelling, deadlines still ahead,
// check-in judged as of the scan (never a time to come), a scan or a tick that repeats
// changes nothing, and each refusal's code. (Check-in's time windows: checkin-windows.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { apiDevice, type ApiDevice } from '../support/api-device';
import { employees } from '../support/sessions';
import type { TestServer } from '../support/test-server';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(DIALECTS)('seats and check-in edges on %s', (dialect) => {
  let server: TestServer;
  let organizer: ApiDevice;
  let phones: ApiDevice[];
  let people: string[];

  beforeAll(async () => {
    server = await startServerFor(dialect);
    const bo = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', 'bo@fjordby.example').executeTakeFirstOrThrow()).id;
    organizer = await apiDevice(server, bo);
    people = await employees(server, 4);
    phones = await Promise.all(people.map((p) => apiDevice(server, p)));
  });
  afterAll(async () => { await server.close(); });

  async function seminar(extra: Record<string, unknown> = {}) {
    const id = crypto.randomUUID();
    const start = Date.now() + 3 * 24 * HOUR;
    const result = await organizer.run('seminar.create', {
      id, title: 'Kursus i sårpleje', description: '', kind: 'course', startsAt: iso(start), endsAt: iso(start + 3 * HOUR),
      location: 'Sundhedshuset', capacity: 1, ...extra,
    });
    expect(result.status).toBe('applied');
    return id;
  }
  const stateOf = async (seminarId: string) => {
    const rows = await server.db.kysely.selectFrom('signups').select(['person_id', 'status', 'position', 'checked_in_at'])
      .where('seminar_id', '=', seminarId).execute();
    return Object.fromEntries(rows.map((r) => [r.person_id, [r.status, r.position]]));
  };
  const counts = async (seminarId: string) => server.db.kysely.selectFrom('seminars')
    .select(['confirmed_count', 'waitlist_count']).where('id', '=', seminarId).executeTakeFirstOrThrow();
  const checkedInAt = async (seminarId: string, personId: string) => (await server.db.kysely.selectFrom('signups')
    .select('checked_in_at').where('seminar_id', '=', seminarId).where('person_id', '=', personId).executeTakeFirstOrThrow()).checked_in_at;
  const code = async (seminarId: string) => (await server.db.kysely.selectFrom('seminars').select('checkin_code')
    .where('id', '=', seminarId).executeTakeFirstOrThrow()).checkin_code;
  const rejected = (code: string) => ({ status: 'rejected', error: { code } });
  /** Starts in half an hour: check-in (and the organizer's ticks) open an hour before. */
  const soon = () => ({ startsAt: iso(Date.now() + 30 * MINUTE), endsAt: iso(Date.now() + 3 * HOUR) });

  it('cancels nothing for one not signed up, and refuses an unknown event', async () => {
    const id = await seminar();
    await phones[0]!.run('signup.request', { seminarId: id });
    expect((await phones[1]!.run('signup.cancel', { seminarId: id })).status).toBe('applied');
    expect(await stateOf(id)).toEqual({ [people[0]!]: ['confirmed', null] });
    expect(await counts(id)).toEqual({ confirmed_count: 1, waitlist_count: 0 });
    expect(await phones[1]!.run('signup.cancel', { seminarId: 'ingen-sadan' })).toMatchObject(rejected('seminar_not_found'));
  });

  it('gives a freed seat to the waiting only while the event is scheduled and still ahead', async () => {
    const called = await seminar();
    const over = await seminar();
    for (const id of [called, over]) {
      expect((await phones[0]!.run('signup.request', { seminarId: id })).status).toBe('applied');
      expect((await phones[1]!.run('signup.request', { seminarId: id })).status).toBe('applied');
    }
    expect((await organizer.run('seminar.cancel', { id: called })).status).toBe('applied');
    // The event took place: moved into the past by its organizer while it was still ahead.
    expect((await organizer.run('seminar.update', { id: over, startsAt: iso(Date.now() - 3 * HOUR), endsAt: iso(Date.now() - HOUR) })).status).toBe('applied');
    for (const id of [called, over]) {
      expect((await phones[0]!.run('signup.cancel', { seminarId: id })).status).toBe('applied');
      expect(await stateOf(id)).toEqual({ [people[0]!]: ['cancelled', null], [people[1]!]: ['waitlisted', 1] });
      expect(await counts(id)).toEqual({ confirmed_count: 0, waitlist_count: 1 });
    }
  });

  it('signs up again after cancelling, and takes sign-ups while the deadline is still ahead', async () => {
    const id = await seminar({ capacity: 2, signupDeadline: iso(Date.now() + HOUR) });
    expect((await phones[0]!.run('signup.request', { seminarId: id })).status).toBe('applied');
    expect((await phones[0]!.run('signup.cancel', { seminarId: id })).status).toBe('applied');
    expect((await phones[0]!.run('signup.request', { seminarId: id })).status).toBe('applied');
    expect(await stateOf(id)).toEqual({ [people[0]!]: ['confirmed', null] });
    expect(await counts(id)).toEqual({ confirmed_count: 1, waitlist_count: 0 });
  });

  it('judges a check-in as of the scan, never later than now, and keeps the first scan', async () => {
    const id = await seminar({ capacity: 2, ...soon() });
    await phones[0]!.run('signup.request', { seminarId: id });
    await phones[1]!.run('signup.request', { seminarId: id });
    const venue = await code(id);
    expect(await phones[0]!.run('checkin', { seminarId: 'ingen-sadan', code: venue })).toMatchObject(rejected('seminar_not_found'));
    expect(await phones[2]!.run('checkin', { seminarId: id, code: venue })).toMatchObject(rejected('not_signed_up'));

    // A phone whose clock runs ahead claims a scan an hour from now: it counts as now.
    const before = Date.now();
    expect((await phones[0]!.run('checkin', { seminarId: id, code: venue, scannedAt: iso(Date.now() + HOUR) })).status).toBe('applied');
    const at = Date.parse((await checkedInAt(id, people[0]!))!);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now());

    // Scanned twice (offline, then again): the first scan stays. (The code appeared a moment
    // ago; a scan a few minutes before that still counts, as of the code's appearance:
    // phones' clocks drift.)
    const issued = (await server.db.kysely.selectFrom('checkin_codes').select('valid_from')
      .where('seminar_id', '=', id).where('code', '=', venue).executeTakeFirstOrThrow()).valid_from;
    expect((await phones[1]!.run('checkin', { seminarId: id, code: venue, scannedAt: iso(Date.now() - 3 * MINUTE) })).status).toBe('applied');
    expect((await phones[1]!.run('checkin', { seminarId: id, code: venue, scannedAt: iso(Date.now() - MINUTE) })).status).toBe('applied');
    expect(await checkedInAt(id, people[1]!)).toBe(issued);
  });

  it('keeps a replaced code working for the grace period after it was replaced, and not beyond', async () => {
    const id = await seminar({ capacity: 3, ...soon() });
    for (const phone of phones.slice(0, 2)) await phone.run('signup.request', { seminarId: id });
    const old = await code(id);
    expect((await organizer.run('seminar.renewCheckinCode', { id, code: 'en-helt-ny-kode-0000001' })).status).toBe('applied');
    const replacedAgo = async (minutes: number) => server.db.kysely.updateTable('checkin_codes')
      .set({ valid_until: iso(Date.now() - minutes * MINUTE) }).where('seminar_id', '=', id).where('code', '=', old).execute();
    // A minute after the new code reached the server (2 minutes' grace, by its clock): still good.
    await replacedAgo(1);
    expect((await phones[0]!.run('checkin', { seminarId: id, code: old })).status).toBe('applied');
    // 3 minutes after: refused, with its own code.
    await replacedAgo(3);
    expect(await phones[1]!.run('checkin', { seminarId: id, code: old })).toMatchObject(rejected('checkin_code_replaced'));
  });

  it('refuses a check-in at a cancelled event, even with the right code and a seat', async () => {
    const id = await seminar();
    await phones[0]!.run('signup.request', { seminarId: id });
    const venue = await code(id);
    expect((await organizer.run('seminar.cancel', { id })).status).toBe('applied');
    expect(await phones[0]!.run('checkin', { seminarId: id, code: venue })).toMatchObject(rejected('seminar_cancelled'));
    expect(await checkedInAt(id, people[0]!)).toBeNull();
  });

  it('ticks only seated participants present; a tick, a cancel or a code that repeats sends nothing new', async () => {
    const id = await seminar(soon());
    await phones[0]!.run('signup.request', { seminarId: id });
    await phones[1]!.run('signup.request', { seminarId: id });
    const tick = (personId: string, present = true) => organizer.run('attendance.set', { seminarId: id, personId, present });
    expect(await organizer.run('attendance.set', { seminarId: 'ingen-sadan', personId: people[0], present: true })).toMatchObject(rejected('seminar_not_found'));
    expect(await tick(people[1]!)).toMatchObject(rejected('not_signed_up')); // waiting, no seat
    expect(await tick(people[2]!)).toMatchObject(rejected('not_signed_up')); // never signed up
    expect((await tick(people[0]!)).status).toBe('applied');
    const ticked = await checkedInAt(id, people[0]!);
    expect(ticked).toEqual(expect.any(String));

    await organizer.pullAll();
    const sentNext = async () => (await organizer.pullNew()).changes
      .filter((c) => c.id === id || c.value?.seminarId === id).map((c) => [c.type, c.value?.status]);
    expect((await tick(people[0]!)).status).toBe('applied');
    expect(await sentNext()).toEqual([]);
    expect((await organizer.run('seminar.renewCheckinCode', { id, code: await code(id) })).status).toBe('applied');
    expect(await sentNext()).toEqual([]);
    expect((await organizer.run('seminar.cancel', { id })).status).toBe('applied');
    expect(await sentNext()).toEqual([['seminar', 'cancelled']]);
    expect((await organizer.run('seminar.cancel', { id })).status).toBe('applied');
    expect(await sentNext()).toEqual([]);
    expect(await checkedInAt(id, people[0]!)).toBe(ticked);
    // The same code again leaves it open-ended, as it was.
    const codes = await server.db.kysely.selectFrom('checkin_codes').select('valid_until').where('seminar_id', '=', id).execute();
    expect(codes).toEqual([{ valid_until: null }]);

    for (const [name, args] of [['seminar.cancel', { id: 'ingen-sadan' }], ['seminar.renewCheckinCode', { id: 'ingen-sadan', code: 'en-helt-ny-kode-0000002' }]] as const) {
      expect(await organizer.run(name, args)).toMatchObject(rejected('seminar_not_found'));
    }
    expect(await phones[0]!.run('seminar.renewCheckinCode', { id, code: 'en-helt-ny-kode-0000003' })).toMatchObject(rejected('not_allowed'));
  });
});
