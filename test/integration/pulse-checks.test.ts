// Pulse checks over the real HTTP API on SQLite and PostgreSQL (issue 24): who may open
// one and for whom; answers refused with their own codes (out of scope, not yet open,
// closed, a second answer, questions that do not fit), nothing stored then; the threshold
// (4 answers: the count only; 5: the figures); an answer changed with its key; nothing
// that links a person to an answer, in the tables or in anything pulled; and a small
// unit's answers not in its area's figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { clientFor } from '../support/sessions';
import type { HttpClient } from '../support/http-client';
import type { TestServer } from '../support/test-server';
import type { PullResponse } from '../../src/shared/protocol';
import { PULSE_QUESTIONS } from '../../src/shared/pulse/questions';
import type { PulseScopeKind } from '../../src/shared/entities';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

type Outcome = { status: string; error?: { code: string } };

describe.each(DIALECTS)('pulse checks on %s', (dialect) => {
  let server: TestServer;
  let admin: string;
  /** A unit with at least eight people, its people, and one person elsewhere in its area. */
  let big: { unitId: string; areaId: string; people: string[] };
  let neighbour: { unitId: string; person: string };
  beforeAll(async () => {
    server = await startServerFor(dialect);
    const db = server.db.kysely;
    admin = (await db.selectFrom('people').select('id').where('email', '=', 'admin@fjordby.example').executeTakeFirstOrThrow()).id;
    // The demo's units are small at 120 people: eight employees are put in one unit for this.
    const unit = await db.selectFrom('units').select(['id', 'area_id']).orderBy('id').executeTakeFirstOrThrow();
    const moved = (await db.selectFrom('people').select('id').where('deleted', '=', 0).where('roles', '=', '["employee"]')
      .where('unit_id', '!=', unit.id).orderBy('id').limit(8).execute()).map((p) => p.id);
    await db.updateTable('people').set({ unit_id: unit.id }).where('id', 'in', moved).execute();
    const members = (await db.selectFrom('people').select('id').where('unit_id', '=', unit.id).where('deleted', '=', 0).orderBy('id').execute()).map((p) => p.id);
    big = { unitId: unit.id, areaId: unit.area_id, people: members.filter((id) => id !== admin) };
    const other = await db.selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id').select(['people.id', 'people.unit_id'])
      .where('units.area_id', '=', unit.area_id).where('people.unit_id', '!=', unit.id).where('people.deleted', '=', 0)
      .where('people.id', '!=', admin).orderBy('people.id').executeTakeFirstOrThrow();
    neighbour = { unitId: other.unit_id, person: other.id };
  });
  afterAll(async () => { await server.close(); });

  async function push(client: HttpClient, name: string, args: unknown): Promise<Outcome> {
    const reply = await client.request<{ results: Outcome[] }>('POST', '/api/sync/push', { clientId: crypto.randomUUID(), mutations: [{ id: 1, name, args }] });
    expect(reply.status).toBe(200);
    return reply.json.results[0]!;
  }
  const as = (personId: string) => clientFor(server, personId);
  const open = async (by: string, args: Record<string, unknown>) => push(await as(by), 'pulse.open', {
    id: crypto.randomUUID(), title: 'Temperaturmåling', opensAt: iso(Date.now() - 60_000), closesAt: iso(Date.now() + 7 * DAY), ...args,
  });
  const scores = (value: number, questions: readonly number[] = PULSE_QUESTIONS) => Object.fromEntries(questions.map((dlo) => [String(dlo), value]));
  const answer = async (personId: string, pulseId: string, value: number, key = crypto.randomUUID(), text?: string) =>
    push(await as(personId), 'pulse.answer', { pulseId, key, scores: scores(value), ...(text ? { text } : {}) });
  const answers = (pulseId: string) => server.db.kysely.selectFrom('pulse_answers').selectAll().where('pulse_id', '=', pulseId).execute();
  const resultOf = (pulseId: string, kind: PulseScopeKind, id: string | null) => server.db.kysely.selectFrom('pulse_results').select('figures')
    .where('pulse_id', '=', pulseId).where('scope_kind', '=', kind).where((eb) => (id === null ? eb('scope_id', 'is', null) : eb('scope_id', '=', id)))
    .executeTakeFirst().then((row) => (row ? JSON.parse(row.figures) as { answered: number; shown: boolean; base: number; items: { mean: number }[] | null } : undefined));

  it('lets an admin open a pulse for anyone, a leader only for their own unit, and never for fewer than five', async () => {
    const pulseId = crypto.randomUUID();
    expect(await open(admin, { id: pulseId, scopeKind: 'unit', scopeId: big.unitId })).toEqual({ id: 1, status: 'applied' });
    expect(await open(big.people[0]!, { scopeKind: 'municipality' })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    expect(await open(big.people[0]!, { scopeKind: 'unit', scopeId: big.unitId })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    expect(await open(admin, { scopeKind: 'area' })).toMatchObject({ status: 'rejected', error: { code: 'pulse_scope_invalid' } });
    expect(await open(admin, { scopeKind: 'unit', scopeId: 'no-such-unit' })).toMatchObject({ status: 'rejected', error: { code: 'pulse_scope_invalid' } });
    expect(await open(admin, { scopeKind: 'municipality', closesAt: iso(Date.now() - DAY) })).toMatchObject({ status: 'rejected', error: { code: 'pulse_times_invalid' } });
    const tiny = (await server.db.kysely.selectFrom('units').leftJoin('people', (join) => join.onRef('people.unit_id', '=', 'units.id').on('people.deleted', '=', 0))
      .select((eb) => ['units.id', eb.fn.count<number>('people.id').as('people')]).groupBy('units.id').execute()).find((unit) => Number(unit.people) < 5);
    if (tiny) expect(await open(admin, { scopeKind: 'unit', scopeId: tiny.id })).toMatchObject({ status: 'rejected', error: { code: 'pulse_scope_too_small' } });
    expect(await open(admin, { scopeKind: 'municipality', questions: [5, 10] })).toMatchObject({ status: 'rejected', error: { code: 'invalid_args' } });
  });

  it('refuses answers out of scope, before opening, after closing, twice, or not fitting — each with its code, nothing stored', async () => {
    const pulseId = crypto.randomUUID();
    expect((await open(admin, { id: pulseId, scopeKind: 'unit', scopeId: big.unitId, questions: [5, 9, 10] })).status).toBe('applied');
    const fit = { 5: 3, 9: 4, 10: 0 };
    const me = await as(big.people[0]!);
    expect(await push(await as(neighbour.person), 'pulse.answer', { pulseId, key: crypto.randomUUID(), scores: fit })).toMatchObject({ error: { code: 'pulse_not_in_scope' } });
    expect(await push(me, 'pulse.answer', { pulseId, key: crypto.randomUUID(), scores: { 5: 3, 9: 4 } })).toMatchObject({ error: { code: 'pulse_answer_invalid' } });
    expect(await push(me, 'pulse.answer', { pulseId, key: crypto.randomUUID(), scores: { 5: 3, 9: 4, 10: 6 } })).toMatchObject({ error: { code: 'invalid_args' } });
    expect(await push(me, 'pulse.answer', { pulseId: 'no-such-pulse', key: crypto.randomUUID(), scores: fit })).toMatchObject({ error: { code: 'pulse_not_found' } });
    expect(await answers(pulseId)).toEqual([]);

    const key = crypto.randomUUID();
    expect(await push(me, 'pulse.answer', { pulseId, key, scores: fit, text: 'Mere tid til sparring' })).toMatchObject({ status: 'applied' });
    expect(await push(me, 'pulse.answer', { pulseId, key: crypto.randomUUID(), scores: fit })).toMatchObject({ error: { code: 'pulse_already_answered' } });
    // Changed with its key, until it closes.
    expect(await push(me, 'pulse.answer', { pulseId, key, scores: { 5: 5, 9: 5, 10: 5 } })).toMatchObject({ status: 'applied' });
    const stored = await answers(pulseId);
    expect(stored.map((row) => [row.s5, row.s9, row.s10, row.s1, row.text])).toEqual([[5, 5, 5, null, null]]);

    const later = crypto.randomUUID();
    expect((await open(admin, { id: later, scopeKind: 'unit', scopeId: big.unitId, opensAt: iso(Date.now() + DAY), closesAt: iso(Date.now() + 2 * DAY) })).status).toBe('applied');
    expect(await answer(big.people[1]!, later, 3)).toMatchObject({ error: { code: 'pulse_not_open_yet' } });
    expect(await push(await as(admin), 'pulse.close', { id: pulseId })).toMatchObject({ status: 'applied' });
    expect(await push(me, 'pulse.answer', { pulseId, key, scores: fit })).toMatchObject({ error: { code: 'pulse_closed' } });
    expect(await push(await as(big.people[1]!), 'pulse.close', { id: later })).toMatchObject({ error: { code: 'not_allowed' } });
    expect((await answers(pulseId)).map((row) => row.s5)).toEqual([5]);
    expect(await answers(later)).toEqual([]);
  });

  it('shows only the count at four answers and the figures at five, to the unit, and never who answered what', async () => {
    const pulseId = crypto.randomUUID();
    expect((await open(admin, { id: pulseId, scopeKind: 'area', scopeId: big.areaId })).status).toBe('applied');
    const answering = big.people.slice(0, 5);
    for (const [i, person] of answering.slice(0, 4).entries()) expect((await answer(person, pulseId, i + 1, undefined, `Forslag ${i}`)).status).toBe('applied');
    await expect.poll(async () => (await resultOf(pulseId, 'unit', big.unitId))?.answered).toBe(4);
    expect(await resultOf(pulseId, 'unit', big.unitId)).toMatchObject({ shown: false, items: null });
    expect((await answer(answering[4]!, pulseId, 5)).status).toBe('applied');
    await expect.poll(async () => (await resultOf(pulseId, 'unit', big.unitId))?.shown).toBe(true);
    expect((await resultOf(pulseId, 'unit', big.unitId))!.items![0]!.mean).toBe(3);
    // The neighbouring unit's one answer is not in the area's figures: they are the big unit's.
    expect((await answer(neighbour.person, pulseId, 1)).status).toBe('applied');
    await expect.poll(async () => (await resultOf(pulseId, 'area', big.areaId))?.answered).toBe(6);
    expect(await resultOf(pulseId, 'area', big.areaId)).toMatchObject({ shown: true, base: 5 });
    expect((await resultOf(pulseId, 'area', big.areaId))!.items![0]!.mean).toBe(3);

    // Stored: no person in an answer; marks say only who answered, by the day.
    const stored = await answers(pulseId);
    expect(stored).toHaveLength(6);
    const columns = Object.keys(stored[0]!).sort();
    expect(columns).toEqual(['answered_on', 'area_id', 'id', 'key_hash', 'pulse_id', ...['s1', 's10', 's11', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'], 'text', 'unit_id'].sort());
    expect(stored.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row.answered_on))).toBe(true);
    const marks = await server.db.kysely.selectFrom('pulse_marks').selectAll().where('pulse_id', '=', pulseId).execute();
    expect(marks.every((mark) => /^\d{4}-\d{2}-\d{2}$/.test(mark.marked_on))).toBe(true);

    // Pulled by a unit member: the pulse and three results rows (unit, area; no other unit's), with no one's id or name.
    const member = await as(big.people[6] ?? big.people[0]!);
    const reply = await member.request<PullResponse>('GET', `/api/sync/pull?clientId=${crypto.randomUUID()}`);
    const pulseRows = reply.json.changes.filter((change) => change.type === 'pulseResult' && (change.value as { pulseId?: string })?.pulseId === pulseId);
    expect(pulseRows.map((change) => (change.value as { scopeKind: string }).scopeKind).sort()).toEqual(['area', 'unit']);
    expect(pulseRows.some((change) => (change.value as { scopeId: string }).scopeId === neighbour.unitId)).toBe(false);
    const names = await server.db.kysely.selectFrom('people').select(['id', 'name']).where('id', 'in', [...answering, neighbour.person]).execute();
    const pulled = JSON.stringify(reply.json.changes.filter((change) => change.type === 'pulse' || change.type === 'pulseResult'));
    for (const person of names) {
      expect(pulled).not.toContain(person.id);
      expect(pulled).not.toContain(person.name);
    }
    expect(pulled).toContain('Forslag 0'); // the texts, in the shown unit's aggregate

    // The person's own export says that they answered, by the day, and nothing of what.
    const exported = await (await as(answering[0]!)).request<{ pulseChecksAnswered: { pulseId: string; answeredOn: string }[] }>('GET', '/api/me/export');
    expect(exported.json.pulseChecksAnswered).toContainEqual({ pulseId, title: 'Temperaturmåling', answeredOn: new Date().toISOString().slice(0, 10) });
    expect(exported.text).not.toContain('Forslag 0');
  });
});
