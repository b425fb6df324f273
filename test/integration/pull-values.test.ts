// What pull sends, row by row (sync.md), on SQLite and PostgreSQL: every kind of row as a
// valid entity of the shared schemas, and who may see which network rows, learnings and
// core knowledge. Rows are written straight into the database where no mutator makes them yet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { DIALECTS, startServerFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import type { TestServer } from '../support/test-server';
import { ENTITY_TYPES, entitySchemas, type Membership } from '../../src/shared/entities';
import type { StoredVisibility } from '../../src/server/db/schema';
import { ChangeSchema, type Change, type PullResponse } from '../../src/shared/protocol';
import { reserveVersions } from '../../src/server/db/versions';

type Reply<T> = T & { error?: { code: string; message: string } };

describe.each(DIALECTS)('what pull sends, row by row, on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });
  const db = () => server.db.kysely;

  /** Everything a new device of this demo account receives. */
  async function firstPull(email: string) {
    const client = new HttpClient(server.url);
    const person = await client.signInDemo(email);
    const clientId = crypto.randomUUID();
    const changes: Change[] = [];
    let cursor: string | undefined;
    for (;;) {
      const params = new URLSearchParams({ clientId });
      if (cursor) params.set('cursor', cursor);
      const reply = await client.request<Reply<PullResponse>>('GET', `/api/sync/pull?${params}`);
      expect(reply.status).toBe(200);
      changes.push(...reply.json.changes);
      cursor = reply.json.cursor;
      if (!reply.json.more) break;
    }
    return { person, changes, ids: (type: Change['type']) => changes.filter((c) => c.type === type && c.op === 'put').map((c) => c.id) };
  }

  const stranger = async (not: string[], offset = 0) => (await db().selectFrom('people').select(['id', 'unit_id'])
    .where('id', 'not in', not).where('roles', 'not like', '%admin%').where('roles', 'not like', '%leader%')
    .where('deleted', '=', 0).orderBy('id').offset(offset).limit(1).executeTakeFirstOrThrow());

  it('sends every kind of row, each a valid entity of its type with the values stored', async () => {
    // The admin sees most; Anna's own signups add that kind, and her message settings theirs.
    const anna = new HttpClient(server.url);
    await anna.signInDemo('anna@fjordby.example');
    const set = await anna.request<{ results: { status: string }[] }>('POST', '/api/sync/push', {
      clientId: crypto.randomUUID(), mutations: [{ id: 1, name: 'notificationSettings.set', args: { channels: { seatOpened: 'both' }, quietUntil: 6 } }],
    });
    expect(set.json.results).toEqual([expect.objectContaining({ status: 'applied' })]);
    // A pulse check for everyone, answered by Anna: the pulse, and its results once counted.
    const admin = new HttpClient(server.url);
    await admin.signInDemo('admin@fjordby.example');
    const pulseId = crypto.randomUUID();
    const opened = await admin.request<{ results: { status: string }[] }>('POST', '/api/sync/push', {
      clientId: crypto.randomUUID(), mutations: [{ id: 1, name: 'pulse.open', args: {
        id: pulseId, title: 'Temperaturmåling', scopeKind: 'municipality', opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), questions: [5, 10, 11] } }],
    });
    expect(opened.json.results).toEqual([expect.objectContaining({ status: 'applied' })]);
    const answered = await anna.request<{ results: { status: string }[] }>('POST', '/api/sync/push', {
      clientId: crypto.randomUUID(), mutations: [{ id: 1, name: 'pulse.answer', args: { pulseId, key: crypto.randomUUID(), scores: { 5: 4, 10: 0, 11: 5 } } }],
    });
    expect(answered.json.results).toEqual([expect.objectContaining({ status: 'applied' })]);
    await expect.poll(async () => (await db().selectFrom('pulse_results').select('id').where('pulse_id', '=', pulseId).execute()).length).toBeGreaterThan(0);
    const changes = [...(await firstPull('admin@fjordby.example')).changes, ...(await firstPull('anna@fjordby.example')).changes];
    const sent = changes.filter((c) => c.op === 'put');
    for (const change of sent) expect(change.value?.id, 'a value travels without its id').toBeUndefined();
    // As the app reads them: the reply schema puts each value's id back.
    const puts = sent.map((c) => v.parse(ChangeSchema, c));
    for (const type of ENTITY_TYPES) expect(puts.some((c) => c.type === type), `a ${type} row`).toBe(true);
    for (const change of puts) {
      const parsed = v.safeParse(entitySchemas[change.type], change.value);
      expect(parsed.success, `${change.type} ${change.id}: ${JSON.stringify(parsed.issues?.[0]?.path?.map((p) => p.key))}`).toBe(true);
      expect(change.value?.id).toBe(change.id);
    }
    const valueOf = (type: Change['type'], id: string) => puts.find((c) => c.type === type && c.id === id)?.value;
    const area = await db().selectFrom('areas').selectAll().orderBy('id').executeTakeFirstOrThrow();
    expect(valueOf('area', area.id)).toEqual({ id: area.id, name: area.name });
    const unit = await db().selectFrom('units').selectAll().orderBy('id').executeTakeFirstOrThrow();
    expect(valueOf('unit', unit.id)).toMatchObject({ id: unit.id, areaId: unit.area_id, name: unit.name });
    const competence = await db().selectFrom('competences').selectAll().where('synonyms', '!=', '[]').orderBy('id').executeTakeFirstOrThrow();
    expect(valueOf('competence', competence.id)).toMatchObject({
      name: competence.name, category: competence.category, synonyms: JSON.parse(competence.synonyms), description: competence.description,
    });
    const network = await db().selectFrom('networks').selectAll().orderBy('id').executeTakeFirstOrThrow();
    expect(valueOf('network', network.id)).toMatchObject({
      name: network.name, description: network.description, kind: network.kind, joinPolicy: network.join_policy, createdBy: network.created_by,
    });
    const seminar = await db().selectFrom('seminars').selectAll().orderBy('id').executeTakeFirstOrThrow();
    expect(valueOf('seminar', seminar.id)).toMatchObject({
      title: seminar.title, startsAt: seminar.starts_at, endsAt: seminar.ends_at, capacity: seminar.capacity,
      organizerId: seminar.organizer_id, confirmedCount: seminar.confirmed_count, waitlistCount: seminar.waitlist_count,
      competenceIds: JSON.parse(seminar.competence_ids), dlo: JSON.parse(seminar.dlo),
    });
    const knowledge = await db().selectFrom('core_knowledge').selectAll().orderBy('id').executeTakeFirstOrThrow();
    expect(valueOf('coreKnowledge', knowledge.id)).toMatchObject({
      unitId: knowledge.unit_id, competenceId: knowledge.competence_id, needNow: knowledge.need_now, needIn5Years: knowledge.need_in_5_years,
    });
    const task = await db().selectFrom('network_tasks').selectAll().orderBy('id').executeTakeFirstOrThrow();
    expect(valueOf('networkTask', task.id)).toMatchObject({ networkId: task.network_id, title: task.title, status: task.status, createdBy: task.created_by });
  });

  describe('network rows, learnings and core knowledge', () => {
    // Network N: Anna and a colleague are members, Bo coordinates it, another colleague
    // has asked to join. Network M: none of the demo accounts is in it.
    const tag = crypto.randomUUID().slice(0, 8);
    const N = `n-val-${tag}-n`;
    const M = `n-val-${tag}-m`;
    const ids = {
      memberY: '', requesterR: '', outsiderUnit: '',
      taskN: `t-val-${tag}-n`, taskM: `t-val-${tag}-m`,
      learningOrg: `l-val-${tag}-org`, learningN: `l-val-${tag}-n`, learningM: `l-val-${tag}-m`,
      knowledgeOwn: `k-val-${tag}-own`, knowledgeOther: `k-val-${tag}-other`,
      seminar: `s-val-${tag}`, signup: `s-val-${tag}:r`,
    };
    let pulled: Map<string, Awaited<ReturnType<typeof firstPull>>>;

    beforeAll(async () => {
      const people = await db().selectFrom('people').select(['id', 'email', 'unit_id']).where('email', 'in',
        ['anna@fjordby.example', 'bo@fjordby.example', 'lis@fjordby.example', 'admin@fjordby.example']).execute();
      const idOf = (email: string) => people.find((p) => p.email === email)!;
      const anna = idOf('anna@fjordby.example');
      const bo = idOf('bo@fjordby.example');
      const demo = people.map((p) => p.id);
      const y = await stranger(demo);
      const r = await stranger([...demo, y.id]);
      const other = await db().selectFrom('units').select('id').where('id', '!=', anna.unit_id).orderBy('id').executeTakeFirstOrThrow();
      Object.assign(ids, { memberY: y.id, requesterR: r.id, outsiderUnit: other.id });

      let version = await reserveVersions(db(), 20);
      const next = () => version++;
      const network = { description: 'Til test', kind: 'professional' as const, join_policy: 'approval' as const, created_by: y.id, deleted: 0 };
      await db().insertInto('networks').values([
        { ...network, id: N, name: 'Netværk N', version: next() },
        { ...network, id: M, name: 'Netværk M', version: next() },
      ]).execute();
      const membership = (network: string, person: string, status: Membership['status'], role: Membership['role']) =>
        ({ id: `${network}:${person}`, network_id: network, person_id: person, status, role, version: next(), deleted: 0 });
      await db().insertInto('memberships').values([
        membership(N, anna.id, 'active', 'member'),
        membership(N, y.id, 'active', 'member'),
        membership(N, bo.id, 'active', 'coordinator'),
        membership(N, r.id, 'pending', 'member'),
        membership(M, y.id, 'active', 'member'),
      ]).execute();
      const task = (id: string, network: string) => ({ id, network_id: network, title: `Opgave ${id}`, description: '', due: null, status: 'open' as const, report: '', created_by: y.id, version: next(), deleted: 0 });
      await db().insertInto('network_tasks').values([task(ids.taskN, N), task(ids.taskM, M)]).execute();
      const now = new Date().toISOString();
      const learning = (id: string, visibility: StoredVisibility, networkId: string | null) => ({
        id, author_id: y.id, title: `Læring ${id}`, body: 'Tekst', application: '', source_kind: 'network' as const, seminar_id: null,
        competence_ids: '[]', dlo: '[]', visibility, visibility_network_id: networkId, unit_id: y.unit_id, conflicts: '[]',
        created_at: now, updated_at: now, version: next(), deleted: 0,
      });
      await db().insertInto('learnings').values([
        learning(ids.learningOrg, 'organization', null), learning(ids.learningN, 'network', N), learning(ids.learningM, 'network', M),
      ]).execute();
      const competence = (await db().selectFrom('competences').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
      const knowledge = (id: string, unit: string) => ({ id, unit_id: unit, competence_id: competence, need_now: 2, need_in_5_years: 3, note: '', version: next(), deleted: 0 });
      await db().insertInto('core_knowledge').values([knowledge(ids.knowledgeOwn, anna.unit_id), knowledge(ids.knowledgeOther, other.id)]).execute();
      // A colleague's signup for a colleague's seminar.
      await db().insertInto('seminars').values({
        id: ids.seminar, title: 'Et seminar', description: '', kind: 'cafe', starts_at: '2027-03-01T10:00:00.000Z', ends_at: '2027-03-01T12:00:00.000Z',
        location: 'Rådhuset', capacity: 10, signup_deadline: null, network_id: null, dlo: '[]', competence_ids: '[]', organizer_id: y.id,
        status: 'scheduled', checkin_code: '123456', confirmed_count: 1, waitlist_count: 0, waitlist_last: 0, version: next(), deleted: 0,
      }).execute();
      await db().insertInto('signups').values({
        id: ids.signup, seminar_id: ids.seminar, person_id: r.id, status: 'confirmed', position: null, checked_in_at: null, created_at: now, version: next(), deleted: 0,
      }).execute();

      pulled = new Map();
      for (const who of ['anna', 'bo', 'lis', 'admin']) pulled.set(who, await firstPull(`${who}@fjordby.example`));
    });

    const seen = (who: string, type: Change['type'], prefix: string) =>
      pulled.get(who)!.ids(type).filter((id) => id.startsWith(prefix)).sort();

    it('shows a network\'s active members to its members, pending requests to its coordinators, and everything to an admin', () => {
      const inN = (person: string) => `${N}:${person}`;
      const anna = pulled.get('anna')!.person.id;
      const bo = pulled.get('bo')!.person.id;
      const active = [inN(anna), inN(bo), inN(ids.memberY)].sort();
      expect(seen('anna', 'membership', N)).toEqual(active);
      expect(seen('bo', 'membership', N)).toEqual([...active, inN(ids.requesterR)].sort());
      expect(seen('lis', 'membership', N)).toEqual([]);
      expect(seen('admin', 'membership', N)).toEqual([...active, inN(ids.requesterR)].sort());
      expect(seen('admin', 'membership', M)).toEqual([`${M}:${ids.memberY}`]);
      expect(seen('anna', 'membership', M)).toEqual([]);
    });

    it('shows a network\'s tasks to its members, and to leaders and admins', () => {
      expect(seen('anna', 'networkTask', `t-val-${tag}`)).toEqual([ids.taskN]);
      expect(seen('bo', 'networkTask', `t-val-${tag}`)).toEqual([ids.taskN]);
      expect(seen('lis', 'networkTask', `t-val-${tag}`)).toEqual([ids.taskM, ids.taskN]);
      expect(seen('admin', 'networkTask', `t-val-${tag}`)).toEqual([ids.taskM, ids.taskN]);
    });

    it('shows a learning for the whole organization to all, and one for a network to its members only', () => {
      expect(seen('anna', 'learning', `l-val-${tag}`)).toEqual([ids.learningN, ids.learningOrg].sort());
      expect(seen('lis', 'learning', `l-val-${tag}`)).toEqual([ids.learningOrg]);
      expect(seen('admin', 'learning', `l-val-${tag}`)).toEqual([ids.learningOrg]);
      const value = (id: string) => pulled.get('anna')!.changes.find((c) => c.id === id)?.value;
      expect(value(ids.learningN)).toMatchObject({ visibility: { network: N }, authorId: ids.memberY, sourceKind: 'network' });
      expect(value(ids.learningOrg)).toMatchObject({ visibility: 'organization' });
    });

    it('shows a unit\'s core knowledge to its own people and to admins', () => {
      expect(seen('anna', 'coreKnowledge', `k-val-${tag}`)).toEqual([ids.knowledgeOwn]);
      expect(seen('admin', 'coreKnowledge', `k-val-${tag}`)).toEqual([ids.knowledgeOther, ids.knowledgeOwn].sort());
    });

    it('shows nobody else a signup of a colleague for a colleague\'s seminar', () => {
      expect(seen('lis', 'signup', ids.seminar)).toEqual([]);
      expect(seen('bo', 'signup', ids.seminar)).toEqual([]);
      expect(seen('anna', 'signup', ids.seminar)).toEqual([]);
    });
  });
});
