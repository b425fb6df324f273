// Who receives which membership and signup rows in pull (sync.md: "a person sees their own
// signup rows, an organizer those of their seminars"), on SQLite and PostgreSQL. The rows
// are written straight into the database: the network and seminar mutators come later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import type { TestServer } from '../support/test-server';
import type { Change, PullResponse } from '../../src/shared/protocol';
import type { Membership, Signup } from '../../src/shared/entities';
import { reserveVersions } from '../../src/server/db/versions';

type Reply<T> = T & { error?: { code: string; message: string } };
interface Puller { id: string; pullAll(cursor?: string): Promise<{ changes: Change[]; cursor: string }> }

describe.each(DIALECTS)('what pull sends of memberships and signups on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });

  async function signedIn(email: string): Promise<Puller> {
    const client = new HttpClient(server.url);
    const person = await client.signInDemo(email);
    const clientId = crypto.randomUUID();
    const pull = async (cursor?: string) => {
      const params = new URLSearchParams({ clientId });
      if (cursor) params.set('cursor', cursor);
      const reply = await client.request<Reply<PullResponse>>('GET', `/api/sync/pull?${params}`);
      expect(reply.status).toBe(200);
      return reply.json;
    };
    return {
      id: person.id,
      async pullAll(cursor) {
        const changes: Change[] = [];
        let reply = await pull(cursor);
        changes.push(...reply.changes);
        while (reply.more) {
          reply = await pull(reply.cursor);
          changes.push(...reply.changes);
        }
        return { changes, cursor: reply.cursor };
      },
    };
  }

  const puts = (changes: Change[], type: 'membership' | 'signup') =>
    changes.filter((c) => c.type === type && c.op === 'put');
  const valueOf = (change: Change) => change.value as Record<string, unknown>;

  it('sends a person their own signups, an organizer those of their seminars, and nobody anyone else\'s', async () => {
    const [anna, bo, lis] = await Promise.all([signedIn('anna@fjordby.example'), signedIn('bo@fjordby.example'), signedIn('lis@fjordby.example')]);
    const before = await Promise.all([anna, bo, lis].map((p) => p.pullAll()));
    const db = server.db.kysely;
    const stranger = await db.selectFrom('people').select('id')
      .where('id', 'not in', [anna.id, bo.id, lis.id]).where('roles', 'not like', '%admin%').where('deleted', '=', 0)
      .executeTakeFirstOrThrow();

    // Seminar S is Bo's: Anna has a seat, Lis is on the waitlist. Seminar T is a stranger's:
    // Bo and Anna signed up for it.
    const tag = crypto.randomUUID().slice(0, 8);
    const seminarS = `s-vis-${tag}-bo`;
    const seminarT = `s-vis-${tag}-other`;
    const now = new Date().toISOString();
    const seminar = { description: '', kind: 'cafe' as const, starts_at: '2027-03-01T10:00:00.000Z', ends_at: '2027-03-01T12:00:00.000Z',
      location: 'Rådhuset', capacity: 1, signup_deadline: null, network_id: null, dlo: '[]', competence_ids: '[]',
      status: 'scheduled' as const, checkin_code: '123456', confirmed_count: 1, waitlist_count: 1, waitlist_last: 1, deleted: 0 };
    const first = await reserveVersions(db, 6);
    await db.insertInto('seminars').values([
      { ...seminar, id: seminarS, title: 'Bos seminar', organizer_id: bo.id, version: first },
      { ...seminar, id: seminarT, title: 'En andens seminar', organizer_id: stranger.id, version: first + 1 },
    ]).execute();
    const signup = (seminarId: string, personId: string, status: Signup['status'], position: number | null, version: number) =>
      ({ id: `${seminarId}:${personId}`, seminar_id: seminarId, person_id: personId, status, position, checked_in_at: null, created_at: now, version, deleted: 0 });
    await db.insertInto('signups').values([
      signup(seminarS, anna.id, 'confirmed', null, first + 2),
      signup(seminarS, lis.id, 'waitlisted', 1, first + 3),
      signup(seminarT, bo.id, 'confirmed', null, first + 4),
      signup(seminarT, anna.id, 'waitlisted', 1, first + 5),
    ]).execute();
    const ours = (changes: Change[]) =>
      puts(changes, 'signup').map((c) => c.id).filter((id) => id.startsWith(`s-vis-${tag}`)).sort();

    const expected = new Map([
      [anna, [`${seminarS}:${anna.id}`, `${seminarT}:${anna.id}`]],
      [lis, [`${seminarS}:${lis.id}`]],
      [bo, [`${seminarS}:${anna.id}`, `${seminarS}:${lis.id}`, `${seminarT}:${bo.id}`]],
    ]);
    const organizerOf = new Map((await db.selectFrom('seminars').select(['id', 'organizer_id']).execute()).map((s) => [s.id, s.organizer_id]));
    for (const [who, ids] of expected) {
      const index = [anna, bo, lis].indexOf(who);
      // Both on a device that was up to date and on a new one pulling from the beginning.
      for (const { changes } of [await who.pullAll(before[index]!.cursor), await who.pullAll()]) {
        expect(ours(changes)).toEqual([...ids].sort());
        // Not one signup row of the seeded demo either: each is the viewer's own or of a seminar they organize.
        for (const change of puts(changes, 'signup')) {
          const row = valueOf(change);
          expect(row.personId === who.id || organizerOf.get(String(row.seminarId)) === who.id,
            `${who.id} received ${change.id}`).toBe(true);
        }
        // A row someone may not see may only come as a bare tombstone.
        for (const change of changes.filter((c) => c.type === 'signup' && c.op === 'del')) expect(change.value).toBeUndefined();
      }
    }
  });

  it('sends a person their own memberships, and never another person\'s from a network they are not in', async () => {
    const [anna, bo, lis] = await Promise.all([signedIn('anna@fjordby.example'), signedIn('bo@fjordby.example'), signedIn('lis@fjordby.example')]);
    const before = await Promise.all([anna, bo, lis].map((p) => p.pullAll()));
    const db = server.db.kysely;
    const stranger = await db.selectFrom('people').select('id')
      .where('id', 'not in', [anna.id, bo.id, lis.id]).where('roles', 'not like', '%admin%').where('deleted', '=', 0)
      .executeTakeFirstOrThrow();

    // Network N: Anna is a member, Lis has asked to join. Network M: only a stranger, who
    // has also asked to join N.
    const tag = crypto.randomUUID().slice(0, 8);
    const networkN = `n-vis-${tag}-n`;
    const networkM = `n-vis-${tag}-m`;
    const first = await reserveVersions(db, 6);
    const network = { description: '', kind: 'professional' as const, join_policy: 'approval' as const, created_by: stranger.id, deleted: 0 };
    await db.insertInto('networks').values([
      { ...network, id: networkN, name: 'Netværk N', version: first },
      { ...network, id: networkM, name: 'Netværk M', version: first + 1 },
    ]).execute();
    const membership = (networkId: string, personId: string, status: Membership['status'], version: number) =>
      ({ id: `${networkId}:${personId}`, network_id: networkId, person_id: personId, status, role: 'member' as const, version, deleted: 0 });
    await db.insertInto('memberships').values([
      membership(networkN, anna.id, 'active', first + 2),
      membership(networkN, lis.id, 'pending', first + 3),
      membership(networkM, stranger.id, 'active', first + 4),
      membership(networkN, stranger.id, 'pending', first + 5),
    ]).execute();
    const ours = (changes: Change[]) =>
      puts(changes, 'membership').map((c) => c.id).filter((id) => id.startsWith(`n-vis-${tag}`)).sort();

    const expected = new Map([
      // Anna is an active member of N, but a pending request is only its owner's (and a coordinator's).
      [anna, [`${networkN}:${anna.id}`]],
      [lis, [`${networkN}:${lis.id}`]],
      [bo, []],
    ]);
    for (const [who, ids] of expected) {
      const index = [anna, bo, lis].indexOf(who);
      for (const { changes } of [await who.pullAll(before[index]!.cursor), await who.pullAll()]) {
        expect(ours(changes)).toEqual([...ids].sort());
        // Nor, in the seeded demo, another person's pending request outside networks the viewer coordinates.
        const coordinates = new Set((await db.selectFrom('memberships').select('network_id')
          .where('person_id', '=', who.id).where('role', '=', 'coordinator').where('status', '=', 'active').execute()).map((m) => m.network_id));
        const activeIn = new Set((await db.selectFrom('memberships').select('network_id')
          .where('person_id', '=', who.id).where('status', '=', 'active').where('deleted', '=', 0).execute()).map((m) => m.network_id));
        for (const change of puts(changes, 'membership')) {
          const row = valueOf(change);
          if (row.personId === who.id) continue;
          expect(activeIn.has(String(row.networkId)), `${who.id} received ${change.id} from a network they are not in`).toBe(true);
          if (row.status !== 'active') expect(coordinates.has(String(row.networkId)), `${who.id} received pending ${change.id}`).toBe(true);
        }
        for (const change of changes.filter((c) => c.type === 'membership' && c.op === 'del')) expect(change.value).toBeUndefined();
      }
    }
  });
});
