// Two promises of sync.md over the real HTTP API on SQLite and PostgreSQL: a pull cut into
// small pages carries exactly what one big page carries (nothing lost, nothing twice, even
// when the newest rows of many kinds interleave), and an unexpected server error stops the
// push without recording the mutation, so it goes again once the cause is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import * as v from 'valibot';
import { DIALECTS, startServerFor } from '../support/dialects';
import { apiDevice } from '../support/api-device';
import { clientFor, employees } from '../support/sessions';
import type { HttpClient } from '../support/http-client';
import type { TestServer } from '../support/test-server';
import { PullResponseSchema, type Change, type PushResponse } from '../../src/shared/protocol';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(DIALECTS)('paged pulls and failed pushes on %s', (dialect) => {
  let server: TestServer;
  let people: string[];
  let bo: string;

  beforeAll(async () => {
    server = await startServerFor(dialect);
    people = await employees(server, 3);
    bo = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', 'bo@fjordby.example').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => { await server.close(); });

  /** Pulls from `cursor` page by page with `limit`, as a device does; the changes and the last cursor. */
  async function pullPages(http: HttpClient, clientId: string, cursor: string | undefined, limit: number) {
    const changes: Change[] = [];
    let at = cursor;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(10_000);
      const params = new URLSearchParams({ clientId, limit: String(limit) });
      if (at) params.set('cursor', at);
      const reply = await http.request('GET', `/api/sync/pull?${params}`);
      expect(reply.status).toBe(200);
      const page = v.parse(PullResponseSchema, reply.json);
      changes.push(...page.changes);
      at = page.cursor;
      if (!page.more) return { changes, cursor: at };
    }
  }
  const key = (c: Change) => `${c.type}/${c.id}`;

  it('carries the same changes in pages of two as in one page, after changes of many kinds interleave', async () => {
    const http = await clientFor(server, people[0]!);
    const [small, big] = [crypto.randomUUID(), crypto.randomUUID()];
    const start = await pullPages(http, small, undefined, 5000);
    // A second installation of the same person, at the same point.
    const startBig = await pullPages(http, big, undefined, 5000);
    expect(startBig.changes.length).toBe(start.changes.length);

    // New rows of many kinds, each kind by a different source, their versions interleaved.
    const [me, colleague, organizer] = await Promise.all([people[0]!, people[1]!, bo].map((p) => apiDevice(server, p)));
    const seminarId = crypto.randomUUID();
    const begins = Date.now() + 48 * HOUR;
    for (let round = 0; round < 3; round++) {
      expect((await me!.run('profile.update', { bio: `Runde ${round}` })).status).toBe('applied');
      expect((await colleague!.run('profile.update', { bio: `Kollega ${round}` })).status).toBe('applied');
      if (round === 0) {
        expect((await organizer!.run('seminar.create', {
          id: seminarId, title: 'Velkomstmesse', description: '', kind: 'welcomeFair', startsAt: iso(begins), endsAt: iso(begins + HOUR),
          location: 'Rådhushallen', capacity: 50,
        })).status).toBe('applied');
        expect((await me!.run('signup.request', { seminarId })).status).toBe('applied');
        expect((await me!.run('network.join', { networkId: 'n-ordblindhed' })).status).toBe('applied');
      }
      expect((await organizer!.run('seminar.update', { id: seminarId, location: `Sal ${round}` })).status).toBe('applied');
      expect((await me!.run('competence.set', { competenceId: 'demens', level: 1 + round, canHelp: round % 2 === 0 })).status).toBe('applied');
    }

    const [paged, whole] = [await pullPages(http, small, start.cursor, 2), await pullPages(http, big, startBig.cursor, 5000)];
    expect(whole.changes.length).toBeGreaterThanOrEqual(6);
    // A row may come twice (a joined network's rows go with every page until the cursor
    // passes the join); the last word on each row must be the same as in one page.
    const repeated = paged.changes.map(key).filter((k, i, all) => all.indexOf(k) !== i);
    expect(repeated.every((k) => k.startsWith('membership/n-ordblindhed:') || k.startsWith('networkTask/'))).toBe(true);
    const byKey = (changes: Change[]) => new Map(changes.map((c) => [key(c), c]));
    expect(byKey(paged.changes)).toEqual(byKey(whole.changes));
    expect(byKey(paged.changes).get(`seminar/${seminarId}`)?.value).toMatchObject({ location: 'Sal 2', confirmedCount: 1 });
    // In version order, whatever kind each row is: the event's last change came before the competence's.
    const at = (type: Change['type']) => whole.changes.findIndex((c) => c.type === type && (type !== 'personCompetence' || c.value?.personId === people[0]));
    expect(at('seminar')).toBeGreaterThanOrEqual(0);
    expect(at('seminar')).toBeLessThan(at('personCompetence'));
  });

  it('answers an unexpected failure with a server error, records nothing, and takes the mutation once the cause is gone', async () => {
    // The database itself refuses one particular bio: a stand-in for any fault the server did not foresee.
    if (dialect === 'sqlite') {
      await sql`create trigger refuse_bio before update of bio on people when new.bio = 'fejl' begin select raise(abort, 'fejl'); end`.execute(server.db.kysely);
    } else {
      await sql`create function refuse_bio() returns trigger language plpgsql as $$ begin if new.bio = 'fejl' then raise exception 'fejl'; end if; return new; end $$`.execute(server.db.kysely);
      await sql`create trigger refuse_bio before update on people for each row execute function refuse_bio()`.execute(server.db.kysely);
    }
    const http = await clientFor(server, people[2]!);
    const clientId = crypto.randomUUID();
    const push = (mutations: { id: number; name: string; args: unknown }[]) =>
      http.request<PushResponse>('POST', '/api/sync/push', { clientId, mutations });

    for (let attempt = 0; attempt < 2; attempt++) {
      const failed = await push([{ id: 1, name: 'profile.update', args: { bio: 'fejl' } }]);
      expect(failed.status).toBeGreaterThanOrEqual(500);
      const state = await push([]);
      expect(state.json).toEqual({ lastMutationId: 0, results: [] });
    }
    const refusals = await server.db.kysely.selectFrom('mutation_refusals').select('code').where('client_id', '=', clientId).execute();
    expect(refusals).toEqual([]);

    // Fixed (here: the user changed the text); the same mutation id goes through.
    const fixed = await push([{ id: 1, name: 'profile.update', args: { bio: 'Rettet' } }]);
    expect(fixed.status).toBe(200);
    expect(fixed.json).toEqual({ lastMutationId: 1, results: [{ id: 1, status: 'applied' }] });
  });
});
