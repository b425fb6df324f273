// A shared phone: one person's unsent changes are never applied to the next person's
// account. They are kept for their owner (and sent when that person signs in here
// again) or discarded, as the next person chooses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { HttpClient } from '../support/http-client';
import { createRuntime } from '../../src/client/runtime';
import { countOutbox } from '../../src/client/store/outbox';
import { listParked } from '../../src/client/store/device-owner';

let server: TestServer;
beforeAll(async () => { server = await startTestServer('sqlite'); });
afterAll(async () => { await server.close(); });

async function holds(personId: string, competenceId: string): Promise<boolean> {
  const row = await server.db.kysely.selectFrom('person_competences').select('id')
    .where('person_id', '=', personId).where('competence_id', '=', competenceId).where('deleted', '=', 0)
    .executeTakeFirst();
  return row !== undefined;
}

/** A competence that neither person has yet. */
async function unheldCompetence(...personIds: string[]): Promise<string> {
  const held = await server.db.kysely.selectFrom('person_competences').select('competence_id')
    .where('person_id', 'in', personIds).where('deleted', '=', 0).execute();
  const taken = new Set(held.map((row) => row.competence_id));
  const all = await server.db.kysely.selectFrom('competences').select('id').where('deleted', '=', 0).execute();
  const free = all.find((row) => !taken.has(row.id));
  if (!free) throw new Error('no free competence in the demo data');
  return free.id;
}

/** The phone: one browser cookie jar, one device database, people taking turns. */
function phone() {
  const http = new HttpClient(server.url);
  let online = true;
  const counter = { requests: 0 };
  const fetchImpl: typeof fetch = (input, init) => {
    counter.requests += 1;
    return online ? http.fetch(input, init) : Promise.reject(new TypeError('offline'));
  };
  const dbName = `phone-${crypto.randomUUID()}`;
  return {
    http,
    counter,
    setOnline: (value: boolean) => { online = value; },
    open: () => createRuntime({ dbName, baseUrl: server.url, fetch: fetchImpl }),
  };
}

