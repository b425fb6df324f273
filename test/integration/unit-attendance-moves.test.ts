// A unit's attendance counts when someone moves unit (issue 11), on SQLite and PostgreSQL:
// the colleagues left behind and those of the new unit receive the recomputed count of
// every event the mover signed up for (a put, 0 when no one is left; never a reset, never
// who), the mover swaps the two units' rows, and other units receive nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import * as v from 'valibot';
import { apiDevice } from '../support/api-device';
import { clientFor } from '../support/sessions';
import type { TestServer } from '../support/test-server';
import { PullResponseSchema, type Change } from '../../src/shared/protocol';
import { reserveVersions } from '../../src/server/db/versions';
import { movePersonToUnit } from '../../src/server/db/learnings';

describe.each(DIALECTS)('unit attendance when someone moves unit on %s', (dialect) => {
  let server: TestServer;
  let newUnit: string;
  let oldUnit: string;
  let ids: { stayer: string; left: string; mover: string; elsewhere: string; admin: string };
  const db = () => server.db.kysely;
  const attendance = (changes: Change[]) => changes.filter((c) => c.type === 'unitAttendance');
  const row = (unitId: string, seminarId: string, count: number): Change => {
    const id = `${unitId}:${seminarId}`;
    return { type: 'unitAttendance', op: 'put', id, value: { id, unitId, seminarId, count } };
  };

  beforeAll(async () => {
    server = await startServerFor(dialect);
    const person = async (email: string) => db().selectFrom('people').select(['id', 'unit_id']).where('email', '=', email).executeTakeFirstOrThrow();
    const [anna, admin] = await Promise.all([person('anna@fjordby.example'), person('admin@fjordby.example')]);
    newUnit = anna.unit_id;
    const people = await db().selectFrom('people').select(['id', 'unit_id', 'roles']).where('deleted', '=', 0).orderBy('id').execute();
    const plain = people.filter((p) => p.roles === '["employee"]' && p.unit_id !== newUnit);
    oldUnit = plain.find((p) => plain.filter((q) => q.unit_id === p.unit_id).length >= 2)!.unit_id;
    const [left, mover] = plain.filter((p) => p.unit_id === oldUnit);
    const elsewhere = plain.find((p) => p.unit_id !== oldUnit)!;
    ids = { stayer: anna.id, left: left!.id, mover: mover!.id, elsewhere: elsewhere.id, admin: admin.id };
  });
  afterAll(async () => { await server.close(); });

  async function seminarWith(signups: { personId: string; checkedIn: boolean }[]): Promise<string> {
    const seminarId = `s-move-${crypto.randomUUID().slice(0, 8)}`;
    const first = await reserveVersions(db(), signups.length + 1);
    await db().insertInto('seminars').values({
      id: seminarId, title: 'Forflytning i praksis', description: '', kind: 'course', starts_at: '2026-10-01T08:00:00.000Z',
      ends_at: '2026-10-01T12:00:00.000Z', location: 'Rådhuset', capacity: 10, signup_deadline: null, network_id: null,
      dlo: '[10]', competence_ids: '["forflytning"]', organizer_id: ids.admin, status: 'scheduled', checkin_code: 'x',
      confirmed_count: signups.length, waitlist_count: 0, waitlist_last: 0, version: first, deleted: 0,
    }).execute();
    await db().insertInto('signups').values(signups.map(({ personId, checkedIn }, i) => ({
      id: `${seminarId}:${personId}`, seminar_id: seminarId, person_id: personId, status: 'confirmed', position: null,
      checked_in_at: checkedIn ? '2026-10-01T08:05:00.000Z' : null, created_at: '2026-09-01T08:00:00.000Z', version: first + 1 + i, deleted: 0,
    }))).execute();
    return seminarId;
  }

  it('brings both units\' members the recomputed counts of the mover\'s events, as puts, and nothing to others', async () => {
    // Both attended one event together; the mover alone attended another, and signed up
    // for a third without being checked in.
    const together = await seminarWith([{ personId: ids.mover, checkedIn: true }, { personId: ids.left, checkedIn: true }]);
    const alone = await seminarWith([{ personId: ids.mover, checkedIn: true }]);
    const absent = await seminarWith([{ personId: ids.mover, checkedIn: false }]);
    const [stayer, left, mover, elsewhere] = await Promise.all([ids.stayer, ids.left, ids.mover, ids.elsewhere].map((id) => apiDevice(server, id)));
    const leftBefore = attendance(await left!.pullAll());
    expect(leftBefore).toEqual(expect.arrayContaining([row(oldUnit, together, 2), row(oldUnit, alone, 1), row(oldUnit, absent, 0)]));
    const stayerBefore = attendance(await stayer!.pullAll());
    expect(stayerBefore.filter((c) => [together, alone, absent].some((s) => c.id.endsWith(s)))).toEqual([]);
    await Promise.all([mover!.pullAll(), elsewhere!.pullAll()]);
    await Promise.all([stayer!.pullNew(), left!.pullNew(), mover!.pullNew(), elsewhere!.pullNew()]);

    expect(await movePersonToUnit(db(), ids.mover, newUnit)).toBe(true);

    // The new unit: the mover's check-ins count there now.
    const stayerNew = await stayer!.pullNew();
    expect(stayerNew.pages.every((p) => !p.reset)).toBe(true);
    expect(attendance(stayerNew.changes)).toEqual(expect.arrayContaining([row(newUnit, together, 1), row(newUnit, alone, 1), row(newUnit, absent, 0)]));
    // Counts, never who: the mover's sign-ups stay theirs.
    expect(stayerNew.changes.filter((c) => c.type === 'signup')).toEqual([]);
    // The old unit: one fewer at the event they shared, none left at the others.
    const leftNew = await left!.pullNew();
    expect(leftNew.pages.every((p) => !p.reset)).toBe(true);
    expect(attendance(leftNew.changes)).toEqual(expect.arrayContaining([row(oldUnit, together, 1), row(oldUnit, alone, 0), row(oldUnit, absent, 0)]));
    expect(attendance(leftNew.changes).every((c) => c.op === 'put' && c.id.startsWith(`${oldUnit}:`))).toBe(true);
    // The mover: the new unit's counts, the old unit's taken away.
    const moverNew = await mover!.pullNew();
    expect(moverNew.pages.every((p) => !p.reset)).toBe(true);
    expect(attendance(moverNew.changes)).toEqual(expect.arrayContaining([
      row(newUnit, together, 1), row(newUnit, alone, 1),
      { type: 'unitAttendance', op: 'del', id: `${oldUnit}:${together}` }, { type: 'unitAttendance', op: 'del', id: `${oldUnit}:${alone}` },
    ]));
    // Anyone else: nothing of either unit.
    expect(attendance((await elsewhere!.pullNew()).changes).filter((c) => c.id.startsWith(`${oldUnit}:`) || c.id.startsWith(`${newUnit}:`))).toEqual([]);
    // Sent once: the next pulls are quiet.
    const again = await Promise.all([stayer!.pullNew(), left!.pullNew(), mover!.pullNew()]);
    expect(again.map((p) => attendance(p.changes))).toEqual([[], [], []]);
  });

  it('keeps counting later check-ins in the new unit, and no longer in the old one', async () => {
    const seminarId = await seminarWith([{ personId: ids.mover, checkedIn: false }, { personId: ids.left, checkedIn: true }]);
    const [stayer, left] = await Promise.all([ids.stayer, ids.left].map((id) => apiDevice(server, id)));
    await Promise.all([stayer!.pullAll(), left!.pullAll()]);
    await Promise.all([stayer!.pullNew(), left!.pullNew()]);
    await db().updateTable('signups').set({ checked_in_at: '2026-10-01T08:30:00.000Z', version: await reserveVersions(db(), 1) })
      .where('id', '=', `${seminarId}:${ids.mover}`).execute();
    expect(attendance((await stayer!.pullNew()).changes)).toEqual([row(newUnit, seminarId, 1)]);
    expect(attendance((await left!.pullNew()).changes)).toEqual([]);
  });
  it('carries every count a move changed in pages of one: the counts share the move\'s version, a page never splits it', async () => {
    const seminars = await Promise.all([0, 1, 2].map(() => seminarWith([{ personId: ids.left, checkedIn: true }])));
    const http = await clientFor(server, ids.stayer);
    const clientId = crypto.randomUUID();
    const pages = async (cursor: string | undefined, limit: number) => {
      const changes: Change[] = [];
      for (let at = cursor, turns = 0; turns < 1000; turns++) {
        const params = new URLSearchParams({ clientId, limit: String(limit), ...(at ? { cursor: at } : {}) });
        const page = v.parse(PullResponseSchema, (await http.request('GET', `/api/sync/pull?${params}`)).json);
        changes.push(...page.changes);
        at = page.cursor;
        if (!page.more) return { changes, cursor: at };
      }
      throw new Error('the pull never ended');
    };
    const before = await pages(undefined, 5000);
    expect(await movePersonToUnit(db(), ids.left, newUnit)).toBe(true);
    const after = attendance((await pages(before.cursor, 1)).changes).filter((c) => seminars.some((id) => c.id === `${newUnit}:${id}`));
    expect(after).toEqual(expect.arrayContaining(seminars.map((id) => row(newUnit, id, 1))));
    expect(after).toHaveLength(3);
  });
});
