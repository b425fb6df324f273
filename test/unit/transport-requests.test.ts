// What the transport sends (method, address, JSON body, same-origin cookies) and how it
// reads replies the server did not shape: empty bodies, proxies' HTML pages, and each
// form of Retry-After (seconds, a date, nonsense), capped at an hour.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BAD_REPLY, createTransport } from '../../src/client/sync/transport';
import { jsonReply as json, recordingFetch as recording } from '../support/recording-fetch';

afterEach(() => { vi.useRealTimers(); });

const person = { id: 'p-anna', name: 'Anna', email: 'anna@fjordby.example', title: 'SSH', phone: '1', phoneHidden: false, bio: '', unitId: 'u1', roles: ['employee'], knowledgeSharer: false };

describe('what the transport sends', () => {
  it('posts a push as JSON to the sync endpoint, with the session cookie of this origin', async () => {
    const { requests, fetchImpl } = recording(() => json(200, { lastMutationId: 1, results: [{ id: 1, status: 'applied' }] }));
    const transport = createTransport('https://videnbro.example', fetchImpl);
    const request = { clientId: crypto.randomUUID(), mutations: [{ id: 1, name: 'profile.update' as const, args: { bio: 'Hej' } }] };
    expect(await transport.push(request)).toEqual({ ok: true, value: { lastMutationId: 1, results: [{ id: 1, status: 'applied' }] } });
    expect(requests).toHaveLength(1);
    const [{ url, init }] = requests as [{ url: string; init: RequestInit }];
    expect(url).toBe('https://videnbro.example/api/sync/push');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toEqual({ 'content-type': 'application/json', accept: 'application/json' });
    expect(JSON.parse(String(init.body))).toEqual(request);
  });

  it('asks for a pull page with the client, the page size and, when there is one, the cursor', async () => {
    const page = { cursor: 'v1.2', more: false, reset: false, lastMutationId: 0, changes: [] };
    const { requests, fetchImpl } = recording(() => json(200, page));
    const transport = createTransport('', fetchImpl);
    const clientId = crypto.randomUUID();
    expect(await transport.pull(clientId, undefined, 5000)).toEqual({ ok: true, value: page });
    await transport.pull(clientId, 'v1.1', 100);
    const [first, second] = requests.map(({ url }) => new URL(url, 'https://videnbro.example'));
    expect(first!.pathname).toBe('/api/sync/pull');
    expect(Object.fromEntries(first!.searchParams)).toEqual({ clientId, limit: '5000' });
    expect(Object.fromEntries(second!.searchParams)).toEqual({ clientId, limit: '100', cursor: 'v1.1' });
    for (const { init } of requests) {
      expect(init.method).toBe('GET');
      expect(init.body).toBeUndefined();
      expect(init.headers).toEqual({ accept: 'application/json' });
      expect(init.credentials).toBe('same-origin');
    }
  });

  it('signs in and out at the auth endpoints', async () => {
    const { requests, fetchImpl } = recording(() => json(200, { person }));
    const transport = createTransport('', fetchImpl);
    expect(await transport.me()).toEqual({ ok: true, value: { person } });
    expect(await transport.verifyCode('anna@fjordby.example', '123456')).toEqual({ ok: true, value: { person } });
    expect(await transport.demoSignIn('anna@fjordby.example')).toEqual({ ok: true, value: { person } });
    expect(requests.map(({ url, init }) => [init.method, url, init.body === undefined ? undefined : JSON.parse(String(init.body))])).toEqual([
      ['GET', '/api/me', undefined],
      ['POST', '/api/auth/verify', { email: 'anna@fjordby.example', code: '123456' }],
      ['POST', '/api/auth/demo', { email: 'anna@fjordby.example' }],
    ]);
    expect(requests.every(({ init }) => init.credentials === 'same-origin')).toBe(true);
  });

  it('takes an empty 204 as the answer of requests that return nothing', async () => {
    const { requests, fetchImpl } = recording(() => new Response(null, { status: 204 }));
    const transport = createTransport('', fetchImpl);
    expect(await transport.requestCode('anna@fjordby.example')).toEqual({ ok: true, value: null });
    expect(await transport.logout()).toEqual({ ok: true, value: null });
    expect(requests.map(({ url, init }) => [init.method, url, JSON.parse(String(init.body))])).toEqual([
      ['POST', '/api/auth/code', { email: 'anna@fjordby.example' }],
      ['POST', '/api/auth/logout', {}],
    ]);
    // The code's nonce cookie set by /api/auth/code must travel with /api/auth/verify.
    expect(requests.every(({ init }) => init.credentials === 'same-origin')).toBe(true);
  });

  it('reads the list of demo accounts, and refuses one that is not such a list', async () => {
    const accounts = [{ email: 'anna@fjordby.example', role: 'employee', name: 'Anna', title: 'SSH', unitName: 'Hjemmeplejen' }];
    const good = recording(() => json(200, { accounts }));
    expect(await createTransport('', good.fetchImpl).demoAccounts()).toEqual({ ok: true, value: { accounts } });
    expect(good.requests.map(({ url, init }) => [init.method, url])).toEqual([['GET', '/api/auth/demo-accounts']]);
    const bad = recording(() => json(200, { accounts: [{ email: 'anna@fjordby.example' }] }));
    expect(await createTransport('', bad.fetchImpl).demoAccounts()).toEqual({ ok: false, status: BAD_REPLY, error: null });
  });
});

