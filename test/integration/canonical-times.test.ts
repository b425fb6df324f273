// Times on the server (issue 18, part 1), over the real HTTP API on SQLite and PostgreSQL:
// every time a phone sends is stored in the one canonical UTC form and compared as an
// instant; an unreadable one is refused with invalid_args and never answers 500; the
// migration rewrites what older phones stored and every device pulls the rewritten rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { apiDevice, type ApiDevice } from '../support/api-device';
import type { TestServer } from '../support/test-server';
import { readLegacyTime, up as canonicalTimes } from '../../src/server/migrations/2026-12-06T0200-canonical-times';
import { currentVersion } from '../../src/server/db/versions';
import type { Kysely } from 'kysely';

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** `ms` written on a Danish winter wall clock, `…T10:00:00+01:00`. */
const copenhagenWinter = (ms: number) => `${new Date(ms + HOUR).toISOString().slice(0, 19)}+01:00`;

describe.each(DIALECTS)('times on %s', (dialect) => {
  let server: TestServer;
  let bo: ApiDevice;
  let anna: ApiDevice;
  beforeAll(async () => {
    server = await startServerFor(dialect);
    const id = async (email: string) => (await server.db.kysely.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    bo = await apiDevice(server, await id('bo@fjordby.example'));
    anna = await apiDevice(server, await id('anna@fjordby.example'));
  });
  afterAll(async () => { await server.close(); });

  const seminar = (id: string) => server.db.kysely.selectFrom('seminars').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('stores the times of a new event as UTC instants, whatever offset they were written with', async () => {
    const id = crypto.randomUUID();
    const start = Date.UTC(2031, 0, 20, 9);
    const result = await bo.run('seminar.create', {
      id, title: 'Caféseminar', description: '', kind: 'cafe', location: 'Rådhuset', capacity: 10,
      startsAt: copenhagenWinter(start), endsAt: '2031-01-20T13:00+01:00', signupDeadline: '2031-01-19T23:00:00.000-01:00',
    });
    expect(result.status).toBe('applied');
    expect(await seminar(id)).toMatchObject({
      starts_at: '2031-01-20T09:00:00.000Z', ends_at: '2031-01-20T12:00:00.000Z', signup_deadline: '2031-01-20T00:00:00.000Z',
    });
    const pulled = (await anna.pullAll()).find((c) => c.type === 'seminar' && c.id === id);
    expect(pulled?.value).toMatchObject({ startsAt: '2031-01-20T09:00:00.000Z', signupDeadline: '2031-01-20T00:00:00.000Z' });
  });

  it('judges a deadline written with an offset as the instant it names (not 21 minutes late)', async () => {
    const id = crypto.randomUUID();
    const start = Date.now() + 7 * 24 * HOUR;
    await bo.run('seminar.create', {
      id, title: 'Workshop', description: '', kind: 'workshop', location: 'Biblioteket', capacity: 10,
      startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * HOUR).toISOString(),
      // Passed 21 minutes ago; as text, `…T05:34:00+01:00` sorts after `…T04:55:00.000Z`.
      signupDeadline: copenhagenWinter(Date.now() - 21 * MINUTE),
    });
    expect(await anna.run('signup.request', { seminarId: id })).toMatchObject({ status: 'rejected', error: { code: 'signup_deadline_passed' } });
  });

  it('refuses a time JavaScript cannot read with invalid_args, and the outbox moves on', async () => {
    const id = crypto.randomUUID();
    const start = Date.now() + 24 * HOUR;
    const replies = await bo.push([
      { name: 'seminar.create', args: {
        id, title: 'Kursus', description: '', kind: 'course', location: 'Hal 1', capacity: 5,
        startsAt: '2031-01-20T10:00:00+01', endsAt: '2031-01-20T12:00:00+01',
      } },
      { name: 'unit.markLearningMeeting', args: { unitId: 'x', heldAt: '2031-02-30T10:00:00Z' } },
      { name: 'checkin', args: { seminarId: id, code: 'abc', scannedAt: '2031-01-20 10:00:00Z' } },
      { name: 'seminar.create', args: {
        id, title: 'Kursus', description: '', kind: 'course', location: 'Hal 1', capacity: 5,
        startsAt: new Date(start).toISOString(), endsAt: new Date(start + HOUR).toISOString(),
      } },
    ]);
    expect(replies.map((r) => r.error?.code ?? r.status)).toEqual(['invalid_args', 'invalid_args', 'invalid_args', 'applied']);
    expect((await seminar(id)).starts_at).toBe(new Date(start).toISOString());
  });

  it("serves a calendar feed with the readable events when one of them holds a time nobody can read", async () => {
    const ids = [crypto.randomUUID(), crypto.randomUUID()];
    const start = Date.now() + 5 * 24 * HOUR;
    for (const id of ids) {
      await bo.run('seminar.create', {
        id, title: `Kursus ${id.slice(0, 4)}`, description: '', kind: 'course', location: 'Hal 2', capacity: 50,
        startsAt: new Date(start).toISOString(), endsAt: new Date(start + HOUR).toISOString(),
      });
      expect((await anna.run('signup.request', { seminarId: id })).status).toBe('applied');
    }
    await server.db.kysely.updateTable('seminars').set({ starts_at: '2031-01-20T10:00:00+01' }).where('id', '=', ids[0]!).execute();
    const feed = await anna.http.request<{ url: string }>('POST', '/api/calendar-feed');
    expect(feed.status).toBe(200);
    const ics = await anna.http.request('GET', new URL(feed.json.url).pathname);
    expect(ics.status).toBe(200);
    expect(ics.text).toContain(`UID:${ids[1]}@videnbro`);
    expect(ics.text).not.toContain(`UID:${ids[0]}@videnbro`);
  });

  it('rewrites the times older phones stored, with new versions, and leaves an unreadable one alone', async () => {
    const ids = { offset: crypto.randomUUID(), hourOnly: crypto.randomUUID(), fine: crypto.randomUUID(), broken: crypto.randomUUID() };
    const start = Date.now() + 3 * 24 * HOUR;
    for (const id of Object.values(ids)) {
      await bo.run('seminar.create', {
        id, title: 'Velkomstmesse', description: '', kind: 'welcomeFair', location: 'Rådhushallen', capacity: 50,
        startsAt: new Date(start).toISOString(), endsAt: new Date(start + HOUR).toISOString(),
      });
    }
    const db = server.db.kysely;
    await db.updateTable('seminars').set({ starts_at: '2031-01-20T10:00:00+01:00', signup_deadline: '2031-01-19 10:00:00+0100' }).where('id', '=', ids.offset).execute();
    await db.updateTable('seminars').set({ ends_at: '2031-01-20T12:00:00+01' }).where('id', '=', ids.hourOnly).execute();
    await db.updateTable('seminars').set({ starts_at: 'i morgen kl. 10' }).where('id', '=', ids.broken).execute();
    const before = await currentVersion(db);
    const fineBefore = await seminar(ids.fine);

    // Migrations see the database untyped; this one runs again on the app's own connection.
    const untyped = db as unknown as Kysely<unknown>;
    await canonicalTimes(untyped);

    expect(await seminar(ids.offset)).toMatchObject({ starts_at: '2031-01-20T09:00:00.000Z', signup_deadline: '2031-01-19T09:00:00.000Z' });
    expect((await seminar(ids.offset)).version).toBeGreaterThan(before);
    expect(await seminar(ids.hourOnly)).toMatchObject({ ends_at: '2031-01-20T11:00:00.000Z' });
    expect((await seminar(ids.hourOnly)).version).toBeGreaterThan(before);
    expect(await seminar(ids.fine)).toEqual(fineBefore);
    expect(await seminar(ids.broken)).toMatchObject({ starts_at: 'i morgen kl. 10' });
    // Run again: nothing left to rewrite, so no version moves.
    const after = await currentVersion(db);
    await canonicalTimes(untyped);
    expect(await currentVersion(db)).toBe(after);
  });
});

describe('readLegacyTime', () => {
  it('reads the forms older phones wrote, and nothing looser', () => {
    expect(readLegacyTime('2031-01-20T10:00:00+01')).toBe('2031-01-20T09:00:00.000Z');
    expect(readLegacyTime('2031-01-20 10:00:00 +0100')).toBe('2031-01-20T09:00:00.000Z');
    expect(readLegacyTime('2031-01-20t10:00:00z')).toBe('2031-01-20T10:00:00.000Z');
    expect(readLegacyTime('2031-01-20T10:00:00.000Z')).toBe('2031-01-20T10:00:00.000Z');
    expect(readLegacyTime('20. januar 2031')).toBeNull();
    expect(readLegacyTime('2031-02-30T10:00:00Z')).toBeNull();
  });
});
