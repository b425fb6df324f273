// Deleting my account (issue 21, part 3) on SQLite and PostgreSQL: confirmed by my own
// e-mail; refused while I lead a unit, alone coordinate a network with members, or am the
// last admin, each with its code and nothing changed; then everything of mine goes in one
// transaction — my seat freed and the first on the waitlist promoted, my learnings deleted
// or kept without my name as I chose, signed out everywhere — and a colleague's phone
// drops my rows at its next pull.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';
import { HttpClient } from '../support/http-client';
import { apiDevice } from '../support/api-device';
import { holdingDevice } from '../support/held-rows';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(DIALECTS)('deleting my account on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });

  const idOf = async (email: string) => (await server.db.kysely.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const signedIn = async (email: string) => {
    const client = new HttpClient(server.url);
    await client.signInDemo(email);
    return client;
  };
  const remove = (client: HttpClient, body: unknown) => client.request<{ error?: { code: string; networks?: string[] } }>('POST', '/api/me/delete', body);

  it('refuses a wrong confirmation, a leader, the only coordinator and the last admin, each with its code', async () => {
    const anna = await signedIn('anna@fjordby.example');
    const wrong = await remove(anna, { confirm: 'bo@fjordby.example', learnings: 'delete' });
    expect([wrong.status, wrong.json.error?.code]).toEqual([400, 'delete_confirm_mismatch']);
    expect((await remove(anna, { confirm: 'anna@fjordby.example', learnings: 'keep' })).json.error?.code).toBe('invalid_request');
    const lis = await signedIn('lis@fjordby.example');
    expect((await remove(lis, { confirm: 'LIS@fjordby.example', learnings: 'delete' })).json.error?.code).toBe('delete_leader_handover');
    // Made the only admin: the demo has others.
    await server.db.kysely.updateTable('people').set({ roles: '["employee"]' }).where('roles', 'like', '%admin%').where('email', '!=', 'admin@fjordby.example').execute();
    const admin = await signedIn('admin@fjordby.example');
    expect((await remove(admin, { confirm: 'admin@fjordby.example', learnings: 'delete' })).json.error?.code).toBe('last_admin');
    // Bo alone coordinates a network that Anna is in.
    const bo = await idOf('bo@fjordby.example');
    const networkId = crypto.randomUUID();
    const lisId = await idOf('lis@fjordby.example');
    expect((await (await apiDevice(server, lisId)).run('network.create', { id: networkId, name: 'Bos netværk', description: '', kind: 'professional', joinPolicy: 'open' })).status).toBe('applied');
    expect((await (await apiDevice(server, bo)).run('network.join', { networkId })).status).toBe('applied');
    expect((await (await apiDevice(server, await idOf('anna@fjordby.example'))).run('network.join', { networkId })).status).toBe('applied');
    // Lis hands the network to Bo and steps out (as network.setRole and network.leave would).
    await server.db.kysely.updateTable('memberships').set({ role: 'coordinator' }).where('network_id', '=', networkId).where('person_id', '=', bo).execute();
    await server.db.kysely.updateTable('memberships').set({ deleted: 1 }).where('network_id', '=', networkId).where('person_id', '=', lisId).execute();
    const boClient = await signedIn('bo@fjordby.example');
    const refused = await remove(boClient, { confirm: 'bo@fjordby.example', learnings: 'delete' });
    expect([refused.status, refused.json.error?.code, refused.json.error?.networks]).toEqual([409, 'delete_coordinator_handover', ['Bos netværk']]);
    expect(await server.db.kysely.selectFrom('people').select('deleted').where('id', '=', bo).executeTakeFirstOrThrow()).toEqual({ deleted: 0 });
  });

  it('deletes everything of mine at once, frees my seat, and a colleague\'s phone drops my rows', async () => {
    const db = server.db.kysely;
    const [anna, colleague, organizer] = await Promise.all([idOf('anna@fjordby.example'), idOf('admin@fjordby.example'), idOf('bo@fjordby.example')]);
    // A one-seat event: Anna has the seat, the admin waits.
    const seminarId = crypto.randomUUID();
    const start = Date.now() + 5 * DAY;
    expect((await (await apiDevice(server, organizer)).run('seminar.create', {
      id: seminarId, title: 'Ét sæde', description: '', kind: 'workshop', startsAt: iso(start), endsAt: iso(start + 3_600_000), location: 'Rådhuset', capacity: 1,
    })).status).toBe('applied');
    const annaPhone = await apiDevice(server, anna);
    expect((await annaPhone.run('signup.request', { seminarId })).status).toBe('applied');
    expect((await (await apiDevice(server, colleague)).run('signup.request', { seminarId })).status).toBe('applied');
    const kept = crypto.randomUUID();
    expect((await annaPhone.run('learning.create', { id: kept, title: 'Deles videre', body: 'Tekst', application: '', sourceKind: 'course', visibility: 'organization' })).status).toBe('applied');
    const competence = (await db.selectFrom('person_competences').select('id').where('person_id', '=', anna).where('deleted', '=', 0).executeTakeFirstOrThrow()).id;
    const watcher = await holdingDevice(server, colleague);
    expect(watcher.rows.has(`person ${anna}`)).toBe(true);

    const client = await signedIn('anna@fjordby.example');
    const reply = await remove(client, { confirm: ' Anna@Fjordby.example ', learnings: 'anonymise' });
    expect(reply.status).toBe(204);
    // Signed out everywhere: this browser, and Anna's other devices.
    expect((await client.request('GET', '/api/me')).status).toBe(401);
    expect(await db.selectFrom('sessions').select('token_hash').where('person_id', '=', anna).execute()).toEqual([]);
    // The seat went to the one waiting.
    expect(await db.selectFrom('signups').select('status').where('seminar_id', '=', seminarId).where('person_id', '=', colleague).executeTakeFirstOrThrow()).toEqual({ status: 'confirmed' });
    // The learning stays, without her name; her profile is blank.
    expect(await db.selectFrom('learnings').select(['deleted', 'author_name', 'title']).where('id', '=', kept).executeTakeFirstOrThrow()).toEqual({ deleted: 0, author_name: '', title: 'Deles videre' });
    expect(await db.selectFrom('people').select(['name', 'deleted']).where('id', '=', anna).executeTakeFirstOrThrow()).toEqual({ name: '', deleted: 1 });
    const line = await db.selectFrom('audit_log').select(['subject', 'after']).where('action', '=', 'accountDeleted').executeTakeFirstOrThrow();
    expect({ subject: line.subject, after: JSON.parse(line.after) }).toEqual({ subject: anna, after: { learnings: 'anonymise' } });

    await watcher.sync();
    expect(watcher.rows.has(`person ${anna}`)).toBe(false);
    expect(watcher.rows.has(`personCompetence ${competence}`)).toBe(false);
    expect(watcher.rows.get(`learning ${kept}`)).toMatchObject({ title: 'Deles videre', authorName: '' });
  });

  it('deletes my learnings when I choose so', async () => {
    const db = server.db.kysely;
    const bodil = (await db.selectFrom('people').select(['id', 'email']).where('roles', '=', '["employee"]').where('deleted', '=', 0).orderBy('id').executeTakeFirstOrThrow());
    const learning = crypto.randomUUID();
    expect((await (await apiDevice(server, bodil.id)).run('learning.create', { id: learning, title: 'Væk', body: 'Tekst', application: '', sourceKind: 'course', visibility: 'organization' })).status).toBe('applied');
    const client = new HttpClient(server.url);
    const { clientFor } = await import('../support/sessions');
    const own = await clientFor(server, bodil.id);
    expect((await remove(own, { confirm: bodil.email, learnings: 'delete' })).status).toBe(204);
    expect(await db.selectFrom('learnings').select(['deleted', 'title']).where('id', '=', learning).executeTakeFirstOrThrow()).toEqual({ deleted: 1, title: '' });
    expect((await client.request('POST', '/api/me/delete', { confirm: bodil.email, learnings: 'delete' })).status).toBe(401);
  });
});
