// The competence catalogue as an admin keeps it (issue 20, part 4), on SQLite and
// PostgreSQL: only admins; add, rename, synonyms and retire each reach a colleague's phone
// as one small change; a merge keeps every holder at the higher level (and "kan hjælpe"),
// moves a unit's core knowledge and the tags of events and learnings, and a phone that
// pulls afterwards holds exactly what a fresh phone holds; a change pushed for the merged
// competence lands on its survivor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';
import { apiDevice } from '../support/api-device';
import { freshRows, holdingDevice, rowDifferences } from '../support/held-rows';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(DIALECTS)('the competence catalogue on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<'admin' | 'lis' | 'bo' | 'anna', string> = { admin: '', lis: '', bo: '', anna: '' };
  let lisUnit = '';
  beforeAll(async () => {
    server = await startServerFor(dialect);
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
      ids[key] = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', `${key}@fjordby.example`).executeTakeFirstOrThrow()).id;
    }
    lisUnit = (await server.db.kysely.selectFrom('people').select('unit_id').where('id', '=', ids.lis).executeTakeFirstOrThrow()).unit_id;
  });
  afterAll(async () => { await server.close(); });

  const run = async (by: string, name: string, args: Record<string, unknown>) => (await apiDevice(server, by)).run(name, args);
  const competence = (id: string, fields: Record<string, unknown> = {}) => ({
    id, name: `Kompetence ${id}`, category: 'Sundhed og pleje', description: '', synonyms: [], retired: false, ...fields,
  });
  const holding = (competenceId: string) => server.db.kysely.selectFrom('person_competences')
    .select(['person_id', 'level', 'can_help', 'note']).where('competence_id', '=', competenceId).where('deleted', '=', 0).orderBy('person_id').execute();

  it('is refused to employees, organizers and leaders with not_allowed, and nothing changes', async () => {
    for (const by of [ids.anna, ids.bo, ids.lis]) {
      expect(await run(by, 'admin.saveCompetence', competence('k-nope'))).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
      expect(await run(by, 'admin.mergeCompetences', { fromId: 'demens', intoId: 'forflytning' }))
        .toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    }
    expect(await server.db.kysely.selectFrom('competences').select('id').where('id', '=', 'k-nope').executeTakeFirst()).toBeUndefined();
    expect(await server.db.kysely.selectFrom('competences').select('deleted').where('id', '=', 'demens').executeTakeFirstOrThrow()).toEqual({ deleted: 0 });
  });

  it('adds, renames, gives synonyms and retires: each one small change on a colleague\'s phone', async () => {
    const phone = await holdingDevice(server, ids.anna);
    expect(await run(ids.admin, 'admin.saveCompetence', competence('k-tegn', { name: 'Taktilt tegnsprog' }))).toMatchObject({ status: 'applied' });
    expect((await phone.sync()).changes).toEqual([{ op: 'put', type: 'competence', id: 'k-tegn', value: {
      id: 'k-tegn', name: 'Taktilt tegnsprog', category: 'Sundhed og pleje', synonyms: [], description: '',
    } }]);
    // Synonyms once each, without the name itself; spacing tidied.
    expect(await run(ids.admin, 'admin.saveCompetence', competence('k-tegn', {
      name: 'Dansk taktilt tegnsprog', synonyms: ['taktilt tegnsprog', ' TSK ', 'tsk', 'Dansk  Taktilt  Tegnsprog'], description: 'Samtale med døve borgere',
    }))).toMatchObject({ status: 'applied' });
    const renamed = await phone.sync();
    expect(renamed.changes).toEqual([{ op: 'put', type: 'competence', id: 'k-tegn', value: {
      id: 'k-tegn', name: 'Dansk taktilt tegnsprog', category: 'Sundhed og pleje', synonyms: ['taktilt tegnsprog', 'TSK'], description: 'Samtale med døve borgere',
    } }]);
    expect(renamed.bytes).toBeLessThan(1000);
    // Retired: still on the phone (its holders keep it), marked so the pickers leave it out.
    expect(await run(ids.admin, 'admin.saveCompetence', competence('k-tegn', {
      name: 'Dansk taktilt tegnsprog', synonyms: ['taktilt tegnsprog', 'TSK'], description: 'Samtale med døve borgere', retired: true,
    }))).toMatchObject({ status: 'applied' });
    expect((await phone.sync()).changes).toEqual([expect.objectContaining({ op: 'put', id: 'k-tegn', value: expect.objectContaining({ retired: true }) })]);
    // The same again: nothing new anywhere, and no line in the trail.
    const trailBefore = await server.db.kysely.selectFrom('audit_log').select('id').where('action', '=', 'admin.saveCompetence').execute();
    expect(await run(ids.admin, 'admin.saveCompetence', competence('k-tegn', {
      name: 'Dansk taktilt tegnsprog', synonyms: ['TSK', 'taktilt tegnsprog'].reverse(), description: 'Samtale med døve borgere', retired: true,
    }))).toMatchObject({ status: 'applied' });
    expect((await phone.sync()).changes).toEqual([]);
    const trail = await server.db.kysely.selectFrom('audit_log').select(['subject', 'before', 'after']).where('action', '=', 'admin.saveCompetence').orderBy('at').execute();
    expect(trail).toHaveLength(trailBefore.length);
    expect(trail.map((r) => [r.subject, JSON.parse(r.before), JSON.parse(r.after)])).toEqual([
      ['Taktilt tegnsprog', {}, { name: 'Taktilt tegnsprog', category: 'Sundhed og pleje', description: '', synonyms: [], retired: false }],
      ['Dansk taktilt tegnsprog', { name: 'Taktilt tegnsprog', description: '', synonyms: [] }, { name: 'Dansk taktilt tegnsprog', description: 'Samtale med døve borgere', synonyms: ['taktilt tegnsprog', 'TSK'] }],
      ['Dansk taktilt tegnsprog', { retired: false }, { retired: true }],
    ]);
    // A retired competence still takes its holders' changes.
    expect(await run(ids.anna, 'competence.set', { competenceId: 'k-tegn', level: 2, canHelp: false })).toMatchObject({ status: 'applied' });
  });

  it('refuses a name another competence has (case and spacing aside) and a blank one', async () => {
    const demens = await server.db.kysely.selectFrom('competences').select('name').where('id', '=', 'demens').executeTakeFirstOrThrow();
    expect(await run(ids.admin, 'admin.saveCompetence', competence('k-twin', { name: `  ${demens.name.toUpperCase()} ` })))
      .toMatchObject({ status: 'rejected', error: { code: 'competence_name_taken', message: expect.stringMatching(/allerede en kompetence/) } });
    expect(await run(ids.admin, 'admin.saveCompetence', competence('k-blank', { name: '  ' }))).toMatchObject({ status: 'rejected', error: { code: 'invalid_args' } });
    expect(await run(ids.admin, 'admin.saveCompetence', { ...competence('k-extra'), colour: 'red' })).toMatchObject({ status: 'rejected', error: { code: 'invalid_args' } });
  });

  it('merges a duplicate: every holder keeps the higher level, unit needs and tags move, phones match a fresh one', async () => {
    await run(ids.admin, 'admin.saveCompetence', competence('k-dup', { name: 'Demens i eget hjem (gammel)' }));
    await run(ids.admin, 'admin.saveCompetence', competence('k-main', { name: 'Demens i eget hjem' }));
    // Anna holds both (higher in the duplicate, can help only there), Bo the duplicate only, Lis the survivor only.
    await run(ids.anna, 'competence.set', { competenceId: 'k-dup', level: 3, canHelp: true, note: 'Fra kurset' });
    await run(ids.anna, 'competence.set', { competenceId: 'k-main', level: 1, canHelp: false });
    await run(ids.bo, 'competence.set', { competenceId: 'k-dup', level: 2, canHelp: false, note: 'Bo' });
    await run(ids.lis, 'competence.set', { competenceId: 'k-main', level: 2, canHelp: true });
    // Lis's unit needs both; an event and a learning are tagged with the duplicate.
    await run(ids.lis, 'coreKnowledge.set', { unitId: lisUnit, competenceId: 'k-dup', needNow: 3, needIn5Years: 1 });
    await run(ids.lis, 'coreKnowledge.set', { unitId: lisUnit, competenceId: 'k-main', needNow: 1, needIn5Years: 4, level: 3 });
    const seminarId = crypto.randomUUID();
    const start = Date.now() + 10 * DAY;
    expect(await run(ids.bo, 'seminar.create', {
      id: seminarId, title: 'Café om demens', description: '', kind: 'cafe', startsAt: iso(start), endsAt: iso(start + 3_600_000),
      location: 'Rådhuset', capacity: 20, competenceIds: ['k-dup', 'k-main', 'forflytning'],
    })).toMatchObject({ status: 'applied' });
    const learningId = crypto.randomUUID();
    expect(await run(ids.anna, 'learning.create', {
      id: learningId, title: 'Demens', body: 'Hvad jeg lærte.', application: '', sourceKind: 'course', visibility: 'organization', competenceIds: ['k-dup'],
    })).toMatchObject({ status: 'applied' });
    const phones = await Promise.all([ids.anna, ids.lis].map((id) => holdingDevice(server, id)));

    expect(await run(ids.admin, 'admin.mergeCompetences', { fromId: 'k-dup', intoId: 'k-main' })).toMatchObject({ status: 'applied' });

    expect(await holding('k-dup')).toEqual([]);
    expect(await holding('k-main')).toEqual([
      { person_id: ids.anna, level: 3, can_help: 1, note: 'Fra kurset' },
      { person_id: ids.bo, level: 2, can_help: 0, note: 'Bo' },
      { person_id: ids.lis, level: 2, can_help: 1, note: '' },
    ].sort((a, b) => a.person_id.localeCompare(b.person_id)));
    const needs = await server.db.kysely.selectFrom('core_knowledge').select(['competence_id', 'need_now', 'need_in_5_years', 'level'])
      .where('unit_id', '=', lisUnit).where('competence_id', 'in', ['k-dup', 'k-main']).where('deleted', '=', 0).execute();
    expect(needs).toEqual([{ competence_id: 'k-main', need_now: 3, need_in_5_years: 4, level: 3 }]);
    const tags = async (table: 'seminars' | 'learnings', id: string) =>
      JSON.parse((await server.db.kysely.selectFrom(table).select('competence_ids').where('id', '=', id).executeTakeFirstOrThrow()).competence_ids) as string[];
    expect(await tags('seminars', seminarId)).toEqual(['k-main', 'forflytning']);
    expect(await tags('learnings', learningId)).toEqual(['k-main']);

    // Each phone hears of it as small changes, no reset, and then holds what a fresh phone holds.
    for (const phone of phones) {
      const pulled = await phone.sync();
      expect(pulled.pages.some((page) => page.reset)).toBe(false);
      expect(pulled.changes).toContainEqual({ op: 'del', type: 'competence', id: 'k-dup' });
      expect(rowDifferences(phone.rows, await freshRows(server, phone.personId))).toEqual([]);
    }
    const trail = await server.db.kysely.selectFrom('audit_log').select(['subject', 'after']).where('action', '=', 'admin.mergeCompetences').executeTakeFirstOrThrow();
    expect({ subject: trail.subject, after: JSON.parse(trail.after) }).toEqual({
      subject: 'Demens i eget hjem (gammel) → Demens i eget hjem', after: { into: 'Demens i eget hjem', holders: 2, coreKnowledge: 1, seminars: 1, learnings: 1 },
    });
  });

  it('lands a change pushed for the merged competence on its survivor, and the same merge twice is done once', async () => {
    // A phone offline since before the merge: Bo raises his level, Lis's unit changes its need, Anna tags a learning.
    expect(await run(ids.bo, 'competence.set', { competenceId: 'k-dup', level: 3, canHelp: true })).toMatchObject({ status: 'applied' });
    expect(await holding('k-main')).toContainEqual({ person_id: ids.bo, level: 3, can_help: 1, note: '' });
    expect(await run(ids.lis, 'coreKnowledge.set', { unitId: lisUnit, competenceId: 'k-dup', needNow: 5, needIn5Years: 5 })).toMatchObject({ status: 'applied' });
    expect(await server.db.kysely.selectFrom('core_knowledge').select('need_now').where('id', '=', `${lisUnit}:k-main`).executeTakeFirstOrThrow()).toEqual({ need_now: 5 });
    const learningId = crypto.randomUUID();
    expect(await run(ids.anna, 'learning.create', {
      id: learningId, title: 'Igen', body: 'Mere.', application: '', sourceKind: 'other', visibility: 'organization', competenceIds: ['k-dup', 'k-main'],
    })).toMatchObject({ status: 'applied' });
    expect((await server.db.kysely.selectFrom('learnings').select('competence_ids').where('id', '=', learningId).executeTakeFirstOrThrow()).competence_ids).toBe('["k-main"]');
    expect(await run(ids.admin, 'admin.mergeCompetences', { fromId: 'k-dup', intoId: 'k-main' })).toMatchObject({ status: 'applied' });
    expect(await server.db.kysely.selectFrom('audit_log').select('id').where('action', '=', 'admin.mergeCompetences').execute()).toHaveLength(1);
  });

  it('refuses a merge into itself, with a competence that is gone, and bringing a merged one back', async () => {
    expect(await run(ids.admin, 'admin.mergeCompetences', { fromId: 'k-main', intoId: 'k-main' }))
      .toMatchObject({ status: 'rejected', error: { code: 'competence_merge_same' } });
    expect(await run(ids.admin, 'admin.mergeCompetences', { fromId: 'k-nowhere', intoId: 'k-main' }))
      .toMatchObject({ status: 'rejected', error: { code: 'competence_not_found' } });
    expect(await run(ids.admin, 'admin.mergeCompetences', { fromId: 'k-main', intoId: 'k-dup' }))
      .toMatchObject({ status: 'rejected', error: { code: 'competence_not_found' } });
    expect(await run(ids.admin, 'admin.saveCompetence', competence('k-dup', { name: 'Tilbage igen' })))
      .toMatchObject({ status: 'rejected', error: { code: 'competence_not_found' } });
  });

  it('follows merges in a row: a change for the first duplicate lands on the last survivor', async () => {
    await run(ids.admin, 'admin.saveCompetence', competence('k-third', { name: 'Demens og pårørende' }));
    expect(await run(ids.admin, 'admin.mergeCompetences', { fromId: 'k-main', intoId: 'k-third' })).toMatchObject({ status: 'applied' });
    expect(await run(ids.anna, 'competence.set', { competenceId: 'k-dup', level: 1, canHelp: true, note: 'Igen' })).toMatchObject({ status: 'applied' });
    expect(await holding('k-third')).toContainEqual({ person_id: ids.anna, level: 1, can_help: 1, note: 'Igen' });
    expect(await holding('k-main')).toEqual([]);
  });
});
