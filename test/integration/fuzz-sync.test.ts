// Property test over the real HTTP API on SQLite and PostgreSQL: thousands of generated
// strings and argument shapes never cause a 5xx, never stop the queue, and a text is
// stored alike on both databases (NFC, trimmed) or refused alike as `invalid_args`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { DIALECTS, startServerFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import type { TestServer } from '../support/test-server';
import { MUTATION_NAMES, mutationArgSchemas, type Change, type PullResponse, type PushResponse } from '../../src/shared/protocol';

type Reply<T> = T & { error?: { code: string; message: string } };


// Strings that stress storage: any UTF-16 unit (lone surrogates too), controls, bidi.
const nastyChar = fc.constantFrom('\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\uD83D', '\uDE00', '\u202E', '\u2066',
  '\r', '\n', '\t', 'A\u030A', 'æ', 'ø', 'å', '👩‍⚕️', 'ﬀ', '\uFEFF', ' ');
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.oneof(nastyChar, fc.string({ maxLength: 3 })), { maxLength: 20 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 3000 }),
);
const anyJson = fc.jsonValue({ maxDepth: 3 });

/** Argument shapes: near-valid objects with fuzzed fields, and anything at all. */
const argsFor = (name: string) => fc.oneof(
  fc.record({
    competenceId: fc.oneof(fc.constantFrom('demens', 'ordblindhed', 'fundraising'), nastyString),
    level: fc.oneof(fc.constantFrom(1, 2, 3), fc.integer(), fc.double()),
    canHelp: fc.oneof(fc.boolean(), anyJson),
    note: nastyString,
  }, { requiredKeys: [] }),
  fc.record({ title: nastyString, phone: nastyString, bio: nastyString, phoneHidden: fc.boolean() }, { requiredKeys: [] }),
  // Near-valid learnings, so that the learning mutators run on fuzzed texts and references.
  fc.record({
    id: fc.oneof(fc.uuid(), nastyString), title: nastyString, body: nastyString, application: nastyString,
    sourceKind: fc.constantFrom('course', 'network', 'x'), baseVersion: fc.constantFrom(0, 1, 2, -1),
    visibility: fc.constantFrom<unknown>('private', 'unit', 'organization', { network: 'n-demens' }, { network: 'n-x' }),
    competenceIds: fc.constantFrom(['demens'], ['findes-ikke'], []),
  }, { requiredKeys: ['id', 'title', 'body', 'sourceKind', 'visibility'] }),
  fc.dictionary(nastyString, anyJson, { maxKeys: 4 }),
  anyJson,
).map((args) => ({ name, args }));

const mutationShape = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MUTATION_NAMES).chain(argsFor) },
  { weight: 1, arbitrary: nastyString.chain(argsFor) },
);

