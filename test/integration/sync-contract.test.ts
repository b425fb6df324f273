// The push/pull contract of sync.md, over real HTTP on SQLite and PostgreSQL.
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import type { TestServer } from '../support/test-server';
import type { Change, PullResponse, PushResponse } from '../../src/shared/protocol';
import { decodeCursor } from '../../src/server/sync/cursor';

type Reply<T> = T & { error?: { code: string; message: string; expected?: number } };

describe.each(DIALECTS)('sync contract on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });

  async function signedIn(email = 'anna@fjordby.example') {
    const client = new HttpClient(server.url);
    const person = await client.signInDemo(email);
    const clientId = crypto.randomUUID();
    const push = (mutations: unknown[], id = clientId) =>
      client.request<Reply<PushResponse>>('POST', '/api/sync/push', { clientId: id, mutations });
    const pull = (cursor?: string, limit?: number, id = clientId) => {
      const params = new URLSearchParams({ clientId: id });
      if (cursor) params.set('cursor', cursor);
      if (limit) params.set('limit', String(limit));
      return client.request<Reply<PullResponse>>('GET', `/api/sync/pull?${params}`);
    };
    async function pullAll(cursor?: string) {
      const changes: Change[] = [];
      let reply = await pull(cursor);
      changes.push(...reply.json.changes);
      while (reply.json.more) {
        reply = await pull(reply.json.cursor);
        changes.push(...reply.json.changes);
      }
      return { changes, cursor: reply.json.cursor, last: reply.json };
    }
    return { client, person, clientId, push, pull, pullAll };
  }

  it('refuses push and pull without a session', async () => {
    const client = new HttpClient(server.url);
    const push = await client.request('POST', '/api/sync/push', { clientId: crypto.randomUUID(), mutations: [] });
    expect(push.status).toBe(401);
    expect(push.json.error?.code).toBe('not_signed_in');
    const pull = await client.request('GET', `/api/sync/pull?clientId=${crypto.randomUUID()}`);
    expect(pull.status).toBe(401);
  });

  it('applies a mutation once, however often it is pushed', async () => {
    const { push, pullAll, person } = await signedIn();
    const mutation = { id: 1, name: 'competence.set', args: { competenceId: 'ordblindhed', level: 2, canHelp: true, note: 'Kursus 2025' } };
    const first = await push([mutation]);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ lastMutationId: 1, results: [{ id: 1, status: 'applied' }] });
    const { changes } = await pullAll();
    const row = changes.find((c) => c.type === 'personCompetence' && c.id === `${person.id}:ordblindhed`);
    expect(row?.value).toMatchObject({ level: 2, canHelp: true, note: 'Kursus 2025' });

    const versionOnServer = () => server.db.kysely.selectFrom('person_competences').select('version')
      .where('id', '=', `${person.id}:ordblindhed`).executeTakeFirstOrThrow();
    const before = await versionOnServer();
    const second = await push([mutation]);
    expect(second.json.results).toEqual([{ id: 1, status: 'skipped' }]);
    expect(await versionOnServer()).toEqual(before);
  });

  it('answers 409 with the expected id on a gap, applying nothing after it', async () => {
    const { push, pull, person, clientId } = await signedIn('admin@fjordby.example');
    const tag = crypto.randomUUID();
    const set = (id: number, competenceId: string) =>
      ({ id, name: 'competence.set', args: { competenceId, level: 2, canHelp: true, note: `gap ${tag} #${id}` } });
    // 1 and 2 are fine; 3 is missing, so 4, 5 and 6 come after the gap.
    const reply = await push([set(1, 'forflytning'), set(2, 'medicinhaandtering'), set(4, 'saarpleje'), set(5, 'tryksaar'), set(6, 'palliation')]);
    expect(reply.status).toBe(409);
    expect(reply.json.error).toMatchObject({ code: 'mutation_gap', expected: 3 });

    const notesOnServer = async () => (await server.db.kysely.selectFrom('person_competences').select(['competence_id', 'note'])
      .where('person_id', '=', person.id).where('note', 'like', `gap ${tag}%`).orderBy('competence_id').execute())
      .map((r) => `${r.competence_id} ${r.note.split(' ').at(-1)}`);
    expect(await notesOnServer()).toEqual(['forflytning #1', 'medicinhaandtering #2']);
    const client = await server.db.kysely.selectFrom('clients').select('last_mutation_id').where('client_id', '=', clientId).executeTakeFirstOrThrow();
    expect(Number(client.last_mutation_id)).toBe(2);
    expect((await pull()).json.lastMutationId).toBe(2);

    // Renumbered from the expected id, the rest goes through once each.
    const resent = await push([set(3, 'saarpleje'), set(4, 'tryksaar'), set(5, 'palliation')]);
    expect(resent.status).toBe(200);
    expect(resent.json).toEqual({ lastMutationId: 5, results: [3, 4, 5].map((id) => ({ id, status: 'applied' })) });
    expect(await notesOnServer()).toEqual(['forflytning #1', 'medicinhaandtering #2', 'palliation #5', 'saarpleje #3', 'tryksaar #4']);
  });

  it('rejects a refused mutation with a Danish reason and goes on with the next', async () => {
    const { push } = await signedIn('bo@fjordby.example');
    const reply = await push([
      { id: 1, name: 'competence.set', args: { competenceId: 'findes-ikke', level: 1, canHelp: false } },
      { id: 2, name: 'competence.set', args: { competenceId: 'demens', level: 5, canHelp: false } },
      { id: 3, name: 'competence.set', args: { competenceId: 'demens', level: 1, canHelp: false, personId: 'p-anna' } },
      { id: 4, name: 'no.such.thing', args: {} },
      { id: 5, name: 'coreKnowledge.set', args: { unitId: 'u-x', competenceId: 'demens', needNow: 1, needIn5Years: 2 } },
      { id: 6, name: 'competence.set', args: { competenceId: 'demens', level: 3, canHelp: true } },
    ]);
    expect(reply.status).toBe(200);
    expect(reply.json.lastMutationId).toBe(6);
    const codes = reply.json.results.map((r) => r.error?.code ?? r.status);
    expect(codes).toEqual(['competence_not_found', 'invalid_args', 'invalid_args', 'unknown_mutation', 'unit_not_found', 'applied']);
    expect(reply.json.results[0]?.status).toBe('rejected');
    expect(reply.json.results[0]?.error?.message).toMatch(/Kompetencen findes ikke/);
  });

  it('refuses bad envelopes with 400 and a stable code', async () => {
    const { client, clientId, push } = await signedIn();
    const bad = await client.request('POST', '/api/sync/push', '{"clientId": ', { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.code).toBe('bad_json');
    const unknown = await client.request('POST', '/api/sync/push', { clientId, mutations: [], extra: true });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error?.code).toBe('invalid_request');
    const notUuid = await client.request('POST', '/api/sync/push', { clientId: 'abc', mutations: [] });
    expect(notUuid.status).toBe(400);
    const tooMany = await push(Array.from({ length: 501 }, (_, i) => ({ id: i + 1, name: 'competence.remove', args: { competenceId: 'demens' } })));
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error?.code).toBe('too_many_mutations');
    const badPull = await client.request('GET', `/api/sync/pull?clientId=${clientId}&limit=-1`);
    expect(badPull.status).toBe(400);
    const unknownQuery = await client.request('GET', `/api/sync/pull?clientId=${clientId}&since=4`);
    expect(unknownQuery.status).toBe(400);
  });

  it('keeps a clientId to the person who first pushed with it', async () => {
    const anna = await signedIn();
    await anna.push([]);
    const lis = await signedIn('lis@fjordby.example');
    const stolenPush = await lis.push([{ id: 1, name: 'profile.update', args: { bio: 'x' } }], anna.clientId);
    expect(stolenPush.status).toBe(403);
    expect(stolenPush.json.error?.code).toBe('client_taken');
    const stolenPull = await lis.pull(undefined, undefined, anna.clientId);
    expect(stolenPull.status).toBe(403);
  });

  it('pages the initial pull by strictly increasing versions, then sends nothing new', async () => {
    const { pull, pullAll } = await signedIn();
    const whole = await pullAll();
    const types = new Set(whole.changes.map((c) => c.type));
    for (const type of ['area', 'unit', 'person', 'competence', 'personCompetence']) expect(types).toContain(type);
    expect(whole.changes.every((c) => c.op === 'put')).toBe(true);

    const paged: Change[] = [];
    const positions: number[] = [];
    let cursor: string | undefined;
    for (;;) {
      const reply = await pull(cursor, 100);
      expect(reply.status).toBe(200);
      paged.push(...reply.json.changes);
      cursor = reply.json.cursor;
      positions.push(decodeCursor(cursor)!.version);
      if (!reply.json.more) break;
    }
    expect(positions.length).toBeGreaterThan(3);
    expect(positions.every((p, i) => i === 0 || p > positions[i - 1]!)).toBe(true);
    expect(paged.map((c) => `${c.type}:${c.id}`)).toEqual(whole.changes.map((c) => `${c.type}:${c.id}`));
    // Ordered by the server's versions, as stored.
    const versions = await Promise.all(paged.filter((c) => c.type === 'personCompetence').map(async (c) =>
      Number((await server.db.kysely.selectFrom('person_competences').select('version').where('id', '=', c.id).executeTakeFirstOrThrow()).version)));
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);

    const empty = await pull(whole.cursor);
    expect(empty.json).toMatchObject({ changes: [], more: false, reset: false });
  });

  it('compresses pull pages with Brotli or gzip, as the client accepts', async () => {
    const { client, clientId } = await signedIn();
    for (const encoding of ['br', 'gzip'] as const) {
      const reply = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        http.get(`${server.url}/api/sync/pull?clientId=${clientId}`, { headers: { cookie: client.cookieHeader, 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
      expect(reply.encoding).toBe(encoding);
      const text = (encoding === 'br' ? zlib.brotliDecompressSync(reply.body) : zlib.gunzipSync(reply.body)).toString();
      expect((JSON.parse(text) as PullResponse).changes.length).toBeGreaterThan(100);
    }
  });

  it('sends removals as tombstones and reports lastMutationId', async () => {
    const { push, pullAll, person } = await signedIn('lis@fjordby.example');
    await push([{ id: 1, name: 'competence.set', args: { competenceId: 'fundraising', level: 2, canHelp: true } }]);
    const before = await pullAll();
    await push([{ id: 2, name: 'competence.remove', args: { competenceId: 'fundraising' } }]);
    const after = await pullAll(before.cursor);
    expect(after.changes).toEqual([{ type: 'personCompetence', op: 'del', id: `${person.id}:fundraising` }]);
    expect(after.last.lastMutationId).toBe(2);
  });

  it('never sends a hidden phone number to anyone but its owner', async () => {
    const anna = await signedIn();
    await anna.push([{ id: 1, name: 'profile.update', args: { phone: '+45 11 22 33 44', phoneHidden: true } }]);
    const own = (await anna.pullAll()).changes.find((c) => c.type === 'person' && c.id === anna.person.id);
    expect(own?.value).toMatchObject({ phone: '+45 11 22 33 44', phoneHidden: true });

    const bo = await signedIn('bo@fjordby.example');
    const seen = await bo.pullAll();
    const annaForBo = seen.changes.find((c) => c.type === 'person' && c.id === anna.person.id);
    expect(annaForBo?.value).toMatchObject({ phone: null, phoneHidden: true });
    expect(JSON.stringify(seen.changes)).not.toContain('11 22 33 44');
  });

  it('sends a learning only to those its visibility allows, and deletes it when that narrows', async () => {
    const anna = await signedIn();
    const lis = await signedIn('lis@fjordby.example');
    const bo = await signedIn('bo@fjordby.example');
    const db = server.db.kysely;
    const { reserveVersions } = await import('../../src/server/db/versions');
    const now = new Date().toISOString();
    const base = { author_id: anna.person.id, body: 'Tekst', application: '', source_kind: 'course' as const, seminar_id: null,
      competence_ids: '[]', dlo: '[]', visibility_network_id: null, unit_id: anna.person.unitId, conflicts: '[]',
      created_at: now, updated_at: now, deleted: 0 };
    const first = await reserveVersions(db, 2);
    await db.insertInto('learnings').values([
      { ...base, id: 'l-private', title: 'Privat', visibility: 'private', version: first },
      { ...base, id: 'l-unit', title: 'Til enheden', visibility: 'unit', version: first + 1 },
    ]).execute();
    const ids = async (who: typeof anna) => (await who.pullAll()).changes.filter((c) => c.type === 'learning' && c.op === 'put').map((c) => c.id);
    expect(await ids(anna)).toEqual(expect.arrayContaining(['l-private', 'l-unit']));
    expect(await ids(lis)).toContain('l-unit'); // Lis leads Anna's unit
    expect(await ids(lis)).not.toContain('l-private');
    expect(await ids(bo)).not.toContain('l-unit');

    const lisBefore = await lis.pullAll();
    // Narrowed by its author (learning.update records who could see it until now).
    const narrowed = await anna.push([{ id: 1, name: 'learning.update', args: { id: 'l-unit', baseVersion: 1, visibility: 'private' } }]);
    expect(narrowed.json.results).toEqual([{ id: 1, status: 'applied' }]);
    const lisAfter = await lis.pullAll(lisBefore.cursor);
    expect(lisAfter.changes).toContainEqual({ type: 'learning', op: 'del', id: 'l-unit' });
  });

  it('resets a device whose view changed (new unit, role or network)', async () => {
    const bo = await signedIn('bo@fjordby.example');
    const before = await bo.pullAll();
    const { reserveVersions } = await import('../../src/server/db/versions');
    await server.db.kysely.updateTable('people').set({ scope_version: await reserveVersions(server.db.kysely) })
      .where('id', '=', bo.person.id).execute();
    const reply = await bo.pull(before.cursor);
    expect(reply.json.reset).toBe(true);
    expect(reply.json.changes.length).toBeGreaterThan(0);
    const garbage = await bo.pull('not-a-cursor');
    expect(garbage.json.reset).toBe(true);

    // The reset pull pages on to the end without resetting again.
    const resets: boolean[] = [];
    let cursor = before.cursor;
    for (let page = 0; page < 1000; page++) {
      const reply = await bo.pull(cursor, 100);
      resets.push(reply.json.reset);
      cursor = reply.json.cursor;
      if (!reply.json.more) break;
    }
    expect(resets.length).toBeGreaterThan(3);
    expect(resets).toEqual([true, ...resets.slice(1).map(() => false)]);
  });

  it('tells a refusal again when the same mutation comes back (its reply was lost)', async () => {
    const { push } = await signedIn('lis@fjordby.example');
    const refused = { id: 1, name: 'competence.set', args: { competenceId: 'findes-ikke', level: 1, canHelp: false } };
    const first = await push([refused]);
    expect(first.json.results[0]).toMatchObject({ status: 'rejected', error: { code: 'competence_not_found' } });
    const again = await push([refused, { id: 2, name: 'competence.set', args: { competenceId: 'demens', level: 1, canHelp: false } }]);
    expect(again.json.results.map((r) => r.status)).toEqual(['rejected', 'applied']);
    expect(again.json.results[0]?.error?.message).toMatch(/Kompetencen findes ikke/);
  });
});
