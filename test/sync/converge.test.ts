// Two devices and a server in one process: offline edits converge, nothing is lost or doubled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { createDevice } from '../support/device';
import { listPersonCompetences, getPerson, listRejected } from '../../src/client/store/queries';
import { LocalStore } from '../../src/client/store/local-store';
import { countOutbox } from '../../src/client/store/outbox';

let server: TestServer;
beforeAll(async () => { server = await startTestServer('sqlite'); });
afterAll(async () => { await server.close(); });

const competenceIds = async (device: Awaited<ReturnType<typeof createDevice>>, personId: string) =>
  (await listPersonCompetences(device.runtime.store, personId)).map((c) => `${c.row.competenceId}:${c.row.level}`).sort();

describe('sync engine against a real server', () => {
  it('converges offline edits made on two devices', async () => {
    const anna = await createDevice(server.url, 'anna@fjordby.example');
    const bo = await createDevice(server.url, 'bo@fjordby.example');
    expect(await anna.runtime.engine.sync()).toBe('done');
    expect(await bo.runtime.engine.sync()).toBe('done');
    anna.setOnline(false);
    bo.setOnline(false);

    await anna.runtime.mutate('competence.set', { competenceId: 'ordblindhed', level: 3, canHelp: true });
    await anna.runtime.mutate('profile.update', { bio: 'Nattevagt i Hjemmeplejen' });
    await bo.runtime.mutate('competence.set', { competenceId: 'fundraising', level: 2, canHelp: false });
    expect(await anna.runtime.engine.sync()).toBe('offline');
    expect(await countOutbox(anna.runtime.store.idb)).toBe(2);
    // Optimistic state is there while offline.
    expect(await competenceIds(anna, anna.runtime.personId!)).toContain('ordblindhed:3');

    anna.setOnline(true);
    bo.setOnline(true);
    expect(await anna.runtime.engine.sync()).toBe('done');
    expect(await bo.runtime.engine.sync()).toBe('done');
    expect(await anna.runtime.engine.sync()).toBe('done');

    expect(await countOutbox(anna.runtime.store.idb)).toBe(0);
    expect(await countOutbox(bo.runtime.store.idb)).toBe(0);
    expect(await anna.runtime.store.idb.count('overlay')).toBe(0);
    // Each sees the other's change, and their own, as the server has them.
    expect(await competenceIds(bo, anna.runtime.personId!)).toContain('ordblindhed:3');
    expect(await competenceIds(anna, bo.runtime.personId!)).toContain('fundraising:2');
    expect((await getPerson(bo.runtime.store, anna.runtime.personId!))?.bio).toBe('Nattevagt i Hjemmeplejen');
    expect(await competenceIds(anna, anna.runtime.personId!)).toEqual(await competenceIds(bo, anna.runtime.personId!));
    anna.close();
    bo.close();
  });

  it('has the effect of a push once when the same push arrives again (dropped response)', async () => {
    const lis = await createDevice(server.url, 'lis@fjordby.example');
    await lis.runtime.engine.sync();
    await lis.runtime.mutate('competence.set', { competenceId: 'demens', level: 2, canHelp: true, note: 'Første' });
    // The server handles the push, but the answer never reaches the phone.
    lis.intercept((next) => async (input, init) => {
      const response = await next(input, init);
      if (String(input).includes('/api/sync/push')) throw new TypeError('connection reset');
      return response;
    });
    expect(await lis.runtime.engine.sync()).toBe('offline');
    expect(await countOutbox(lis.runtime.store.idb)).toBe(1);
    const versionAfterFirst = await server.db.kysely.selectFrom('person_competences').select('version')
      .where('id', '=', `${lis.runtime.personId}:demens`).executeTakeFirstOrThrow();

    lis.intercept(null);
    expect(await lis.runtime.engine.sync()).toBe('done');
    const versionAfterRetry = await server.db.kysely.selectFrom('person_competences').select('version')
      .where('id', '=', `${lis.runtime.personId}:demens`).executeTakeFirstOrThrow();
    expect(versionAfterRetry.version).toBe(versionAfterFirst.version);
    expect(await countOutbox(lis.runtime.store.idb)).toBe(0);
    expect(await competenceIds(lis, lis.runtime.personId!)).toContain('demens:2');
    lis.close();
  });

  it('shows a refused change in the "not accepted" list and sends the rest', async () => {
    const admin = await createDevice(server.url, 'admin@fjordby.example');
    await admin.runtime.engine.sync();
    // The catalogue entry disappears on the server while the phone is offline.
    admin.setOnline(false);
    await admin.runtime.mutate('competence.set', { competenceId: 'motorik', level: 1, canHelp: false });
    await admin.runtime.mutate('competence.set', { competenceId: 'ordblindhed', level: 1, canHelp: false });
    await server.db.kysely.updateTable('competences').set({ deleted: 1 }).where('id', '=', 'motorik').execute();
    admin.setOnline(true);
    expect(await admin.runtime.engine.sync()).toBe('done');

    const rejected = await listRejected(admin.runtime.store);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ name: 'competence.set', code: 'competence_not_found' });
    expect(rejected[0]?.message).toMatch(/findes ikke/);
    const mine = await competenceIds(admin, admin.runtime.personId!);
    expect(mine).toContain('ordblindhed:1');
    expect(mine).not.toContain('motorik:1'); // the optimistic row is gone after the pull
    await server.db.kysely.updateTable('competences').set({ deleted: 0 }).where('id', '=', 'motorik').execute();
    admin.close();
  });

  it('pauses on 401, keeps the outbox, and resumes after signing in again', async () => {
    const anna = await createDevice(server.url, 'anna@fjordby.example');
    await anna.runtime.engine.sync();
    await anna.http.request('POST', '/api/auth/logout', {});
    await anna.runtime.mutate('competence.set', { competenceId: 'palliation', level: 2, canHelp: true });
    expect(await anna.runtime.engine.sync()).toBe('signedOut');
    expect(anna.runtime.engine.status.state).toBe('signedOut');
    expect(await countOutbox(anna.runtime.store.idb)).toBe(1);
    // While signed out, syncing does nothing and loses nothing.
    expect(await anna.runtime.engine.sync()).toBe('signedOut');

    const person = await anna.http.signInDemo('anna@fjordby.example');
    await anna.runtime.completeSignIn({ id: person.id } as never);
    // Signed in at once; the sync it started runs on: wait for it (and one more).
    expect(await anna.runtime.engine.sync()).toBe('done');
    expect(anna.runtime.engine.status.state).toBe('idle');
    expect(await countOutbox(anna.runtime.store.idb)).toBe(0);
    const onServer = await server.db.kysely.selectFrom('person_competences').select(['level', 'deleted'])
      .where('id', '=', `${person.id}:palliation`).executeTakeFirst();
    expect(onServer).toEqual({ level: 2, deleted: 0 });
    anna.close();
  });

  it('will not drop another person\'s unsent changes at sign-in without asking', async () => {
    const anna = await createDevice(server.url, 'anna@fjordby.example');
    await anna.runtime.engine.sync();
    anna.setOnline(false);
    await anna.runtime.mutate('profile.update', { bio: 'Ikke sendt' });
    const result = await anna.runtime.completeSignIn({ id: 'p-bo' });
    expect(result).toEqual({ ok: false, othersPending: 1, ownerName: expect.stringContaining('Anna') });
    expect(await countOutbox(anna.runtime.store.idb)).toBe(1);
    anna.close();
  });

  it('keeps a change made offline when the app is closed and opened again', async () => {
    const bo = await createDevice(server.url, 'bo@fjordby.example');
    await bo.runtime.engine.sync();
    bo.setOnline(false);
    await bo.runtime.mutate('competence.set', { competenceId: 'klarsprog', level: 2, canHelp: false });
    const name = bo.runtime.store.name;
    bo.close();
    const reopened = await LocalStore.open(name);
    expect(await countOutbox(reopened.idb)).toBe(1);
    expect((await reopened.idb.getAll('outbox'))[0]).toMatchObject({ id: expect.any(Number), name: 'competence.set' });
    // The optimistic row comes back too, and the synced rows from the log.
    expect(reopened.isPending('personCompetence', `${bo.runtime.personId}:klarsprog`)).toBe(true);
    expect(listPersonCompetences(reopened, bo.runtime.personId!).map((c) => c.row.competenceId)).toContain('klarsprog');
    expect(reopened.synced.count('person')).toBeGreaterThan(100);
    reopened.close();
  });
});