describe.each(DIALECTS)('fuzzed pushes and pulls on %s', (dialect) => {
  /** Counts for the closing note: what went through this database. */
  const fuzzCounts = { pushes: 0, mutations: 0, pulls: 0, serverErrors: 0 };
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });

  async function request<T>(client: HttpClient, method: string, path: string, body?: unknown) {
    // The server's per-session quota may ask us to wait: do as the app does.
    for (let attempt = 0; attempt < 20; attempt++) {
      const reply = await client.request<Reply<T>>(method, path, body);
      if (reply.status !== 429) {
        if (reply.status >= 500) fuzzCounts.serverErrors += 1;
        return reply;
      }
      await new Promise((resolve) => setTimeout(resolve, Number(reply.headers.get('retry-after') ?? 1) * 1000));
    }
    throw new Error('still rate limited after 20 tries');
  }

  it('answers every generated push without a 5xx, and the queue always moves on', async () => {
    const client = new HttpClient(server.url);
    await client.signInDemo('anna@fjordby.example');
    const clientId = crypto.randomUUID();
    let nextId = 1;
    await fc.assert(
      fc.asyncProperty(fc.array(mutationShape, { minLength: 20, maxLength: 60 }), async (shapes) => {
        const mutations = shapes.map((shape) => ({ id: nextId++, ...shape }));
        const reply = await request<PushResponse>(client, 'POST', '/api/sync/push', { clientId, mutations });
        fuzzCounts.pushes += 1;
        fuzzCounts.mutations += mutations.length;
        expect(reply.status).toBe(200);
        expect(reply.json.lastMutationId).toBe(nextId - 1);
        expect(reply.json.results.map((r) => r.id)).toEqual(mutations.map((m) => m.id));
        for (const [index, result] of reply.json.results.entries()) {
          const { name, args } = mutations[index]!;
          const known = (MUTATION_NAMES as string[]).includes(name);
          const valid = known && v.is(mutationArgSchemas[name as keyof typeof mutationArgSchemas], args);
          if (!known) expect(result).toMatchObject({ status: 'rejected', error: { code: 'unknown_mutation' } });
          else if (!valid) expect(result).toMatchObject({ status: 'rejected', error: { code: 'invalid_args' } });
          else expect(['applied', 'rejected']).toContain(result.status);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('stores a text alike on both databases, or refuses it alike', async () => {
    const client = new HttpClient(server.url);
    const me = await client.signInDemo('bo@fjordby.example');
    const clientId = crypto.randomUUID();
    let nextId = 1;
    let cursor: string | undefined;
    await fc.assert(
      fc.asyncProperty(nastyString, async (bio) => {
        const id = nextId++;
        const reply = await request<PushResponse>(client, 'POST', '/api/sync/push', { clientId, mutations: [{ id, name: 'profile.update', args: { bio } }] });
        fuzzCounts.pushes += 1;
        fuzzCounts.mutations += 1;
        expect(reply.status).toBe(200);
        const parsed = v.safeParse(mutationArgSchemas['profile.update'], { bio });
        const [result] = reply.json.results;
        if (!parsed.success) {
          expect(result).toMatchObject({ status: 'rejected', error: { code: 'invalid_args' } });
          return;
        }
        expect(result?.status).toBe('applied');
        const changes: Change[] = [];
        let page: Reply<PullResponse>;
        do {
          const params = new URLSearchParams({ clientId });
          if (cursor) params.set('cursor', cursor);
          const pulled = await request<PullResponse>(client, 'GET', `/api/sync/pull?${params}`);
          fuzzCounts.pulls += 1;
          expect(pulled.status).toBe(200);
          page = pulled.json;
          cursor = page.cursor;
          changes.push(...page.changes);
        } while (page.more);
        const mine = changes.filter((c) => c.type === 'person' && c.id === me.id).at(-1);
        expect(mine?.value?.bio).toBe(parsed.output.bio);
      }),
      { numRuns: 300 },
    );
  });

  it('answers fuzzed pull queries with 200, 400 or 403, never a 5xx', async () => {
    const client = new HttpClient(server.url);
    await client.signInDemo('lis@fjordby.example');
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('clientId', 'cursor', 'limit', 'x', ''), fc.oneof(nastyString, fc.uuid(), fc.nat().map(String)), { maxKeys: 4 }),
        async (query) => {
          const params = new URLSearchParams();
          for (const [key, value] of Object.entries(query)) params.set(key, value);
          const reply = await request<PullResponse>(client, 'GET', `/api/sync/pull?${params}`);
          fuzzCounts.pulls += 1;
          expect([200, 400, 403]).toContain(reply.status);
          if (reply.status === 400) expect(reply.json.error?.code).toBe('invalid_request');
        },
      ),
      { numRuns: 200 },
    );
  });

  afterAll(() => {
    expect(fuzzCounts.serverErrors).toBe(0);
    console.log(`[fuzz ${dialect}] ${fuzzCounts.pushes} pushes, ${fuzzCounts.mutations} mutations, ${fuzzCounts.pulls} pulls, ${fuzzCounts.serverErrors} × 5xx`);
  });
});
