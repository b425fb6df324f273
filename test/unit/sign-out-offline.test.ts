// Signing out of a shared phone with no network: refused as before unless the user has
// agreed (the app's own warning), then the device is wiped anyway and the logout is owed
// to the server: sent at the next start with a connection, and until then the session
// cookie that still lives may not sign its person back in.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/client/runtime';

const anna = {
  id: 'p-anna', name: 'Anna', email: 'anna@fjordby.example', title: 'SSH', phone: '11223344', phoneHidden: false,
  bio: '', unitId: 'u1', roles: ['employee'], knowledgeSharer: false,
};

/** A phone's network and the server's view of its session cookie. */
function network() {
  const state = { online: true, session: true, calls: [] as string[] };
  const json = (status: number, body: unknown) => new Response(status === 204 ? null : JSON.stringify(body), {
    status, headers: { 'content-type': 'application/json' },
  });
  const fetchImpl: typeof fetch = async (input) => {
    const path = new URL(String(input)).pathname;
    if (!state.online) throw new TypeError('offline');
    state.calls.push(path);
    if (path === '/api/auth/logout') {
      state.session = false;
      return json(204, null);
    }
    if (path === '/api/me') return state.session ? json(200, { person: anna }) : json(401, { error: { code: 'not_signed_in', message: 'Log ind' } });
    // Sync is not under test here: the server is busy.
    return json(503, { error: { code: 'internal', message: 'Optaget' } });
  };
  return { state, fetchImpl };
}

function readDevice(dbName: string): Promise<{ outbox: number; meta: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['outbox', 'meta']);
      const outbox = tx.objectStore('outbox').count();
      const keys = tx.objectStore('meta').getAllKeys();
      const values = tx.objectStore('meta').getAll();
      tx.oncomplete = () => {
        open.result.close();
        resolve({ outbox: outbox.result, meta: Object.fromEntries(keys.result.map((key, i) => [String(key), values.result[i]])) });
      };
    };
  });
}

describe('signing out offline', () => {
  it('is refused without the user\'s word, wipes the device with it, and sends the logout at the next start', async () => {
    const { state, fetchImpl } = network();
    const dbName = `sign-out-${crypto.randomUUID()}`;
    const open = () => createRuntime({ dbName, baseUrl: 'http://phone.test', fetch: fetchImpl });

    let runtime = await open();
    expect(runtime.personId).toBe('p-anna');
    state.online = false;
    await runtime.mutate('profile.update', { bio: 'Skrevet i trappeopgangen' });

    expect(await runtime.signOut()).toEqual({ ok: false });
    expect((await readDevice(dbName)).outbox).toBe(1);

    expect(await runtime.signOut({ offline: true })).toEqual({ ok: true, providerLogout: null });
    expect(await readDevice(dbName)).toEqual({ outbox: 0, meta: { signOutOwed: true } });
    expect(state.session).toBe(true); // the server has not heard of it yet

    // Started again, still offline: nobody is signed in, though the cookie lives.
    runtime = await open();
    expect(runtime.personId).toBeNull();
    runtime.close();

    // Online again: the logout goes first, and the old cookie signs nobody in.
    state.online = true;
    state.calls = [];
    runtime = await open();
    expect(state.calls).toEqual(['/api/auth/logout']);
    expect(state.session).toBe(false);
    expect(runtime.personId).toBeNull();
    expect((await readDevice(dbName)).meta).toEqual({});
    runtime.close();
  });

  it('is not owed when the server heard of it', async () => {
    const { state, fetchImpl } = network();
    const dbName = `sign-out-${crypto.randomUUID()}`;
    const runtime = await createRuntime({ dbName, baseUrl: 'http://phone.test', fetch: fetchImpl });
    expect(await runtime.signOut({ offline: true })).toEqual({ ok: true, providerLogout: null });
    expect(state.calls).toEqual(['/api/me', '/api/auth/logout']);
    expect((await readDevice(dbName)).meta).toEqual({});
  });
});
