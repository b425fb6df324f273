// admin.mergeUnits on SQLite and PostgreSQL (issue 20, part 3): only admins; the merged
// unit's people, core knowledge (needs added up), plan and "min enhed" learnings move to
// the survivor; the unit leaves every phone; a moved person's phone and a colleague's in
// the survivor hold, after their next pull, exactly what a fresh phone holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';
import { apiDevice } from '../support/api-device';
import { freshRows, holdingDevice, rowDifferences } from '../support/held-rows';

describe.each(DIALECTS)('an admin merging two units on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<'admin' | 'lis' | 'bo' | 'anna', string> = { admin: '', lis: '', bo: '', anna: '' };
  let colleague = '';
  beforeAll(async () => {
    server = await startServerFor(dialect);
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
      ids[key] = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', `${key}@fjordby.example`).executeTakeFirstOrThrow()).id;
    }
    colleague = (await server.db.kysely.selectFrom('people').select('id').where('id', 'not in', Object.values(ids))
      .where('roles', '=', '["employee"]').where('deleted', '=', 0).orderBy('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => { await server.close(); });

  const run = async (by: string, name: string, args: Record<string, unknown>) => (await apiDevice(server, by)).run(name, args);
  const unitOf = async (personId: string) => (await server.db.kysely.selectFrom('people').select('unit_id').where('id', '=', personId).executeTakeFirstOrThrow()).unit_id;

  it('moves people, needs, the plan and unit learnings to the survivor; phones match a fresh one', async () => {
    const areaId = (await server.db.kysely.selectFrom('areas').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    expect(await run(ids.admin, 'admin.saveUnit', { id: 'u-gammel', name: 'Hjemmeplejen Nord (gammel)', areaId })).toMatchObject({ status: 'applied' });
    expect(await run(ids.admin, 'admin.saveUnit', { id: 'u-ny', name: 'Hjemmeplejen Nord', areaId })).toMatchObject({ status: 'applied' });
    for (const [person, unitId] of [[ids.anna, 'u-gammel'], [ids.bo, 'u-gammel'], [colleague, 'u-ny']] as const) {
      expect(await run(ids.admin, 'admin.updatePerson', { personId: person, unitId })).toMatchObject({ status: 'applied' });
    }
    // Both units need dementia care; only the old one fall prevention; the old one has a strategy.
    expect(await run(ids.admin, 'coreKnowledge.set', { unitId: 'u-gammel', competenceId: 'demens', needNow: 2, needIn5Years: 3, note: 'Nat' })).toMatchObject({ status: 'applied' });
    expect(await run(ids.admin, 'coreKnowledge.set', { unitId: 'u-ny', competenceId: 'demens', needNow: 1, needIn5Years: 4, level: 3, note: 'Dag' })).toMatchObject({ status: 'applied' });
    expect(await run(ids.admin, 'coreKnowledge.set', { unitId: 'u-gammel', competenceId: 'forflytning', needNow: 1, needIn5Years: 1 })).toMatchObject({ status: 'applied' });
    expect(await run(ids.admin, 'unit.setStrategy', { unitId: 'u-gammel', strategy: 'Vi lærer af hinanden.' })).toMatchObject({ status: 'applied' });
    const learningId = crypto.randomUUID();
    expect(await run(ids.anna, 'learning.create', {
      id: learningId, title: 'Aftenbesøg', body: 'Faste rutiner.', application: '', sourceKind: 'course', visibility: 'unit',
    })).toMatchObject({ status: 'applied' });
    const phones = await Promise.all([ids.anna, colleague].map((id) => holdingDevice(server, id)));
    expect(phones[1]!.rows.has(`learning ${learningId}`)).toBe(false);

    expect(await run(ids.admin, 'admin.mergeUnits', { fromId: 'u-gammel', intoId: 'u-ny' })).toMatchObject({ status: 'applied' });

    expect([await unitOf(ids.anna), await unitOf(ids.bo), await unitOf(colleague)]).toEqual(['u-ny', 'u-ny', 'u-ny']);
    const needs = await server.db.kysely.selectFrom('core_knowledge').select(['unit_id', 'competence_id', 'need_now', 'need_in_5_years', 'level', 'note'])
      .where('unit_id', 'in', ['u-gammel', 'u-ny']).where('deleted', '=', 0).orderBy('competence_id').execute();
    expect(needs).toEqual([
      { unit_id: 'u-ny', competence_id: 'demens', need_now: 3, need_in_5_years: 7, level: 3, note: 'Dag\nNat' },
      { unit_id: 'u-ny', competence_id: 'forflytning', need_now: 1, need_in_5_years: 1, level: 2, note: '' },
    ]);
    expect(await server.db.kysely.selectFrom('unit_plans').select(['id', 'strategy']).where('deleted', '=', 0).where('id', 'in', ['u-gammel', 'u-ny']).execute())
      .toEqual([{ id: 'u-ny', strategy: 'Vi lærer af hinanden.' }]);
    expect(await server.db.kysely.selectFrom('units').select('deleted').where('id', '=', 'u-gammel').executeTakeFirstOrThrow()).toEqual({ deleted: 1 });

    for (const phone of phones) {
      const pulled = await phone.sync();
      expect(pulled.changes).toContainEqual({ op: 'del', type: 'unit', id: 'u-gammel' });
      expect(rowDifferences(phone.rows, await freshRows(server, phone.personId))).toEqual([]);
    }
    // The colleague in the survivor now sees what Anna shared with "min enhed".
    expect(phones[1]!.rows.has(`learning ${learningId}`)).toBe(true);
    const trail = await server.db.kysely.selectFrom('audit_log').select(['subject', 'after']).where('action', '=', 'admin.mergeUnits').executeTakeFirstOrThrow();
    expect({ subject: trail.subject, after: JSON.parse(trail.after) }).toEqual({
      subject: 'Hjemmeplejen Nord (gammel) → Hjemmeplejen Nord', after: { into: 'Hjemmeplejen Nord', people: 2, coreKnowledge: 2, learnings: 1 },
    });
  });

  it('is refused to employees, organizers and leaders, into itself, and for a unit that is gone', async () => {
    const [first, second] = (await server.db.kysely.selectFrom('units').select('id').where('deleted', '=', 0).orderBy('id').limit(2).execute()).map((r) => r.id);
    for (const by of [ids.anna, ids.bo, ids.lis]) {
      expect(await run(by, 'admin.mergeUnits', { fromId: first, intoId: second })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    }
    expect(await server.db.kysely.selectFrom('units').select('deleted').where('id', '=', first!).executeTakeFirstOrThrow()).toEqual({ deleted: 0 });
    expect(await run(ids.admin, 'admin.mergeUnits', { fromId: first, intoId: first })).toMatchObject({ status: 'rejected', error: { code: 'unit_merge_same' } });
    expect(await run(ids.admin, 'admin.mergeUnits', { fromId: 'u-gammel', intoId: first })).toMatchObject({ status: 'rejected', error: { code: 'unit_not_found' } });
    expect(await run(ids.admin, 'admin.mergeUnits', { fromId: first, intoId: 'u-gammel' })).toMatchObject({ status: 'rejected', error: { code: 'unit_not_found' } });
  });
});
