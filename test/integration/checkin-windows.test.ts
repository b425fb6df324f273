// Check-in judged by the server's clock (issue 18), over the real HTTP API on SQLite and
// PostgreSQL: a scan counts from an hour before the start until two hours after the end,
// as of the scan time the server accepts; an offline scan may be dated at most 12 hours
// before it arrives and never before its code was issued; a replaced code is judged by
// when the scan arrives, so back-dating cannot revive it; the organizer's ticks close 14
// days after the end. Each refusal with its own code, and nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { apiDevice, type ApiDevice } from '../support/api-device';
import { employees } from '../support/sessions';
import type { TestServer } from '../support/test-server';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const ago = (ms: number) => iso(Date.now() - ms);
const rejected = (code: string) => ({ status: 'rejected', error: { code } });

describe.each(DIALECTS)('check-in windows on %s', (dialect) => {
  let server: TestServer;
  let organizer: ApiDevice;
  let phones: ApiDevice[];
  let people: string[];

  beforeAll(async () => {
    server = await startServerFor(dialect);
    const bo = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', 'bo@fjordby.example').executeTakeFirstOrThrow()).id;
    organizer = await apiDevice(server, bo);
    people = await employees(server, 3);
    phones = await Promise.all(people.map((p) => apiDevice(server, p)));
  });
  afterAll(async () => { await server.close(); });

  /**
   * An event from `startMs` to `endMs` with every phone seated: created a week ahead (its
   * check-in code issued `issuedAgo` before now, as when it was planned), signed up for,
   * then moved to its time by the organizer.
   */
  async function event(startMs: number, endMs: number, issuedAgo = 3 * DAY) {
    const id = crypto.randomUUID();
    const ahead = Date.now() + 7 * DAY;
    expect((await organizer.run('seminar.create', {
      id, title: 'Temadag om forflytning', description: '', kind: 'seminar', startsAt: iso(ahead), endsAt: iso(ahead + 3 * HOUR),
      location: 'Sundhedshuset', capacity: 10,
    })).status).toBe('applied');
    for (const phone of phones) expect((await phone.run('signup.request', { seminarId: id })).status).toBe('applied');
    expect((await organizer.run('seminar.update', { id, startsAt: iso(startMs), endsAt: iso(endMs) })).status).toBe('applied');
    await server.db.kysely.updateTable('checkin_codes').set({ valid_from: ago(issuedAgo) }).where('seminar_id', '=', id).execute();
    return { id, code: await codeOf(id) };
  }
  const codeOf = async (seminarId: string) => (await server.db.kysely.selectFrom('seminars').select('checkin_code')
    .where('id', '=', seminarId).executeTakeFirstOrThrow()).checkin_code;
  const checkedInAt = async (seminarId: string, personId: string) => (await server.db.kysely.selectFrom('signups')
    .select('checked_in_at').where('seminar_id', '=', seminarId).where('person_id', '=', personId).executeTakeFirstOrThrow()).checked_in_at;
  const underWay = () => event(Date.now() - 2 * HOUR, Date.now() + 2 * HOUR);

  it('opens check-in 60 minutes before the start: 61 minutes before is too early, 59 inside', async () => {
    const early = await event(Date.now() + 61 * MINUTE, Date.now() + 4 * HOUR);
    expect(await phones[0]!.run('checkin', { seminarId: early.id, code: early.code })).toMatchObject(rejected('checkin_too_early'));
    expect(await checkedInAt(early.id, people[0]!)).toBeNull();
    const inside = await event(Date.now() + 59 * MINUTE, Date.now() + 4 * HOUR);
    expect((await phones[0]!.run('checkin', { seminarId: inside.id, code: inside.code })).status).toBe('applied');
    expect(await checkedInAt(inside.id, people[0]!)).toEqual(expect.any(String));
  });

  it('closes check-in 2 hours after the end, as of the scan: a scan then is too late, an offline one from before still counts', async () => {
    const over = await event(Date.now() - 5 * HOUR, Date.now() - (2 * HOUR + MINUTE));
    expect(await phones[0]!.run('checkin', { seminarId: over.id, code: over.code })).toMatchObject(rejected('checkin_too_late'));
    // Scanned offline 1 h 59 min after the end, synced on the way home: judged as of the scan.
    const scannedAt = ago(2 * MINUTE);
    expect((await phones[1]!.run('checkin', { seminarId: over.id, code: over.code, scannedAt })).status).toBe('applied');
    expect(await checkedInAt(over.id, people[1]!)).toBe(scannedAt);
    expect(await checkedInAt(over.id, people[0]!)).toBeNull();
  });

  it('takes an offline scan dated 11 hours before it arrives, and refuses one dated 13 hours before', async () => {
    const long = await event(Date.now() - 14 * HOUR, Date.now() + HOUR);
    const elevenAgo = ago(11 * HOUR);
    expect((await phones[0]!.run('checkin', { seminarId: long.id, code: long.code, scannedAt: elevenAgo })).status).toBe('applied');
    expect(await checkedInAt(long.id, people[0]!)).toBe(elevenAgo);
    expect(await phones[1]!.run('checkin', { seminarId: long.id, code: long.code, scannedAt: ago(13 * HOUR) })).toMatchObject(rejected('checkin_too_late'));
    expect(await checkedInAt(long.id, people[1]!)).toBeNull();
    // Dated in the year 2000: refused too, though the code is older still.
    const old = await event(Date.now() - 2 * HOUR, Date.now() + 2 * HOUR, 30 * 365 * DAY);
    expect(await phones[2]!.run('checkin', { seminarId: old.id, code: old.code, scannedAt: '2000-01-01T10:00:00.000Z' })).toMatchObject(rejected('checkin_too_late'));
  });

  it('never dates a scan before its code was issued: a few minutes is a slow clock, more is refused', async () => {
    const { id, code } = await event(Date.now() - 2 * HOUR, Date.now() + 2 * HOUR, HOUR);
    expect(await phones[0]!.run('checkin', { seminarId: id, code, scannedAt: ago(HOUR + 30 * MINUTE) })).toMatchObject(rejected('checkin_dated_before_code'));
    expect(await checkedInAt(id, people[0]!)).toBeNull();
    // Three minutes before the code appeared: the phone's clock is slow; it counts as of the code.
    expect((await phones[1]!.run('checkin', { seminarId: id, code, scannedAt: ago(HOUR + 3 * MINUTE) })).status).toBe('applied');
    const issued = (await server.db.kysely.selectFrom('checkin_codes').select('valid_from')
      .where('seminar_id', '=', id).where('code', '=', code).executeTakeFirstOrThrow()).valid_from;
    expect(await checkedInAt(id, people[1]!)).toBe(issued);
  });

  it('judges a replaced code by when the scan arrives: back-dating cannot revive it, the grace can', async () => {
    const { id, code: old } = await underWay();
    expect((await organizer.run('seminar.renewCheckinCode', { id, code: 'en-helt-ny-kode-0000001' })).status).toBe('applied');
    const renewedAgo = (ms: number) => server.db.kysely.updateTable('checkin_codes').set({ valid_until: ago(ms) })
      .where('seminar_id', '=', id).where('code', '=', old).execute();

    // The new code reached the server 3 minutes ago (2 minutes' grace): a scan of the old
    // one arriving now is refused, even dated an hour back when the old code was still shown.
    await renewedAgo(3 * MINUTE);
    expect(await phones[0]!.run('checkin', { seminarId: id, code: old, scannedAt: ago(HOUR) })).toMatchObject(rejected('checkin_code_replaced'));
    expect(await phones[0]!.run('checkin', { seminarId: id, code: old })).toMatchObject(rejected('checkin_code_replaced'));
    expect(await checkedInAt(id, people[0]!)).toBeNull();
    expect((await phones[0]!.run('checkin', { seminarId: id, code: 'en-helt-ny-kode-0000001' })).status).toBe('applied');

    // One minute after the renewal: the phone that scanned the old poster just before syncs in time.
    await renewedAgo(MINUTE);
    const scannedAt = ago(90_000);
    expect((await phones[1]!.run('checkin', { seminarId: id, code: old, scannedAt })).status).toBe('applied');
    expect(await checkedInAt(id, people[1]!)).toBe(scannedAt);

    // A code that never was this event's is still checkin_code_invalid.
    const other = await underWay();
    expect(await phones[2]!.run('checkin', { seminarId: id, code: other.code })).toMatchObject(rejected('checkin_code_invalid'));
  });

  it('lets the organizer tick from an hour before the start until 14 days after the end', async () => {
    const tick = (seminarId: string, present = true) => organizer.run('attendance.set', { seminarId, personId: people[0]!, present });
    const early = await event(Date.now() + 61 * MINUTE, Date.now() + 3 * HOUR);
    expect(await tick(early.id)).toMatchObject(rejected('attendance_too_early'));
    expect(await checkedInAt(early.id, people[0]!)).toBeNull();
    const opening = await event(Date.now() + 59 * MINUTE, Date.now() + 3 * HOUR);
    expect((await tick(opening.id)).status).toBe('applied');

    const recent = await event(Date.now() - 13 * DAY - 3 * HOUR, Date.now() - 13 * DAY);
    expect((await tick(recent.id)).status).toBe('applied');
    expect(await checkedInAt(recent.id, people[0]!)).toEqual(expect.any(String));
    expect((await tick(recent.id, false)).status).toBe('applied');
    expect(await checkedInAt(recent.id, people[0]!)).toBeNull();

    const settled = await event(Date.now() - 15 * DAY - 3 * HOUR, Date.now() - 15 * DAY);
    expect(await tick(settled.id)).toMatchObject(rejected('attendance_too_late'));
    expect(await checkedInAt(settled.id, people[0]!)).toBeNull();
  });
});
