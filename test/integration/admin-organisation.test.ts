// admin.saveArea and admin.saveUnit on SQLite and PostgreSQL (issue 20, part 3): only
// admins; a new area and unit, a rename and a move to another area each reach a
// colleague's phone as one small change; a unit needs an existing area.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';
import { apiDevice } from '../support/api-device';
import { holdingDevice } from '../support/held-rows';

describe.each(DIALECTS)('an admin keeping areas and units on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<'admin' | 'lis' | 'bo' | 'anna', string> = { admin: '', lis: '', bo: '', anna: '' };
  beforeAll(async () => {
    server = await startServerFor(dialect);
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
      ids[key] = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', `${key}@fjordby.example`).executeTakeFirstOrThrow()).id;
    }
  });
  afterAll(async () => { await server.close(); });

  const run = async (by: string, name: 'admin.saveArea' | 'admin.saveUnit', args: Record<string, unknown>) => (await apiDevice(server, by)).run(name, args);

  it('is refused to employees, organizers and leaders with not_allowed', async () => {
    for (const by of [ids.anna, ids.bo, ids.lis]) {
      expect(await run(by, 'admin.saveArea', { id: 'a-ny', name: 'Nyt område' })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
      expect(await run(by, 'admin.saveUnit', { id: 'u-ny', name: 'Ny enhed', areaId: 'a-ny' })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    }
    expect(await server.db.kysely.selectFrom('areas').select('id').where('id', '=', 'a-ny').executeTakeFirst()).toBeUndefined();
  });

  it('creates, renames and moves, each one small change on a colleague\'s phone', async () => {
    const phone = await holdingDevice(server, ids.anna);
    expect(await run(ids.admin, 'admin.saveArea', { id: 'a-klima', name: 'Klima og Miljø' })).toMatchObject({ status: 'applied' });
    expect(await run(ids.admin, 'admin.saveUnit', { id: 'u-klima', name: 'Klimateamet', areaId: 'a-klima' })).toMatchObject({ status: 'applied' });
    const created = await phone.sync();
    expect(created.changes.map((c) => `${c.op} ${c.type} ${c.id}`)).toEqual(['put area a-klima', 'put unit u-klima']);

    const otherArea = (await server.db.kysely.selectFrom('areas').select('id').where('id', '!=', 'a-klima').orderBy('id').executeTakeFirstOrThrow()).id;
    expect(await run(ids.admin, 'admin.saveUnit', { id: 'u-klima', name: 'Klima- og naturteamet', areaId: otherArea })).toMatchObject({ status: 'applied' });
    const renamed = await phone.sync();
    expect(renamed.changes).toEqual([{ op: 'put', type: 'unit', id: 'u-klima', value: { id: 'u-klima', name: 'Klima- og naturteamet', areaId: otherArea } }]);
    expect(renamed.bytes).toBeLessThan(1000);
    // The same again changes nothing.
    expect(await run(ids.admin, 'admin.saveUnit', { id: 'u-klima', name: 'Klima- og naturteamet', areaId: otherArea })).toMatchObject({ status: 'applied' });
    expect((await phone.sync()).changes).toEqual([]);
    // The trail: created, then renamed and moved (before → after); nothing for the repeat.
    const trail = await server.db.kysely.selectFrom('audit_log').select(['action', 'before', 'after']).where('action', '=', 'admin.saveUnit').orderBy('at').execute();
    expect(trail.map((r) => [JSON.parse(r.before), JSON.parse(r.after)])).toEqual([
      [{}, { name: 'Klimateamet', areaId: 'a-klima' }],
      [{ name: 'Klimateamet', areaId: 'a-klima' }, { name: 'Klima- og naturteamet', areaId: otherArea }],
    ]);
  });

  it('refuses a unit in an area that does not exist, and a blank name', async () => {
    expect(await run(ids.admin, 'admin.saveUnit', { id: 'u-x', name: 'X', areaId: 'a-nowhere' })).toMatchObject({ status: 'rejected', error: { code: 'area_not_found' } });
    expect(await run(ids.admin, 'admin.saveArea', { id: 'a-x', name: '   ' })).toMatchObject({ status: 'rejected', error: { code: 'invalid_args' } });
  });
});
