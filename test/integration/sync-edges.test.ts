// The push/pull contract of sync.md at its edges, on SQLite and PostgreSQL: the count a
// push reports when it ends in a refusal or carries nothing, pushes and first requests
// that race, and where pull resets, pages and stays silent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import type { TestServer } from '../support/test-server';
import type { Change, PullResponse, PushResponse } from '../../src/shared/protocol';
import { pushMutations } from '../../src/server/sync/push';
import { claimClient } from '../../src/server/sync/client-claim';
import { decodeCursor, encodeCursor } from '../../src/server/sync/cursor';
import { currentVersion, reserveVersions } from '../../src/server/db/versions';

type Reply<T> = T & { error?: { code: string; message: string; expected?: number } };

const setCompetence = (id: number, competenceId: string, level: 1 | 2 | 3 = 2) =>
  ({ id, name: 'competence.set' as const, args: { competenceId, level, canHelp: false } });

describe.each(DIALECTS)('sync at its edges on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });

  async function signedIn(email: string) {
    const client = new HttpClient(server.url);
    const person = await client.signInDemo(email);
    const clientId = crypto.randomUUID();
    const push = (mutations: unknown[]) =>
      client.request<Reply<PushResponse>>('POST', '/api/sync/push', { clientId, mutations });
    const pull = async (cursor?: string, limit?: number, id = clientId) => {
      const params = new URLSearchParams({ clientId: id });
      if (cursor) params.set('cursor', cursor);
      if (limit) params.set('limit', String(limit));
      const reply = await client.request<Reply<PullResponse>>('GET', `/api/sync/pull?${params}`);
      expect(reply.status).toBe(200);
      return reply.json;
    };
    async function pullAll(cursor?: string, limit?: number, id = clientId) {
      const changes: Change[] = [];
      const replies: PullResponse[] = [];
      let reply = await pull(cursor, limit, id);
      for (;;) {
        replies.push(reply);
        changes.push(...reply.changes);
        if (!reply.more) break;
        reply = await pull(reply.cursor, limit, id);
      }
      return { changes, cursor: reply.cursor, replies };
    }
    return { client, person, clientId, push, pull, pullAll };
  }

  const db = () => server.db.kysely;
  /** A colleague who is none of the demo accounts the tests sign in as. */
  const someoneElse = async () => (await db().selectFrom('people').select('id')
    .where('email', 'not in', ['anna@fjordby.example', 'bo@fjordby.example', 'lis@fjordby.example', 'admin@fjordby.example'])
    .where('deleted', '=', 0).orderBy('id').executeTakeFirstOrThrow()).id;

  describe('push', () => {
    it('counts a refused last change as handled, and tells that count to an empty push', async () => {
      const anna = await signedIn('anna@fjordby.example');
      const reply = await anna.push([setCompetence(1, 'demens'), setCompetence(2, 'findes-ikke')]);
      expect(reply.status).toBe(200);
      expect(reply.json.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
      expect(reply.json.lastMutationId).toBe(2);

      const empty = await anna.push([]);
      expect(empty.json).toEqual({ lastMutationId: 2, results: [] });
      // The next change follows on from the refused one, not from the last applied.
      const next = await anna.push([setCompetence(3, 'demens', 3)]);
      expect(next.json).toEqual({ lastMutationId: 3, results: [{ id: 3, status: 'applied' }] });
    });

    it('answers an empty push from a new device with 0', async () => {
      const bo = await signedIn('bo@fjordby.example');
      expect((await bo.push([])).json).toEqual({ lastMutationId: 0, results: [] });
    });

    it('refuses, as not allowed, the changes of a person who has since been removed', async () => {
      const gone = await someoneElse();
      await db().updateTable('people').set({ deleted: 1 }).where('id', '=', gone).execute();
      try {
        const reply = await pushMutations(db(), server.db.dialect, gone, {
          clientId: crypto.randomUUID(), mutations: [{ id: 1, name: 'profile.update', args: { bio: 'Stadig her?' } }],
        });
        expect(reply.lastMutationId).toBe(1);
        expect(reply.results).toEqual([{ id: 1, status: 'rejected', error: { code: 'not_allowed', message: expect.any(String) } }]);
      } finally {
        await db().updateTable('people').set({ deleted: 0 }).where('id', '=', gone).execute();
      }
      const bio = await db().selectFrom('people').select('bio').where('id', '=', gone).executeTakeFirstOrThrow();
      expect(bio.bio).not.toBe('Stadig her?');
    });

    it('applies a change once when the same push arrives twice at the same time', async () => {
      const lis = await signedIn('lis@fjordby.example');
      const request = { clientId: lis.clientId, mutations: [setCompetence(1, 'palliation', 3)] };
      const versionBefore = await currentVersion(db());
      const replies = await Promise.all([
        pushMutations(db(), server.db.dialect, lis.person.id, request),
        pushMutations(db(), server.db.dialect, lis.person.id, request),
      ]);
      expect(replies.map((r) => r.lastMutationId)).toEqual([1, 1]);
      expect(replies.map((r) => r.results[0]?.status).sort()).toEqual(['applied', 'skipped']);
      // One version taken: the change was written once.
      expect(await currentVersion(db())).toBe(versionBefore + 1);
    });

    it('tells both of two racing pushes that a change was refused, and records the refusal once', async () => {
      const admin = await signedIn('admin@fjordby.example');
      const request = { clientId: admin.clientId, mutations: [setCompetence(1, 'findes-ikke')] };
      const replies = await Promise.all([
        pushMutations(db(), server.db.dialect, admin.person.id, request),
        pushMutations(db(), server.db.dialect, admin.person.id, request),
      ]);
      for (const reply of replies) {
        expect(reply.lastMutationId).toBe(1);
        expect(reply.results).toEqual([{ id: 1, status: 'rejected', error: { code: 'competence_not_found', message: expect.any(String) } }]);
      }
      const refusals = await db().selectFrom('mutation_refusals').select(['mutation_id', 'code'])
        .where('client_id', '=', admin.clientId).execute();
      expect(refusals.map((r) => [Number(r.mutation_id), r.code])).toEqual([[1, 'competence_not_found']]);
    });
  });

  describe('a new clientId', () => {
    it('goes to exactly one of two people whose first requests race', async () => {
      const anna = (await db().selectFrom('people').select('id').where('email', '=', 'anna@fjordby.example').executeTakeFirstOrThrow()).id;
      const other = await someoneElse();
      const clientId = crypto.randomUUID();
      const now = new Date().toISOString();
      const [annaGot, otherGot] = await Promise.all([claimClient(db(), clientId, anna, now), claimClient(db(), clientId, other, now)]);
      expect([annaGot, otherGot].filter(Boolean)).toHaveLength(1);
      const owner = await db().selectFrom('clients').select('person_id').where('client_id', '=', clientId).executeTakeFirstOrThrow();
      expect(owner.person_id).toBe(annaGot ? anna : other);
      // And it stays theirs.
      expect(await claimClient(db(), clientId, owner.person_id, now)).toBe(true);
      expect(await claimClient(db(), clientId, owner.person_id === anna ? other : anna, now)).toBe(false);
    });
  });

  describe('pull', () => {
    it('resets a device whose cursor is ahead of this database (restored from a backup)', async () => {
      const bo = await signedIn('bo@fjordby.example');
      const whole = await bo.pullAll();
      const ahead = encodeCursor({ version: (await currentVersion(db())) + 1000, scratchUntil: 0 });
      const reply = await bo.pull(ahead);
      expect(reply.reset).toBe(true);
      expect(reply.changes.length).toBeGreaterThan(0);
      // A cursor this server wrote is not ahead: nothing new, no reset.
      expect(await bo.pull(whole.cursor)).toMatchObject({ reset: false, changes: [], more: false });
    });

    it('never resets a pull from the beginning, and resets only a cursor older than the change of view', async () => {
      const lis = await signedIn('lis@fjordby.example');
      const scopeVersion = await reserveVersions(db());
      await db().updateTable('people').set({ scope_version: scopeVersion }).where('id', '=', lis.person.id).execute();
      const fresh = await lis.pullAll();
      expect(fresh.replies.map((r) => r.reset)).toEqual(fresh.replies.map(() => false));
      // Done, the cursor stands at now, even though the newest version (the change of view) has no row.
      expect(decodeCursor(fresh.cursor)).toEqual({ version: await currentVersion(db()), scratchUntil: 0 });
      // A cursor from a pull that began after the change of view already shows the new view.
      expect(await lis.pull(fresh.cursor)).toMatchObject({ reset: false, changes: [] });
      expect(await lis.pull(encodeCursor({ version: scopeVersion, scratchUntil: 0 }))).toMatchObject({ reset: false });
      expect((await lis.pull(encodeCursor({ version: scopeVersion - 1, scratchUntil: 0 }))).reset).toBe(true);
    });

    it('says there is no more when the rows left fill the page exactly', async () => {
      const anna = await signedIn('anna@fjordby.example');
      const { cursor } = await anna.pullAll();
      const tag = crypto.randomUUID().slice(0, 8);
      await anna.push(['demens', 'ordblindhed', 'palliation'].map((competenceId, i) =>
        ({ id: i + 1, name: 'competence.set', args: { competenceId, level: 1, canHelp: true, note: tag } })));
      const page = await anna.pull(cursor, 3);
      expect(page.changes.map((c) => (c.value as { note?: string } | null)?.note)).toEqual([tag, tag, tag]);
      expect(page.more).toBe(false);
      expect(await anna.pull(page.cursor)).toMatchObject({ changes: [], more: false });
    });

    it('sends a device that starts from the beginning no deletions, page after page', async () => {
      const anna = await signedIn('anna@fjordby.example');
      const bo = await signedIn('bo@fjordby.example');
      // A removal in the middle of the history, and as the newest change a learning Bo may not see.
      await anna.push([setCompetence(1, 'demens'), { id: 2, name: 'competence.remove', args: { competenceId: 'demens' } }]);
      const now = new Date().toISOString();
      const hidden = `l-edge-${crypto.randomUUID()}`;
      await db().insertInto('learnings').values({
        id: hidden, author_id: anna.person.id, title: 'Privat', body: 'Tekst', application: '',
        source_kind: 'course', seminar_id: null, competence_ids: '[]', dlo: '[]', visibility: 'private',
        visibility_network_id: null, unit_id: anna.person.unitId, conflicts: '[]', created_at: now, updated_at: now,
        deleted: 0, version: await reserveVersions(db()),
      }).execute();

      for (const limit of [undefined, 40]) {
        const fresh = await bo.pullAll(undefined, limit, crypto.randomUUID());
        expect(fresh.changes.filter((c) => c.op === 'del')).toEqual([]);
        expect(fresh.changes.some((c) => c.type === 'personCompetence' && c.id === `${anna.person.id}:demens`)).toBe(false);
        expect(fresh.changes.some((c) => c.id === hidden)).toBe(false);
      }
    });
  });
});