describe('the transport the app makes', () => {
  it('uses the browser\'s fetch, on the app\'s own origin', async () => {
    const fetchSpy = vi.fn(async () => json(200, { person }));
    vi.stubGlobal('fetch', fetchSpy);
    try {
      expect(await createTransport().me()).toEqual({ ok: true, value: { person } });
      expect(fetchSpy).toHaveBeenCalledWith('/api/me', expect.objectContaining({ method: 'GET', credentials: 'same-origin' }));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('replies the server did not shape', () => {
  it('takes a success whose body is not JSON as a bad reply', async () => {
    const transport = createTransport('', async () => new Response('<html>OK</html>', { status: 200 }));
    expect(await transport.me()).toEqual({ ok: false, status: BAD_REPLY, error: null });
  });

  it('keeps the status of a failure whose body is a proxy\'s HTML page, without words', async () => {
    const transport = createTransport('', async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(await transport.me()).toEqual({ ok: false, status: 502, error: null });
  });

  it('keeps the status of a failure whose JSON is not the protocol\'s error body', async () => {
    const transport = createTransport('', async () => json(500, { message: 'boom' }));
    expect(await transport.me()).toEqual({ ok: false, status: 500, error: null });
  });
});

describe('Retry-After', () => {
  const retryAfter = async (value: string) => {
    const transport = createTransport('', async () => json(429, { error: { code: 'rate_limited', message: 'Vent' } }, { 'retry-after': value }));
    const reply = await transport.me();
    expect(reply.ok).toBe(false);
    return reply.ok ? undefined : reply.retryAfterSeconds;
  };

  it('reads seconds, including none at all', async () => {
    expect(await retryAfter('120')).toBe(120);
    expect(await retryAfter('0')).toBe(0);
  });

  it('waits at most an hour, whatever the server says', async () => {
    expect(await retryAfter('3600')).toBe(3600);
    expect(await retryAfter('86400')).toBe(3600);
  });

  it('reads an HTTP date as the seconds until then, never less than none and at most an hour', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-28T12:00:00.000Z') });
    expect(await retryAfter('Sat, 28 Nov 2026 12:01:30 GMT')).toBe(90);
    expect(await retryAfter('Sat, 28 Nov 2026 11:00:00 GMT')).toBe(0);
    expect(await retryAfter('Sun, 29 Nov 2026 12:00:00 GMT')).toBe(3600);
  });

  it('ignores what it cannot read, and leaves the field out when there is no header', async () => {
    expect(await retryAfter('soon')).toBeUndefined();
    // Never a negative wait.
    expect((await retryAfter('-5')) ?? 0).toBe(0);
    const transport = createTransport('', async () => json(503, { error: { code: 'unavailable', message: 'Vent' } }));
    expect(await transport.me()).toStrictEqual({ ok: false, status: 503, error: { code: 'unavailable', message: 'Vent' } });
  });
});
