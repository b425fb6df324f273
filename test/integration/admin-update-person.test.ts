// admin.updatePerson on SQLite and PostgreSQL (issue 20, part 2): only admins; roles,
// the knowledge-sharer flag, a move and leaving/coming back reach the devices as small
// changes (the person's own phone as a fresh one would hold it); the last admin stays;
// each change is in the audit trail, before → after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';
import { apiDevice } from '../support/api-device';
import { freshRows, holdingDevice, rowDifferences } from '../support/held-rows';
import { HttpClient } from '../support/http-client';
import { employees } from '../support/sessions';

describe.each(DIALECTS)('an admin changing a person on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<'admin' | 'lis' | 'bo' | 'anna', string> = { admin: '', lis: '', bo: '', anna: '' };
  let plain: string[];
  beforeAll(async () => {
    server = await startServerFor(dialect);
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
      ids[key] = (await server.db.kysely.selectFrom('people').select('id').where('email', '=', `${key}@fjordby.example`).executeTakeFirstOrThrow()).id;
    }
    plain = await employees(server, 3);
  });
  afterAll(async () => { await server.close(); });

  const update = async (by: string, args: Record<string, unknown>) => (await apiDevice(server, by)).run('admin.updatePerson', args);
  const person = (id: string) => server.db.kysely.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('is refused to employees, organizers and leaders with not_allowed, and changes nothing', async () => {
    const before = await person(plain[0]!);
    for (const by of [ids.anna, ids.bo, ids.lis]) {
      expect(await update(by, { personId: plain[0], roles: ['employee', 'admin'] })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
    }
    expect(await person(plain[0]!)).toEqual(before);
  });

  it('sets roles and the knowledge-sharer flag and moves a person; their phone and a colleague\'s follow', async () => {
    const [who] = plain;
    const phone = await holdingDevice(server, who!);
    const colleague = await holdingDevice(server, ids.lis);
    const otherUnit = (await server.db.kysely.selectFrom('units').select('id').where('id', '!=', (await person(who!)).unit_id).orderBy('id').executeTakeFirstOrThrow()).id;
    expect(await update(ids.admin, { personId: who, roles: ['employee', 'organizer', 'leader'], knowledgeSharer: true, unitId: otherUnit }))
      .toMatchObject({ status: 'applied' });
    expect(await person(who!)).toMatchObject({ roles: '["employee","organizer","leader"]', knowledge_sharer: 1, unit_id: otherUnit });
    await phone.sync();
    expect(rowDifferences(phone.rows, await freshRows(server, who!))).toEqual([]);
    await colleague.sync();
    expect(colleague.rows.get(`person ${who}`)).toMatchObject({ roles: ['employee', 'organizer', 'leader'], knowledgeSharer: true, unitId: otherUnit });

    const log = new HttpClient(server.url);
    await log.signInDemo('admin@fjordby.example');
    const entries = (await log.request<{ entries: { action: string; before: Record<string, unknown>; after: Record<string, unknown> }[] }>('GET', '/api/admin/log?action=admin.updatePerson')).json.entries;
    expect(entries[0]).toMatchObject({ before: { roles: 'employee', knowledgeSharer: false }, after: { roles: 'employee, organizer, leader', knowledgeSharer: true, unitId: otherUnit } });
  });

  it('deactivates (signed out, gone from devices) and reactivates', async () => {
    const who = plain[1]!;
    const session = await apiDevice(server, who);
    expect((await session.http.request('GET', '/api/me')).status).toBe(200);
    const colleague = await holdingDevice(server, ids.lis);
    expect(await update(ids.admin, { personId: who, active: false })).toMatchObject({ status: 'applied' });
    expect((await session.http.request('GET', '/api/me')).status).toBe(401);
    await colleague.sync();
    expect(colleague.rows.has(`person ${who}`)).toBe(false);
    expect(await update(ids.admin, { personId: who, active: true })).toMatchObject({ status: 'applied' });
    // The ended session stays ended; a new sign-in works.
    expect((await session.http.request('GET', '/api/me')).status).toBe(401);
    await colleague.sync();
    expect(colleague.rows.has(`person ${who}`)).toBe(true);
  });

  it('keeps the last admin, and refuses an unknown person or unit with their own codes', async () => {
    // The demo has a second admin in IT: they step down first, leaving the admin the last.
    const others = (await server.db.kysely.selectFrom('people').select(['id', 'roles']).where('deleted', '=', 0).where('id', '!=', ids.admin).execute())
      .filter((p) => p.roles.includes('"admin"'));
    for (const other of others) expect(await update(ids.admin, { personId: other.id, roles: ['employee'] })).toMatchObject({ status: 'applied' });
    expect(await update(ids.admin, { personId: ids.admin, roles: ['employee'] })).toMatchObject({ status: 'rejected', error: { code: 'last_admin' } });
    expect(await update(ids.admin, { personId: ids.admin, active: false })).toMatchObject({ status: 'rejected', error: { code: 'last_admin' } });
    expect(await update(ids.admin, { personId: 'p-nobody', knowledgeSharer: true })).toMatchObject({ status: 'rejected', error: { code: 'person_not_found' } });
    expect(await update(ids.admin, { personId: plain[2], unitId: 'u-nowhere' })).toMatchObject({ status: 'rejected', error: { code: 'unit_not_found' } });
    expect(await update(ids.admin, { personId: plain[2], roles: ['admin'] })).toMatchObject({ status: 'rejected', error: { code: 'invalid_args' } });
    // With a second admin, the first may step down.
    expect(await update(ids.admin, { personId: plain[2], roles: ['employee', 'admin'] })).toMatchObject({ status: 'applied' });
    expect(await update(ids.admin, { personId: ids.admin, roles: ['employee'] })).toMatchObject({ status: 'applied' });
    expect(await update(ids.admin, { personId: plain[2], roles: ['employee'] })).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
  });
});