describe('a phone shared by two people', () => {
  it('keeps Anna\'s unsent change for Anna: never sent as Bo, sent when Anna is back', async () => {
    const device = phone();
    const anna = await device.http.signInDemo('anna@fjordby.example');
    let runtime = await device.open();
    expect(runtime.personId).toBe(anna.id);
    // Anna has only pulled: her device identity is hers from that first pull on.
    expect(await runtime.engine.sync()).toBe('done');

    device.setOnline(false);
    const bo = await new HttpClient(server.url).signInDemo('bo@fjordby.example');
    const competenceId = await unheldCompetence(anna.id, bo.id);
    await runtime.mutate('competence.set', { competenceId, level: 2, canHelp: true });
    device.setOnline(true);

    // Anna's session ends; Bo signs in on the same phone. Even if a sync slips in before
    // the app has asked Bo anything, the server refuses Anna's outbox under Bo's session.
    await device.http.signInDemo('bo@fjordby.example');
    expect(await runtime.engine.sync()).toBe('signedOut');
    expect(await holds(bo.id, competenceId)).toBe(false);
    expect(await holds(anna.id, competenceId)).toBe(false);

    const asked = await runtime.completeSignIn({ id: bo.id });
    expect(asked).toEqual({ ok: false, othersPending: 1, ownerName: expect.stringContaining('Anna') });
    // Paused from the moment Bo signed in: nothing goes out while he decides.
    expect(await runtime.engine.sync()).toBe('signedOut');
    expect(await holds(bo.id, competenceId)).toBe(false);

    expect(await runtime.completeSignIn({ id: bo.id }, { others: 'keep' })).toEqual({ ok: true, restarted: true });
    runtime = await device.open();
    expect(runtime.personId).toBe(bo.id);
    expect(await countOutbox(runtime.store.idb)).toBe(0);
    expect(await listParked(runtime.store.idb)).toEqual([{ personId: anna.id, count: 1 }]);
    expect(await runtime.engine.sync()).toBe('done');
    // Bo sees none of Anna's pending state as his, and his account never got it.
    expect(runtime.store.get('personCompetence', `${bo.id}:${competenceId}`)).toBeUndefined();
    expect(await holds(bo.id, competenceId)).toBe(false);

    // Bo signs out; what waits for Anna stays on the phone.
    expect(await runtime.signOut()).toEqual({ ok: true, providerLogout: null });
    await device.http.signInDemo('anna@fjordby.example');
    runtime = await device.open();
    expect(runtime.personId).toBe(anna.id);
    expect(await countOutbox(runtime.store.idb)).toBe(1);
    expect(await listParked(runtime.store.idb)).toEqual([]);
    expect(await runtime.engine.sync()).toBe('done');
    expect(await holds(anna.id, competenceId)).toBe(true);
    expect(await holds(bo.id, competenceId)).toBe(false);
    expect(await countOutbox(runtime.store.idb)).toBe(0);
    runtime.close();
  });

  it('discards Anna\'s unsent change when Bo says so, and sends none of it', async () => {
    const device = phone();
    const anna = await device.http.signInDemo('anna@fjordby.example');
    let runtime = await device.open();
    expect(await runtime.engine.sync()).toBe('done');
    const bo = await new HttpClient(server.url).signInDemo('bo@fjordby.example');
    const competenceId = await unheldCompetence(anna.id, bo.id);
    await runtime.mutate('competence.set', { competenceId, level: 1, canHelp: false });

    await device.http.signInDemo('bo@fjordby.example');
    expect((await runtime.completeSignIn({ id: bo.id })).ok).toBe(false);
    // Paused the moment Bo signed in: a sync now does not even ask the server.
    const requests = device.counter.requests;
    expect(await runtime.engine.sync()).toBe('signedOut');
    expect(device.counter.requests).toBe(requests);
    expect(await runtime.completeSignIn({ id: bo.id }, { others: 'discard' })).toEqual({ ok: true, restarted: true });
    runtime = await device.open();
    expect(runtime.personId).toBe(bo.id);
    expect(await countOutbox(runtime.store.idb)).toBe(0);
    expect(await listParked(runtime.store.idb)).toEqual([]);
    expect(await runtime.engine.sync()).toBe('done');
    expect(await holds(bo.id, competenceId)).toBe(false);
    expect(await holds(anna.id, competenceId)).toBe(false);
    runtime.close();
  });

  it('refuses a clientId first used by someone else, on pull as on push', async () => {
    const annaClient = new HttpClient(server.url);
    await annaClient.signInDemo('anna@fjordby.example');
    const clientId = crypto.randomUUID();
    expect((await annaClient.request('GET', `/api/sync/pull?clientId=${clientId}&limit=1`)).status).toBe(200);
    const boClient = new HttpClient(server.url);
    await boClient.signInDemo('bo@fjordby.example');
    const pull = await boClient.request('GET', `/api/sync/pull?clientId=${clientId}&limit=1`);
    expect(pull.status).toBe(403);
    expect(pull.json.error?.code).toBe('client_taken');
    const push = await boClient.request('POST', '/api/sync/push', { clientId, mutations: [] });
    expect(push.status).toBe(403);
    expect(push.json.error?.code).toBe('client_taken');
  });
});

describe('a phone handed straight back', () => {
  it('sends Anna\'s kept change when she signs in again without Bo signing out', async () => {
    const device = phone();
    const anna = await device.http.signInDemo('anna@fjordby.example');
    let runtime = await device.open();
    expect(await runtime.engine.sync()).toBe('done');
    const bo = await new HttpClient(server.url).signInDemo('bo@fjordby.example');
    const competenceId = await unheldCompetence(anna.id, bo.id);
    await runtime.mutate('competence.set', { competenceId, level: 3, canHelp: true });

    await device.http.signInDemo('bo@fjordby.example');
    expect(await runtime.completeSignIn({ id: bo.id }, { others: 'keep' })).toEqual({ ok: true, restarted: true });
    runtime = await device.open();
    expect(await runtime.engine.sync()).toBe('done');

    // Anna takes the phone back and signs in over Bo's session; Bo has nothing pending.
    await device.http.signInDemo('anna@fjordby.example');
    expect(await runtime.completeSignIn({ id: anna.id })).toEqual({ ok: true, restarted: true });
    runtime = await device.open();
    expect(runtime.personId).toBe(anna.id);
    expect(await countOutbox(runtime.store.idb)).toBe(1);
    expect(await runtime.engine.sync()).toBe('done');
    expect(await holds(anna.id, competenceId)).toBe(true);
    expect(await holds(bo.id, competenceId)).toBe(false);
    runtime.close();
  });
});
