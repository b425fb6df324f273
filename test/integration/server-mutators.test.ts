// The server mutators for a person's own profile and competences, over real HTTP on
// SQLite and PostgreSQL: a change writes only what it carries, and a change that changes
// nothing writes nothing (no new version, so no device pulls the row again).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import type { TestServer } from '../support/test-server';
import type { PushResponse } from '../../src/shared/protocol';
import { currentVersion } from '../../src/server/db/versions';

describe.each(DIALECTS)('server mutators on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });
  const db = () => server.db.kysely;

  async function signedIn(email: string) {
    const client = new HttpClient(server.url);
    const person = await client.signInDemo(email);
    const clientId = crypto.randomUUID();
    let next = 1;
    const push = async (name: string, args: unknown) => {
      const reply = await client.request<PushResponse>('POST', '/api/sync/push', { clientId, mutations: [{ id: next++, name, args }] });
      expect(reply.status).toBe(200);
      return reply.json.results[0];
    };
    return { person, push };
  }

  const profileOf = (id: string) => db().selectFrom('people')
    .select(['title', 'phone', 'phone_hidden', 'bio', 'version']).where('id', '=', id).executeTakeFirstOrThrow();

  describe('profile.update', () => {
    it('changes only the fields it carries', async () => {
      const { person, push } = await signedIn('lis@fjordby.example');
      const start = await profileOf(person.id);
      const steps: [Record<string, unknown>, Partial<typeof start>][] = [
        [{ title: 'Afdelingsleder' }, { title: 'Afdelingsleder' }],
        [{ phone: '+45 11 11 11 11' }, { phone: '+45 11 11 11 11' }],
        [{ bio: 'Leder af plejecentret' }, { bio: 'Leder af plejecentret' }],
        [{ phoneHidden: true }, { phone_hidden: 1 }],
        [{ phoneHidden: false }, { phone_hidden: 0 }],
      ];
      let expected = { title: start.title, phone: start.phone, phone_hidden: Number(start.phone_hidden), bio: start.bio };
      for (const [args, changed] of steps) {
        expect(await push('profile.update', args)).toEqual({ id: expect.any(Number), status: 'applied' });
        expected = { ...expected, ...changed };
        const now = await profileOf(person.id);
        expect({ title: now.title, phone: now.phone, phone_hidden: Number(now.phone_hidden), bio: now.bio }, JSON.stringify(args)).toEqual(expected);
      }
    });

    it('writes nothing, not even a new version, when it carries no field', async () => {
      const { person, push } = await signedIn('bo@fjordby.example');
      const before = await profileOf(person.id);
      const versionBefore = await currentVersion(db());
      expect(await push('profile.update', {})).toEqual({ id: 1, status: 'applied' });
      expect(await profileOf(person.id)).toEqual(before);
      expect(await currentVersion(db())).toBe(versionBefore);
    });
  });

  describe('competence.set and competence.remove', () => {
    const rowOf = (id: string) => db().selectFrom('person_competences').select(['note', 'level', 'deleted', 'version'])
      .where('id', '=', id).executeTakeFirst();

    it('stores an empty note when none is given, also over an earlier one', async () => {
      const { person, push } = await signedIn('anna@fjordby.example');
      const id = `${person.id}:fundraising`;
      await push('competence.set', { competenceId: 'fundraising', level: 2, canHelp: false, note: 'Fra kurset' });
      expect(await rowOf(id)).toMatchObject({ note: 'Fra kurset', level: 2 });
      await push('competence.set', { competenceId: 'fundraising', level: 3, canHelp: true });
      expect(await rowOf(id)).toMatchObject({ note: '', level: 3 });
    });

    it('writes nothing when removing a competence the person does not hold, or no longer holds', async () => {
      const { person, push } = await signedIn('admin@fjordby.example');
      const versionBefore = await currentVersion(db());
      expect(await push('competence.remove', { competenceId: 'fundraising' })).toMatchObject({ status: 'applied' });
      expect(await rowOf(`${person.id}:fundraising`)).toBeUndefined();
      expect(await currentVersion(db())).toBe(versionBefore);

      await push('competence.set', { competenceId: 'fundraising', level: 1, canHelp: false });
      await push('competence.remove', { competenceId: 'fundraising' });
      const removed = await rowOf(`${person.id}:fundraising`);
      expect(removed).toMatchObject({ deleted: 1 });
      const versionAfterRemoval = await currentVersion(db());
      expect(await push('competence.remove', { competenceId: 'fundraising' })).toMatchObject({ status: 'applied' });
      expect(await rowOf(`${person.id}:fundraising`)).toEqual(removed);
      expect(await currentVersion(db())).toBe(versionAfterRemoval);
    });
  });
});
