// The waitlist without rewriting everyone behind a departure (issue 23, part 7), on SQLite
// and PostgreSQL: a cancellation's own transaction leaves a gap and touches nobody behind
// it; the renumbering after it makes the places 1..n again, writing only the rows whose
// place changed; a newcomer while a gap remains goes behind everyone; many phones at once
// still give an exact outcome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { employees } from '../support/sessions';
import { apiDevice } from '../support/api-device';
import type { TestServer } from '../support/test-server';
import { pushMutations } from '../../src/server/sync/push';
import { startWaitlistRenumbering } from '../../src/server/waitlists/renumbering';
import pg from 'pg';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(DIALECTS)('waitlist places on %s', (dialect) => {
  let server: TestServer;
  let bo: string;
  let people: string[];
  beforeAll(async () => {
    server = await startServerFor(dialect);
    bo = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', 'bo@fjordby.example').executeTakeFirstOrThrow()).id;
    people = await employees(server, 40);
  });
  afterAll(async () => { await server.close(); });

  async function newSeminar(capacity: number): Promise<string> {
    const id = crypto.randomUUID();
    const start = Date.now() + 7 * 24 * HOUR;
    const created = await (await apiDevice(server, bo)).run('seminar.create', {
      id, title: 'Workshop om fundraising', description: '', kind: 'workshop',
      startsAt: iso(start), endsAt: iso(start + 2 * HOUR), location: 'Rådhuset', capacity,
    });
    expect(created.status).toBe('applied');
    return id;
  }

  /** A push straight into the engine, as the route does it but without its renumbering. */
  const pushAlone = (personId: string, name: string, args: unknown) =>
    pushMutations(server.db.kysely, server.db.dialect, personId, { clientId: crypto.randomUUID(), mutations: [{ id: 1, name, args }] });

  const waiting = async (seminarId: string) => server.db.kysely.selectFrom('signups').select(['person_id', 'position', 'version'])
    .where('seminar_id', '=', seminarId).where('status', '=', 'waitlisted').where('deleted', '=', 0).orderBy('position').execute();
  const seminar = async (seminarId: string) => server.db.kysely.selectFrom('seminars')
    .select(['confirmed_count', 'waitlist_count', 'waitlist_last', 'version']).where('id', '=', seminarId).executeTakeFirstOrThrow();

  it('leaves a gap in a cancellation, renumbers only those behind it after, and seats a newcomer behind everyone meanwhile', async () => {
    const id = await newSeminar(1);
    for (const person of people.slice(0, 6)) expect((await pushAlone(person, 'signup.request', { seminarId: id })).results[0]?.status).toBe('applied');
    const before = await waiting(id);
    expect(before.map((row) => row.position)).toEqual([1, 2, 3, 4, 5]);

    // The second waiting leaves: nobody else's row is written in its transaction.
    expect((await pushAlone(people[2]!, 'signup.cancel', { seminarId: id })).results[0]?.status).toBe('applied');
    const gapped = await waiting(id);
    expect(gapped.map((row) => [row.person_id, row.position, row.version]))
      .toEqual(before.filter((row) => row.person_id !== people[2]).map((row) => [row.person_id, row.position, row.version]));
    expect(await seminar(id)).toMatchObject({ confirmed_count: 1, waitlist_count: 4, waitlist_last: 5 });

    // A newcomer while the gap is there: behind everyone, never on a place already held.
    expect((await pushAlone(people[6]!, 'signup.request', { seminarId: id })).results[0]?.status).toBe('applied');
    expect((await waiting(id)).map((row) => [row.person_id, row.position]).at(-1)).toEqual([people[6], 6]);

    const renumbering = startWaitlistRenumbering({ db: server.db.kysely, dialect: server.db.dialect, log: () => undefined });
    try {
      await renumbering.settle();
    } finally {
      await renumbering.stop();
    }
    const after = await waiting(id);
    expect(after.map((row) => [row.person_id, row.position])).toEqual([
      [people[1], 1], [people[3], 2], [people[4], 3], [people[5], 4], [people[6], 5],
    ]);
    // Only the moved rows were written, each with a version of its own, newer than any before.
    expect(after[0]!.version).toBe(before[0]!.version);
    const movedVersions = after.slice(1).map((row) => row.version);
    expect(new Set(movedVersions).size).toBe(4);
    expect(Math.min(...movedVersions)).toBeGreaterThan(Math.max(...gapped.map((row) => row.version)));
    expect(await seminar(id)).toMatchObject({ waitlist_count: 5, waitlist_last: 5 });

    // The one whose place changed learns it at the next pull.
    const phone = await apiDevice(server, people[3]!);
    const mine = (await phone.pullAll()).filter((change) => change.type === 'signup' && change.value?.seminarId === id);
    expect(mine.at(-1)?.value).toMatchObject({ status: 'waitlisted', position: 2 });
  });

  // PostgreSQL's row locks: a connection of the test's own holds the seminar while two pushes
  // wait for it (SQLite's one writer never lets a push wait inside its transaction).
  if (dialect === 'postgres') it('judges a cancellation by the sign-up as it is once the seminar is its, not as it was while it waited', async () => {
    const id = await newSeminar(1);
    for (const person of people.slice(0, 3)) expect((await pushAlone(person, 'signup.request', { seminarId: id })).results[0]?.status).toBe('applied');
    const hold = async (work: () => Promise<unknown>) => {
      const holder = new pg.Client({ connectionString: server.databaseUrl });
      await holder.connect();
      try {
        await holder.query('begin');
        await holder.query('select id from seminars where id = $1 for update', [id]);
        const waiting = work();
        await new Promise((resolve) => setTimeout(resolve, 300));
        await holder.query('commit');
        return await waiting;
      } finally {
        await holder.end();
      }
    };
    // The seat holder cancels from two phones at once: one seat freed, one promotion.
    await hold(() => Promise.all([pushAlone(people[0]!, 'signup.cancel', { seminarId: id }), pushAlone(people[0]!, 'signup.cancel', { seminarId: id })]));
    // The one just promoted and the next waiting cancel together: the seat goes to nobody else twice.
    await hold(() => Promise.all([pushAlone(people[1]!, 'signup.cancel', { seminarId: id }), pushAlone(people[2]!, 'signup.cancel', { seminarId: id })]));
    const rows = await server.db.kysely.selectFrom('signups').select(['person_id', 'status']).where('seminar_id', '=', id).execute();
    expect(rows.filter((row) => row.status === 'confirmed')).toHaveLength(0);
    expect(rows.filter((row) => row.status === 'cancelled')).toHaveLength(3);
    expect(await seminar(id)).toMatchObject({ confirmed_count: 0, waitlist_count: 0 });
  });

  it('gives exact places when 30 phones sign up for 5 seats and 10 cancel, all at once, through HTTP', async () => {
    const id = await newSeminar(5);
    const phones = await Promise.all(people.slice(0, 30).map((person) => apiDevice(server, person)));
    const signups = await Promise.all(phones.map((phone) => phone.run('signup.request', { seminarId: id })));
    expect(signups.every((result) => result.status === 'applied')).toBe(true);
    expect((await waiting(id)).map((row) => row.position)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));

    // Three with a seat and seven waiting leave at once.
    const rows = await server.db.kysely.selectFrom('signups').select(['person_id', 'status']).where('seminar_id', '=', id).execute();
    const seated = rows.filter((row) => row.status === 'confirmed').map((row) => row.person_id).slice(0, 3);
    const queued = (await waiting(id)).filter((_, i) => i % 3 === 0).map((row) => row.person_id).slice(0, 7);
    const leaving = [...seated, ...queued];
    const cancels = await Promise.all(leaving.map((person) => phones[people.indexOf(person)]!.run('signup.cancel', { seminarId: id })));
    expect(cancels.every((result) => result.status === 'applied')).toBe(true);

    // Answered only once renumbered: 5 seats, 15 waiting at 1..15, the counts agree.
    const after = await server.db.kysely.selectFrom('signups').select(['person_id', 'status', 'position']).where('seminar_id', '=', id).execute();
    expect(after.filter((row) => row.status === 'confirmed')).toHaveLength(5);
    expect(after.filter((row) => row.status === 'cancelled').map((row) => row.person_id).sort()).toEqual([...leaving].sort());
    expect(after.filter((row) => row.status === 'waitlisted').map((row) => row.position).sort((a, b) => a! - b!))
      .toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(await seminar(id)).toMatchObject({ confirmed_count: 5, waitlist_count: 15, waitlist_last: 15 });
  });
});
