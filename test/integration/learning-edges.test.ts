// Edges of the learning log and a unit's plan over the real HTTP API on SQLite and
// PostgreSQL: a delete or a removal that repeats sends nothing new; an edit keeps tags
// retired since, can change or clear the event it came from, and leaves a unit learning
// with the unit it was shared with after its author moved; a learning meeting is stored
// in one form (UTC, milliseconds) whatever offset the phone sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { apiDevice, type ApiDevice } from '../support/api-device';
import type { TestServer } from '../support/test-server';
import type { Change } from '../../src/shared/protocol';
import { movePersonToUnit } from '../../src/server/db/learnings';
import { reserveVersions } from '../../src/server/db/versions';

const HOUR = 3_600_000;
const SEMINAR = 's-temadag-rehabilitering';

describe.each(DIALECTS)('learning and unit plan edges on %s', (dialect) => {
  let server: TestServer;
  let author: ApiDevice;
  let colleague: ApiDevice;
  let lis: ApiDevice;
  let authorId: string;
  let homeUnit: string;
  let otherUnit: string;
  let lisUnit: string;

  beforeAll(async () => {
    server = await startServerFor(dialect);
    const db = server.db.kysely;
    const people = await db.selectFrom('people').select(['id', 'unit_id', 'roles', 'email']).where('deleted', '=', 0).orderBy('id').execute();
    const lisRow = people.find((p) => p.email === 'lis@fjordby.example')!;
    lisUnit = lisRow.unit_id;
    const plain = people.filter((p) => p.roles === '["employee"]' && !p.email.startsWith('anna@') && p.unit_id !== lisUnit);
    const byUnit = new Map<string, string[]>();
    for (const p of plain) byUnit.set(p.unit_id, [...(byUnit.get(p.unit_id) ?? []), p.id]);
    const units = [...byUnit.entries()].filter(([, ids]) => ids.length >= 2);
    [homeUnit, otherUnit] = [units[0]![0], units[1]![0]];
    authorId = units[0]![1][0]!;
    [author, colleague, lis] = await Promise.all([apiDevice(server, authorId), apiDevice(server, units[0]![1][1]!), apiDevice(server, lisRow.id)]);
    expect(await db.selectFrom('seminars').select('id').where('id', '=', SEMINAR).executeTakeFirst()).toBeDefined();
  });
  afterAll(async () => { await server.close(); });

  const learning = (fields: Record<string, unknown> = {}) => ({
    id: crypto.randomUUID(), title: 'Forflytning med glidestykke', body: 'Det lærte jeg på temadagen.',
    sourceKind: 'seminar', visibility: 'unit', ...fields,
  });
  const about = (changes: Change[], type: Change['type'], id: string) => changes.filter((c) => c.type === type && c.id === id);
  const rejected = (code: string) => ({ status: 'rejected', error: { code } });

  it('sends a repeated delete of a learning, or removal of a need, as nothing new', async () => {
    const fields = learning({ visibility: 'private' });
    expect((await author.run('learning.create', fields)).status).toBe('applied');
    await author.pullAll();
    expect((await author.run('learning.delete', { id: fields.id })).status).toBe('applied');
    expect(about((await author.pullNew()).changes, 'learning', fields.id)).toEqual([{ type: 'learning', op: 'del', id: fields.id }]);
    expect((await author.run('learning.delete', { id: fields.id })).status).toBe('applied');
    expect(about((await author.pullNew()).changes, 'learning', fields.id)).toEqual([]);

    const need = { unitId: lisUnit, competenceId: 'demens', needNow: 2, needIn5Years: 3 };
    expect((await lis.run('coreKnowledge.set', need)).status).toBe('applied');
    await lis.pullAll();
    const id = `${lisUnit}:demens`;
    expect((await lis.run('coreKnowledge.remove', { unitId: lisUnit, competenceId: 'demens' })).status).toBe('applied');
    expect(about((await lis.pullNew()).changes, 'coreKnowledge', id)).toEqual([{ type: 'coreKnowledge', op: 'del', id }]);
    expect((await lis.run('coreKnowledge.remove', { unitId: lisUnit, competenceId: 'demens' })).status).toBe('applied');
    expect(about((await lis.pullNew()).changes, 'coreKnowledge', id)).toEqual([]);
  });

  it('keeps a tag retired since it was set, and changes or clears the event a learning came from', async () => {
    const fields = learning({ competenceIds: ['demens', 'palliation'], seminarId: SEMINAR });
    expect((await author.run('learning.create', fields)).status).toBe('applied');
    const db = server.db.kysely;
    await db.updateTable('competences').set({ deleted: 1, version: await reserveVersions(db, 1) }).where('id', '=', 'palliation').execute();
    const update = (changes: Record<string, unknown>) => author.run('learning.update', { id: fields.id, baseVersion: 1, ...changes });

    await author.pullAll();
    // The device sends the whole learning again, retired tag and all: applied.
    expect((await update({ title: 'Glidestykket i praksis', competenceIds: ['demens', 'palliation'] })).status).toBe('applied');
    // Another live competence may join it; a retired one newly tagged is refused.
    expect((await update({ competenceIds: ['demens', 'palliation', 'tryksaar'] })).status).toBe('applied');
    await db.updateTable('competences').set({ deleted: 1, version: await reserveVersions(db, 1) }).where('id', '=', 'forflytning').execute();
    expect(await update({ competenceIds: ['demens', 'forflytning'] })).toMatchObject(rejected('competence_not_found'));
    expect(about((await author.pullNew()).changes, 'learning', fields.id).at(-1)?.value)
      .toMatchObject({ title: 'Glidestykket i praksis', competenceIds: ['demens', 'palliation', 'tryksaar'], seminarId: SEMINAR });

    expect(await update({ seminarId: 's-findes-ikke' })).toMatchObject(rejected('seminar_not_found'));
    expect((await update({ seminarId: null })).status).toBe('applied');
    expect(about((await author.pullNew()).changes, 'learning', fields.id).at(-1)?.value).toMatchObject({ seminarId: null });
    expect((await update({ seminarId: SEMINAR })).status).toBe('applied');
    expect(about((await author.pullNew()).changes, 'learning', fields.id).at(-1)?.value).toMatchObject({ seminarId: SEMINAR });
  });

  it('leaves a unit learning with the unit it was shared with when its author edits it after moving, and takes the old unit\'s counts', async () => {
    const fields = learning();
    expect((await author.run('learning.create', fields)).status).toBe('applied');
    // Someone of the old unit has signed up for an event: that unit's attendance page counts it.
    const bo = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', 'bo@fjordby.example').executeTakeFirstOrThrow()).id;
    const seminarId = crypto.randomUUID();
    const start = Date.now() + 24 * HOUR;
    expect((await (await apiDevice(server, bo)).run('seminar.create', {
      id: seminarId, title: 'Forflytningskursus', description: '', kind: 'course', startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + HOUR).toISOString(), location: 'Træningscentret', capacity: 5,
    })).status).toBe('applied');
    expect((await colleague.run('signup.request', { seminarId })).status).toBe('applied');
    const attendanceId = `${homeUnit}:${seminarId}`;
    expect(about(await author.pullAll(), 'unitAttendance', attendanceId).map((c) => c.op)).toEqual(['put']);
    await colleague.pullAll();

    expect(await movePersonToUnit(server.db.kysely, authorId, otherUnit)).toBe(true);
    expect((await author.run('learning.update', { id: fields.id, baseVersion: 1, title: 'Skrevet efter flytningen' })).status).toBe('applied');
    const seen = about((await colleague.pullNew()).changes, 'learning', fields.id);
    expect(seen.map((c) => [c.op, c.value?.title])).toEqual([['put', 'Skrevet efter flytningen']]);
    expect((await server.db.kysely.selectFrom('learnings').select('unit_id').where('id', '=', fields.id).executeTakeFirstOrThrow()).unit_id).toBe(homeUnit);
    // The mover's device no longer holds the old unit's attendance.
    expect(about((await author.pullNew()).changes, 'unitAttendance', attendanceId)).toEqual([{ type: 'unitAttendance', op: 'del', id: attendanceId }]);
  });

  it('stores when a learning meeting was held in UTC with milliseconds, whatever offset the phone sent', async () => {
    const held = new Date(Date.now() - 2 * 24 * HOUR);
    held.setUTCMilliseconds(0);
    // The same moment as a Danish winter phone writes it: local time, +01:00, no milliseconds.
    const sent = `${new Date(held.getTime() + HOUR).toISOString().slice(0, 19)}+01:00`;
    await lis.pullAll();
    expect((await lis.run('unit.markLearningMeeting', { unitId: lisUnit, heldAt: sent })).status).toBe('applied');
    const before = Date.now();
    expect(about((await lis.pullNew()).changes, 'unitPlan', lisUnit).at(-1)?.value).toMatchObject({ lastLearningMeetingAt: held.toISOString() });
    // The plan says when it last changed: just now.
    expect((await lis.run('unit.setStrategy', { unitId: lisUnit, strategy: 'Læringsmøde hver måned' })).status).toBe('applied');
    const plan = about((await lis.pullNew()).changes, 'unitPlan', lisUnit).at(-1)?.value;
    expect(plan).toMatchObject({ id: lisUnit, unitId: lisUnit, strategy: 'Læringsmøde hver måned', lastLearningMeetingAt: held.toISOString() });
    expect(Date.parse(String(plan?.updatedAt))).toBeGreaterThanOrEqual(before - 1000);
  });
});
