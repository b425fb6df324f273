// seminar.create and seminar.update over the real HTTP API on SQLite and PostgreSQL:
// each field an update carries (and only those), what a create stores by default, the
// refusals (unknown or finished event, times, references, capacity), and who may create,
// run and move an event (organizers, admins, a network's coordinators).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { apiDevice, type ApiDevice } from '../support/api-device';
import { employees } from '../support/sessions';
import type { TestServer } from '../support/test-server';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(DIALECTS)('seminar fields and rules on %s', (dialect) => {
  let server: TestServer;
  let bo: ApiDevice;
  let lis: ApiDevice;
  let admin: ApiDevice;
  let competences: string[];
  let people: string[];
  const personId = async (email: string) =>
    (await server.db.kysely.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    server = await startServerFor(dialect);
    const device = async (name: string) => apiDevice(server, await personId(`${name}@fjordby.example`));
    [bo, lis, admin] = await Promise.all([device('bo'), device('lis'), device('admin')]);
    competences = (await server.db.kysely.selectFrom('competences').select('id').where('deleted', '=', 0).orderBy('id').limit(2).execute()).map((r) => r.id);
    people = await employees(server, 2);
  });
  afterAll(async () => { await server.close(); });

  const start = Date.now() + 10 * DAY;
  const base = {
    title: 'Workshop om forflytning', description: 'Vi øver liftene', kind: 'workshop',
    startsAt: iso(start), endsAt: iso(start + 2 * HOUR), location: 'Plejecenter Solbakken', capacity: 5,
  };
  async function create(device: ApiDevice, extra: Record<string, unknown> = {}) {
    const id = crypto.randomUUID();
    const result = await device.run('seminar.create', { id, ...base, ...extra });
    return { id, result };
  }
  /** The newest value of a seminar in what this device pulls next. */
  async function nextSeen(device: ApiDevice, id: string) {
    return (await device.pullNew()).changes.filter((c) => c.type === 'seminar' && c.id === id).at(-1);
  }

  it('stores what a create gives, with empty defaults for what it leaves out', async () => {
    await bo.pullAll();
    const full = await create(bo, { networkId: 'n-videndelere', signupDeadline: iso(start - DAY), dlo: [2, 7], competenceIds: [competences[0]] });
    const bare = await create(bo);
    expect([full.result.status, bare.result.status]).toEqual(['applied', 'applied']);
    const pulled = (await bo.pullNew()).changes;
    const valueOf = (id: string) => pulled.find((c) => c.type === 'seminar' && c.id === id)?.value;
    expect(valueOf(full.id)).toMatchObject({
      ...base, networkId: 'n-videndelere', signupDeadline: iso(start - DAY), dlo: [2, 7], competenceIds: [competences[0]],
      status: 'scheduled', confirmedCount: 0, waitlistCount: 0,
    });
    expect(valueOf(bare.id)).toMatchObject({ ...base, networkId: null, signupDeadline: null, dlo: [], competenceIds: [] });

    // Replayed by its organizer (the same client id sent again): nothing changes.
    expect((await bo.run('seminar.create', { id: full.id, ...base, title: 'Noget andet' })).status).toBe('applied');
    expect(await nextSeen(bo, full.id)).toBeUndefined();
    // The same id from someone else is not theirs to write.
    expect(await admin.run('seminar.create', { id: full.id, ...base })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
  });

  it('changes each field it is given, one at a time, and keeps all the others', async () => {
    await bo.pullAll();
    const { id } = await create(bo, { networkId: 'n-videndelere', signupDeadline: iso(start - DAY), dlo: [1, 2], competenceIds: [competences[0]] });
    let expected: Record<string, unknown> = {
      ...base, networkId: 'n-videndelere', signupDeadline: iso(start - DAY), dlo: [1, 2], competenceIds: [competences[0]],
    };
    expect((await nextSeen(bo, id))?.value).toMatchObject(expected);
    const updates: Record<string, unknown>[] = [
      { title: 'Forflytning i praksis' },
      { description: 'Nu også med loftlift' },
      { kind: 'course' },
      { startsAt: iso(start + HOUR) },
      { endsAt: iso(start + 5 * HOUR) },
      { location: 'Sundhedshuset, sal B' },
      { capacity: 12 },
      { signupDeadline: iso(start - 2 * DAY) },
      { networkId: 'n-ordblindhed' },
      { dlo: [3, 9, 11] },
      { competenceIds: [competences[1], competences[0]] },
      // Clearing what may be empty.
      { signupDeadline: null },
      { networkId: null },
    ];
    for (const update of updates) {
      expect((await bo.run('seminar.update', { id, ...update })).status).toBe('applied');
      expected = { ...expected, ...update };
      expect((await nextSeen(bo, id))?.value).toEqual({
        id, ...expected, organizerId: await personId('bo@fjordby.example'), status: 'scheduled',
        confirmedCount: 0, waitlistCount: 0, checkinCode: expect.any(String),
      });
    }
  });

  it('refuses unknown and finished events, bad times, unknown references and too few seats, changing nothing', async () => {
    const { id } = await create(bo, { capacity: 2 });
    await bo.pullAll();
    const refused = async (args: Record<string, unknown>, code: string) =>
      expect(await bo.run('seminar.update', { id, ...args })).toMatchObject({ status: 'rejected', error: { code } });

    expect(await bo.run('seminar.update', { id: 'ingen-sadan', title: 'x' })).toMatchObject({ status: 'rejected', error: { code: 'seminar_not_found' } });
    // Only one end moves: it is checked against the other end as stored.
    await refused({ endsAt: iso(start - HOUR) }, 'seminar_times_invalid');
    await refused({ startsAt: iso(start + 3 * HOUR) }, 'seminar_times_invalid');
    await refused({ endsAt: base.startsAt }, 'seminar_times_invalid'); // no time at all
    await refused({ startsAt: iso(start + 2 * HOUR), endsAt: iso(start + HOUR) }, 'seminar_times_invalid');
    await refused({ networkId: 'n-findes-ikke' }, 'network_not_found');
    await refused({ competenceIds: [competences[0], 'k-findes-ikke'] }, 'competence_not_found');
    expect(await nextSeen(bo, id)).toBeUndefined();

    // The same competence twice is one tag, not a missing one.
    expect((await bo.run('seminar.update', { id, competenceIds: [competences[0], competences[0]] })).status).toBe('applied');
    // Exactly as many seats as are taken is allowed; one fewer is not.
    const phones = await Promise.all(people.map((p) => apiDevice(server, p)));
    for (const phone of phones) expect((await phone.run('signup.request', { seminarId: id })).status).toBe('applied');
    await refused({ capacity: 1 }, 'capacity_below_confirmed');
    expect((await bo.run('seminar.update', { id, capacity: 2 })).status).toBe('applied');
    // A single end moved within the other one is fine.
    expect((await bo.run('seminar.update', { id, startsAt: iso(start + HOUR) })).status).toBe('applied');
    expect((await bo.run('seminar.update', { id, endsAt: iso(start + HOUR + 60_000) })).status).toBe('applied');
    expect((await nextSeen(bo, id))?.value).toMatchObject({
      capacity: 2, confirmedCount: 2, startsAt: iso(start + HOUR), endsAt: iso(start + HOUR + 60_000),
    });

    // A finished event is history: nothing about it changes any more.
    const past = await create(bo, { startsAt: iso(Date.now() - 5 * HOUR), endsAt: iso(Date.now() - 3 * HOUR) });
    expect(await bo.run('seminar.update', { id: past.id, title: 'Efterrationalisering' }))
      .toMatchObject({ status: 'rejected', error: { code: 'seminar_ended' } });
  });

  it('lets a coordinator create and run events of their own network only, and move them only where they may create', async () => {
    const lisId = await personId('lis@fjordby.example');
    const coordinates = async (networkId: string) => (await server.db.kysely.selectFrom('memberships').select('id')
      .where('network_id', '=', networkId).where('person_id', '=', lisId).where('role', '=', 'coordinator')
      .where('status', '=', 'active').where('deleted', '=', 0).executeTakeFirst()) !== undefined;
    // The demo data this rests on: Lis is a leader (not an organizer) coordinating only n-ledere-aeldre.
    expect([await coordinates('n-ledere-aeldre'), await coordinates('n-videndelere'), await coordinates('n-ordblindhed')]).toEqual([true, false, false]);

    expect((await create(lis, { networkId: 'n-ledere-aeldre' })).result.status).toBe('applied');
    expect((await create(lis)).result).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    expect((await create(lis, { networkId: 'n-videndelere' })).result).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });

    const theirs = await create(bo, { networkId: 'n-ledere-aeldre' });
    const elsewhere = await create(bo, { networkId: 'n-videndelere' });
    const plain = await create(bo);
    expect((await lis.run('seminar.update', { id: theirs.id, title: 'Ledere om fravær' })).status).toBe('applied');
    expect((await lis.run('seminar.update', { id: theirs.id, networkId: 'n-ledere-aeldre', location: 'Rådhuset' })).status).toBe('applied');
    expect(await lis.run('seminar.update', { id: theirs.id, networkId: 'n-videndelere' })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    // Out of the network is a move too: to where only organizers and admins may create.
    expect(await lis.run('seminar.update', { id: theirs.id, networkId: null })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    expect(await lis.run('seminar.update', { id: elsewhere.id, title: 'Ikke mit' })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    expect(await lis.run('seminar.update', { id: plain.id, title: 'Ikke mit' })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    const row = await server.db.kysely.selectFrom('seminars').select(['title', 'location', 'network_id']).where('id', '=', theirs.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ title: 'Ledere om fravær', location: 'Rådhuset', network_id: 'n-ledere-aeldre' });

    // Admins create without a network and run anyone's events.
    expect((await create(admin)).result.status).toBe('applied');
    expect((await admin.run('seminar.update', { id: plain.id, title: 'Flyttet af admin' })).status).toBe('applied');
    expect((await admin.run('seminar.cancel', { id: elsewhere.id })).status).toBe('applied');

    // Who runs an event sees its sign-ups: the coordinator of its network too, nobody else.
    const [phone, other] = await Promise.all(people.map((p) => apiDevice(server, p)));
    await lis.pullAll();
    await other!.pullAll();
    expect((await phone!.run('signup.request', { seminarId: theirs.id })).status).toBe('applied');
    const lisSees = (await lis.pullNew()).changes.filter((c) => c.type === 'signup' && c.value?.seminarId === theirs.id);
    expect(lisSees.map((c) => [c.op, c.value?.personId])).toEqual([['put', people[0]]]);
    expect((await other!.pullNew()).changes.filter((c) => c.type === 'signup')).toEqual([]);
  });
});
