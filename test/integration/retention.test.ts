// Retention (issue 21, part 4) on SQLite and PostgreSQL, with the clock given: a person
// deactivated more than 180 days ago is anonymised (profile blanked, competences and
// learnings gone from a colleague's phone at its next pull, sessions and calendar addresses
// deleted), one deactivated 179 days ago is kept; sign-in lines of the audit trail older
// than 12 months go, younger stay; expired codes, sessions and work-account sign-ins go a
// day after they ended. Exactly what is due, and nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';
import { apiDevice } from '../support/api-device';
import { holdingDevice } from '../support/held-rows';
import { purgeDue } from '../../src/server/db/retention';
import { recordAudit } from '../../src/server/db/audit-log';
import { keepOidcRequest } from '../../src/server/db/oidc-requests';
import { loadConfig } from '../../src/server/config';

const DAY = 86_400_000;

describe.each(DIALECTS)('retention on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });

  it('purges exactly what is due, and a colleague\'s phone drops the rows', async () => {
    const db = server.db.kysely;
    const now = new Date();
    const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
    const [gone, kept] = (await db.selectFrom('people').select(['id', 'email']).where('roles', '=', '["employee"]').where('deleted', '=', 0)
      .where('email', 'not in', ['anna@fjordby.example', 'bo@fjordby.example']).orderBy('id').limit(2).execute());
    // Each has a competence with a note and a learning shared with everyone; then both leave.
    const competence = (await db.selectFrom('competences').select('id').where('deleted', '=', 0).orderBy('id').executeTakeFirstOrThrow()).id;
    const learningOf = new Map<string, string>();
    for (const person of [gone!, kept!]) {
      const device = await apiDevice(server, person.id);
      expect((await device.run('competence.set', { competenceId: competence, level: 2, canHelp: true, note: `Note af ${person.email}` })).status).toBe('applied');
      const id = crypto.randomUUID();
      learningOf.set(person.id, id);
      expect((await device.run('learning.create', { id, title: `Læring af ${person.email}`, body: 'Tekst', application: '', sourceKind: 'course', visibility: 'organization' })).status).toBe('applied');
    }
    const colleague = await db.selectFrom('people').select('id').where('email', '=', 'anna@fjordby.example').executeTakeFirstOrThrow();
    const phone = await holdingDevice(server, colleague.id);
    expect(phone.rows.has(`learning ${learningOf.get(gone!.id)}`)).toBe(true);
    await db.updateTable('people').set({ deleted: 1, deactivated_at: ago(181) }).where('id', '=', gone!.id).execute();
    await db.updateTable('people').set({ deleted: 1, deactivated_at: ago(179) }).where('id', '=', kept!.id).execute();
    await db.insertInto('sessions').values([
      { token_hash: 'h-gone', person_id: gone!.id, created_at: ago(300), expires_at: ago(-10), revoked_at: null, last_seen_at: null },
      { token_hash: 'h-expired', person_id: colleague.id, created_at: ago(100), expires_at: ago(2), revoked_at: null, last_seen_at: null },
      { token_hash: 'h-revoked', person_id: colleague.id, created_at: ago(10), expires_at: ago(-80), revoked_at: ago(3), last_seen_at: null },
      { token_hash: 'h-live', person_id: colleague.id, created_at: ago(1), expires_at: ago(-89), revoked_at: null, last_seen_at: null },
    ]).execute();
    await db.insertInto('calendar_feeds').values({ token_hash: 'f-gone', person_id: gone!.id, created_at: ago(300), revoked_at: null }).execute();
    await db.insertInto('sign_in_codes').values([
      { id: 'c-old', email: 'x@fjordby.example', code_hash: 'h1', created_at: ago(3), expires_at: ago(2), attempts: 0, nonce_hash: 'n' },
      { id: 'c-new', email: 'x@fjordby.example', code_hash: 'h2', created_at: ago(0), expires_at: ago(-0.01), attempts: 0, nonce_hash: 'n' },
    ]).execute();
    const line = (at: string, action: 'signIn' | 'import', subject: string) => recordAudit(db, { at: new Date(at), actorId: null, actor: '', action, subject, before: {}, after: {}, device: 'phone' });
    await line(ago(400), 'signIn', 'gammel-login');
    await line(ago(330), 'signIn', 'nyere-login');
    await line(ago(400), 'import', 'gammel-import');
    await keepOidcRequest(db, { state: 'old-state', nonce: 'n', codeVerifier: 'v' }, '/', new Date(ago(2)));

    const counts = await purgeDue(db, now, { deactivatedDays: 180 });
    expect(counts).toMatchObject({ people: 1, learnings: 1, signInLines: 1, codes: 1, oidcRequests: 1 });
    // The gone person's session (a live one) went with them; two of the colleague's ended ones went by age.
    expect(counts.sessions).toBeGreaterThanOrEqual(2);

    const person = await db.selectFrom('people').selectAll().where('id', '=', gone!.id).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ name: '', title: '', phone: '', bio: '', employee_number: null, deleted: 1, email: `slettet-${gone!.id}@invalid` });
    expect(await db.selectFrom('person_competences').select('note').where('person_id', '=', gone!.id).where((eb) => eb.or([eb('deleted', '=', 0), eb('note', '!=', '')])).execute()).toEqual([]);
    expect(await db.selectFrom('learnings').select(['title', 'deleted']).where('id', '=', learningOf.get(gone!.id)!).executeTakeFirstOrThrow()).toEqual({ title: '', deleted: 1 });
    expect(await db.selectFrom('sessions').select('token_hash').where('person_id', '=', gone!.id).execute()).toEqual([]);
    expect(await db.selectFrom('calendar_feeds').select('token_hash').where('person_id', '=', gone!.id).execute()).toEqual([]);
    expect((await db.selectFrom('sessions').select('token_hash').where('person_id', '=', colleague.id).where('token_hash', 'like', 'h-%').execute()).map((r) => r.token_hash)).toEqual(['h-live']);
    // Kept: the one deactivated 179 days ago, the younger sign-in line, any other kind of line, the live code.
    expect(await db.selectFrom('people').select('name').where('id', '=', kept!.id).executeTakeFirstOrThrow()).not.toEqual({ name: '' });
    expect((await db.selectFrom('audit_log').select('subject').where('subject', 'in', ['gammel-login', 'nyere-login', 'gammel-import']).execute()).map((r) => r.subject).sort())
      .toEqual(['gammel-import', 'nyere-login']);
    expect((await db.selectFrom('sign_in_codes').select('id').where('id', 'in', ['c-old', 'c-new']).execute()).map((r) => r.id)).toEqual(['c-new']);

    // The colleague's phone: the gone person's learning and competence leave it; the kept person's learning stays.
    await phone.sync();
    expect(phone.rows.has(`learning ${learningOf.get(gone!.id)}`)).toBe(false);
    expect(phone.rows.has(`personCompetence ${gone!.id}:${competence}`)).toBe(false);
    // Run again: nothing more is due.
    expect(await purgeDue(db, now, { deactivatedDays: 180 })).toMatchObject({ people: 0, learnings: 0, signInLines: 0, codes: 0 });
  });

  it('counts from the moment an admin deactivates someone, and forgets it when they come back', async () => {
    const db = server.db.kysely;
    const admin = await db.selectFrom('people').select('id').where('email', '=', 'admin@fjordby.example').executeTakeFirstOrThrow();
    const person = await db.selectFrom('people').select('id').where('email', '=', 'bo@fjordby.example').executeTakeFirstOrThrow();
    const device = await apiDevice(server, admin.id);
    const before = Date.now();
    expect((await device.run('admin.updatePerson', { personId: person.id, active: false })).status).toBe('applied');
    const stamped = (await db.selectFrom('people').select('deactivated_at').where('id', '=', person.id).executeTakeFirstOrThrow()).deactivated_at;
    expect(Date.parse(stamped!)).toBeGreaterThanOrEqual(before - 1000);
    expect((await device.run('admin.updatePerson', { personId: person.id, active: true })).status).toBe('applied');
    expect(await db.selectFrom('people').select('deactivated_at').where('id', '=', person.id).executeTakeFirstOrThrow()).toEqual({ deactivated_at: null });
  });

  it('reads RETENTION_DEACTIVATED_DAYS, 180 unless told, and refuses a nonsense value', () => {
    expect(loadConfig({}).retention).toEqual({ deactivatedDays: 180 });
    expect(loadConfig({ RETENTION_DEACTIVATED_DAYS: '30' }).retention).toEqual({ deactivatedDays: 30 });
    expect(() => loadConfig({ RETENTION_DEACTIVATED_DAYS: '0' })).toThrow(/RETENTION_DEACTIVATED_DAYS/);
    expect(() => loadConfig({ RETENTION_DEACTIVATED_DAYS: 'et halvt år' })).toThrow(/RETENTION_DEACTIVATED_DAYS/);
  });
});
