// A unit's core knowledge over the real HTTP API on SQLite and PostgreSQL (issue 11): only
// the unit's leader and admins change it, refusals carry their own codes, members read
// their own unit's rows and nobody else receives them (not even as tombstones), and a
// person who moves unit gets the new unit's rows and loses the old ones without a reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { apiDevice } from '../support/api-device';
import type { TestServer } from '../support/test-server';
import type { Change } from '../../src/shared/protocol';
import { reserveVersions } from '../../src/server/db/versions';
import { movePersonToUnit } from '../../src/server/db/learnings';

describe.each(DIALECTS)('unit core knowledge on %s', (dialect) => {
  let server: TestServer;
  let lisUnit: string;
  let otherUnit: string;
  let ids: { anna: string; lis: string; admin: string; otherLeader: string; outsider: string; mover: string };
  const db = () => server.db.kysely;
  const byEmail = async (email: string) =>
    (await db().selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const row = (unitId: string, competenceId: string) =>
    db().selectFrom('core_knowledge').selectAll().where('unit_id', '=', unitId).where('competence_id', '=', competenceId).executeTakeFirst();
  const set = (unitId: string, competenceId: string, needNow: number, needIn5Years: number, extra: object = {}) =>
    ({ unitId, competenceId, needNow, needIn5Years, ...extra });
  const ofType = (changes: Change[], type: Change['type']) => changes.filter((c) => c.type === type);

  beforeAll(async () => {
    server = await startServerFor(dialect);
    const [anna, lis, admin] = await Promise.all(['anna', 'lis', 'admin'].map((n) => byEmail(`${n}@fjordby.example`)));
    lisUnit = (await db().selectFrom('people').select('unit_id').where('id', '=', lis!).executeTakeFirstOrThrow()).unit_id;
    const people = await db().selectFrom('people').select(['id', 'unit_id', 'roles']).where('deleted', '=', 0).orderBy('id').execute();
    const plainIn = (unitId: string) => people.filter((p) => p.roles === '["employee"]' && p.unit_id === unitId);
    // Another unit with a leader of its own and two ordinary employees.
    const otherLeader = people.find((p) => p.unit_id !== lisUnit && p.roles.includes('leader') && !p.roles.includes('admin')
      && plainIn(p.unit_id).length >= 2)!;
    otherUnit = otherLeader.unit_id;
    const plain = plainIn(otherUnit);
    ids = { anna: anna!, lis: lis!, admin: admin!, otherLeader: otherLeader.id, outsider: plain[0]!.id, mover: plain[1]!.id };
  });
  afterAll(async () => { await server.close(); });

  it('lets the unit\'s leader set a need (level 2 unless given) and keeps the note when only numbers change', async () => {
    const lis = await apiDevice(server, ids.lis);
    expect(await lis.run('coreKnowledge.set', set(lisUnit, 'saarpleje', 3, 5, { note: 'Flere kroniske sår' }))).toEqual({ id: 1, status: 'applied' });
    expect(await row(lisUnit, 'saarpleje')).toMatchObject({ need_now: 3, need_in_5_years: 5, level: 2, note: 'Flere kroniske sår', deleted: 0 });
    expect((await lis.run('coreKnowledge.set', set(lisUnit, 'saarpleje', 4, 6, { level: 3 }))).status).toBe('applied');
    expect(await row(lisUnit, 'saarpleje')).toMatchObject({ need_now: 4, need_in_5_years: 6, level: 3, note: 'Flere kroniske sår' });
    expect((await lis.run('coreKnowledge.set', set(lisUnit, 'saarpleje', 0, 500))).status).toBe('applied');
    expect(await row(lisUnit, 'saarpleje')).toMatchObject({ need_now: 0, need_in_5_years: 500, level: 3 });
    expect((await lis.run('unit.setStrategy', { unitId: lisUnit, strategy: 'To lærer sårpleje af Maja.' })).status).toBe('applied');
    const heldAt = new Date(Date.now() - 3_600_000).toISOString();
    expect((await lis.run('unit.markLearningMeeting', { unitId: lisUnit, heldAt })).status).toBe('applied');
    expect(await db().selectFrom('unit_plans').selectAll().where('id', '=', lisUnit).executeTakeFirstOrThrow())
      .toMatchObject({ unit_id: lisUnit, strategy: 'To lærer sårpleje af Maja.', last_learning_meeting_at: heldAt, deleted: 0 });
    expect((await lis.run('coreKnowledge.remove', { unitId: lisUnit, competenceId: 'saarpleje' })).status).toBe('applied');
    expect(await row(lisUnit, 'saarpleje')).toMatchObject({ deleted: 1 });
    // Removing it again is what she wanted: applied, nothing more.
    expect((await lis.run('coreKnowledge.remove', { unitId: lisUnit, competenceId: 'saarpleje' })).status).toBe('applied');
  });

  it('refuses members, other units\' leaders and strangers with not_unit_leader; admins may edit any unit', async () => {
    const [anna, otherLeader, admin] = await Promise.all([ids.anna, ids.otherLeader, ids.admin].map((id) => apiDevice(server, id)));
    for (const device of [anna!, otherLeader!]) {
      for (const [name, args] of [
        ['coreKnowledge.set', set(lisUnit, 'demens', 1, 2)],
        ['coreKnowledge.remove', { unitId: lisUnit, competenceId: 'demens' }],
        ['unit.setStrategy', { unitId: lisUnit, strategy: 'Ikke min at skrive' }],
        ['unit.markLearningMeeting', { unitId: lisUnit, heldAt: new Date().toISOString() }],
      ] as const) {
        expect(await device.run(name, args)).toMatchObject({ status: 'rejected', error: { code: 'not_unit_leader', message: expect.stringMatching(/Kun enhedens leder/) } });
      }
    }
    expect(await row(lisUnit, 'demens')).not.toMatchObject({ need_now: 1, need_in_5_years: 2 });
    // The other leader leads their own unit; the admin any.
    expect((await otherLeader!.run('coreKnowledge.set', set(otherUnit, 'demens', 2, 3))).status).toBe('applied');
    expect((await admin!.run('coreKnowledge.set', set(otherUnit, 'forflytning', 1, 1))).status).toBe('applied');
    expect((await admin!.run('unit.setStrategy', { unitId: otherUnit, strategy: 'Aftalt med lederen' })).status).toBe('applied');
    expect(await row(otherUnit, 'forflytning')).toMatchObject({ need_now: 1, deleted: 0 });
  });

  it('refuses absurd needs, unknown or removed competences, unknown units and future meetings with stable codes', async () => {
    const lis = await apiDevice(server, ids.lis);
    const refused = async (name: string, args: object, code: string) =>
      expect(await lis.run(name, args)).toMatchObject({ status: 'rejected', error: { code } });
    await refused('coreKnowledge.set', set(lisUnit, 'demens', -1, 2), 'need_out_of_range');
    await refused('coreKnowledge.set', set(lisUnit, 'demens', 2, 501), 'need_out_of_range');
    await refused('coreKnowledge.set', set(lisUnit, 'demens', 1.5, 2), 'invalid_args');
    await refused('coreKnowledge.set', set(lisUnit, 'findes-ikke', 1, 2), 'competence_not_found');
    await refused('coreKnowledge.set', set(lisUnit, 'demens', 1, 2, { level: 4 }), 'invalid_args');
    await refused('coreKnowledge.set', set('u-findes-ikke', 'demens', 1, 2), 'unit_not_found');
    const future = new Date(Date.now() + 3_600_000).toISOString();
    await refused('unit.markLearningMeeting', { unitId: lisUnit, heldAt: future }, 'learning_meeting_in_future');
    // A phone clock a minute ahead is not the future.
    expect((await lis.run('unit.markLearningMeeting', { unitId: lisUnit, heldAt: new Date(Date.now() + 60_000).toISOString() })).status).toBe('applied');
    // A competence taken out of the catalogue cannot be asked for any more, but its row can be removed.
    expect((await lis.run('coreKnowledge.set', set(lisUnit, 'tryksaar', 1, 1))).status).toBe('applied');
    const [version] = [await reserveVersions(db(), 1)];
    await db().updateTable('competences').set({ deleted: 1, version }).where('id', '=', 'tryksaar').execute();
    await refused('coreKnowledge.set', set(lisUnit, 'tryksaar', 2, 2), 'competence_not_found');
    expect((await lis.run('coreKnowledge.remove', { unitId: lisUnit, competenceId: 'tryksaar' })).status).toBe('applied');
    expect(await row(lisUnit, 'tryksaar')).toMatchObject({ deleted: 1 });
  });

  it('sends a unit\'s core knowledge and plan to its members and admins only, filtered in the query', async () => {
    const [anna, outsider, admin, lis] = await Promise.all([ids.anna, ids.outsider, ids.admin, ids.lis].map((id) => apiDevice(server, id)));
    const units = (changes: Change[], type: Change['type']) =>
      [...new Set(ofType(changes, type).map((c) => String((c.value as { unitId: string } | undefined)?.unitId ?? c.id.split(':')[0])))].sort();
    const [annaAll, outsiderAll, adminAll] = await Promise.all([anna!.pullAll(), outsider!.pullAll(), admin!.pullAll()]);
    expect(units(annaAll, 'coreKnowledge')).toEqual([lisUnit]);
    expect(units(annaAll, 'unitPlan')).toEqual([lisUnit]);
    expect(units(outsiderAll, 'coreKnowledge')).toEqual([otherUnit]);
    expect(units(outsiderAll, 'unitPlan')).toEqual([otherUnit]);
    expect(units(adminAll, 'coreKnowledge')).toEqual(expect.arrayContaining([lisUnit, otherUnit]));
    expect(ofType(annaAll, 'coreKnowledge').find((c) => c.id === `${lisUnit}:demens`)?.value).toMatchObject({ level: expect.any(Number) });

    // Incremental: a change of Lis's unit reaches Anna; the outsider gets not even a tombstone.
    await Promise.all([anna!.pullNew(), outsider!.pullNew()]);
    expect((await lis!.run('coreKnowledge.set', set(lisUnit, 'palliation', 2, 4, { note: 'Nyt hospice' }))).status).toBe('applied');
    expect((await lis!.run('unit.setStrategy', { unitId: lisUnit, strategy: 'Palliation med hospicet' })).status).toBe('applied');
    const [annaNew, outsiderNew] = await Promise.all([anna!.pullNew(), outsider!.pullNew()]);
    expect(ofType(annaNew.changes, 'coreKnowledge')).toContainEqual({
      type: 'coreKnowledge', op: 'put', id: `${lisUnit}:palliation`,
      value: { id: `${lisUnit}:palliation`, unitId: lisUnit, competenceId: 'palliation', level: 2, needNow: 2, needIn5Years: 4, note: 'Nyt hospice' },
    });
    expect(ofType(annaNew.changes, 'unitPlan').at(-1)?.value).toMatchObject({ strategy: 'Palliation med hospicet' });
    expect(ofType(outsiderNew.changes, 'coreKnowledge')).toEqual([]);
    expect(ofType(outsiderNew.changes, 'unitPlan')).toEqual([]);
    expect((await lis!.run('coreKnowledge.remove', { unitId: lisUnit, competenceId: 'palliation' })).status).toBe('applied');
    const [annaDel, outsiderDel] = await Promise.all([anna!.pullNew(), outsider!.pullNew()]);
    expect(annaDel.changes).toContainEqual({ type: 'coreKnowledge', op: 'del', id: `${lisUnit}:palliation` });
    expect(outsiderDel.changes.filter((c) => c.id.startsWith(`${lisUnit}:`) || c.id === lisUnit)).toEqual([]);
  });

  it('counts the unit\'s attendance per event for its members, never who, and never for other units', async () => {
    const [anna, outsider] = await Promise.all([ids.anna, ids.outsider].map((id) => apiDevice(server, id)));
    await Promise.all([anna!.pullAll(), outsider!.pullAll()]);
    await Promise.all([anna!.pullNew(), outsider!.pullNew()]);
    const seminarId = `s-ck-${crypto.randomUUID().slice(0, 8)}`;
    const first = await reserveVersions(db(), 3);
    await db().insertInto('seminars').values({
      id: seminarId, title: 'Demens i eget hjem', description: '', kind: 'course', starts_at: '2026-10-01T08:00:00.000Z',
      ends_at: '2026-10-01T12:00:00.000Z', location: 'Rådhuset', capacity: 10, signup_deadline: null, network_id: null,
      dlo: '[10,5]', competence_ids: '["demens"]', organizer_id: ids.admin, status: 'scheduled', checkin_code: 'x',
      confirmed_count: 2, waitlist_count: 0, waitlist_last: 0, version: first, deleted: 0,
    }).execute();
    const signup = (personId: string, checkedIn: boolean, version: number) => ({
      id: `${seminarId}:${personId}`, seminar_id: seminarId, person_id: personId, status: 'confirmed' as const, position: null,
      checked_in_at: checkedIn ? '2026-10-01T08:05:00.000Z' : null, created_at: '2026-09-01T08:00:00.000Z', version, deleted: 0,
    });
    await db().insertInto('signups').values([signup(ids.lis, true, first + 1), signup(ids.anna, false, first + 2)]).execute();
    const [annaNew, outsiderNew] = await Promise.all([anna!.pullNew(), outsider!.pullNew()]);
    expect(ofType(annaNew.changes, 'unitAttendance')).toEqual([{
      type: 'unitAttendance', op: 'put', id: `${lisUnit}:${seminarId}`, value: { id: `${lisUnit}:${seminarId}`, unitId: lisUnit, seminarId, count: 1 },
    }]);
    // Anna does not receive Lis's sign-up: a count, never who.
    expect(annaNew.changes.filter((c) => c.type === 'signup' && c.id.includes(ids.lis))).toEqual([]);
    expect(ofType(outsiderNew.changes, 'unitAttendance')).toEqual([]);
    // Anna is ticked present later: the count comes again.
    await db().updateTable('signups').set({ checked_in_at: '2026-10-01T08:30:00.000Z', version: await reserveVersions(db(), 1) })
      .where('id', '=', `${seminarId}:${ids.anna}`).execute();
    expect(ofType((await anna!.pullNew()).changes, 'unitAttendance').map((c) => c.value)).toEqual([expect.objectContaining({ count: 2 })]);
  });

  it('gives a person who moves unit the new unit\'s rows and takes the old unit\'s, without a reset', async () => {
    const mover = await apiDevice(server, ids.mover);
    const before = await mover.pullAll();
    expect(ofType(before, 'coreKnowledge').some((c) => c.id.startsWith(`${otherUnit}:`))).toBe(true);
    expect(ofType(before, 'coreKnowledge').some((c) => c.id.startsWith(`${lisUnit}:`))).toBe(false);
    await mover.pullNew();
    expect(await movePersonToUnit(db(), ids.mover, lisUnit)).toBe(true);
    const { changes, pages } = await mover.pullNew();
    expect(pages.every((p) => !p.reset)).toBe(true);
    const lisRows = await db().selectFrom('core_knowledge').select('id').where('unit_id', '=', lisUnit).where('deleted', '=', 0).execute();
    const otherRows = await db().selectFrom('core_knowledge').select('id').where('unit_id', '=', otherUnit).where('deleted', '=', 0).execute();
    expect(lisRows.length).toBeGreaterThan(0);
    const puts = ofType(changes, 'coreKnowledge').filter((c) => c.op === 'put').map((c) => c.id).sort();
    const dels = ofType(changes, 'coreKnowledge').filter((c) => c.op === 'del').map((c) => c.id).sort();
    expect(puts).toEqual(lisRows.map((r) => r.id).sort());
    expect(dels).toEqual(otherRows.map((r) => r.id).sort());
    expect(changes).toContainEqual(expect.objectContaining({ type: 'unitPlan', op: 'put', id: lisUnit }));
    expect(changes).toContainEqual({ type: 'unitPlan', op: 'del', id: otherUnit });
    // And the next pull is quiet again: the move is sent once.
    expect(ofType((await mover.pullNew()).changes, 'coreKnowledge')).toEqual([]);
  });
});
