// The transport reads every reply with the shared schemas and passes on the server's
// Retry-After; the engine waits at least that long before it tries again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BAD_REPLY, createTransport, NO_ANSWER, type Transport } from '../../src/client/sync/transport';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { mutate } from '../../src/client/actions/mutate';
import { SyncEngine } from '../../src/client/sync/engine';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('transport', () => {
  it('turns a reply that breaks the protocol into a failure, not data', async () => {
    const transport = createTransport('', async () => json(200, { lastMutationId: 'three', results: [] }));
    expect(await transport.push({ clientId: crypto.randomUUID(), mutations: [] })).toEqual({ ok: false, status: BAD_REPLY, error: null });
    const pull = createTransport('', async () => json(200, { cursor: 'v1.1', more: 'no', reset: false, lastMutationId: 0, changes: [] }));
    expect((await pull.pull(crypto.randomUUID(), undefined, 10)).ok).toBe(false);
    // One change it cannot read is skipped, not the page (pulled-changes.test.ts).
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const odd = createTransport('', async () => json(200, { cursor: 'v1.1', more: false, reset: false, lastMutationId: 0, changes: [{ type: 'nonsense', op: 'put', id: 'x' }] }));
    expect(await odd.pull(crypto.randomUUID(), undefined, 10)).toEqual({ ok: true, value: { cursor: 'v1.1', more: false, reset: false, lastMutationId: 0, changes: [] } });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('passes a valid reply on', async () => {
    const transport = createTransport('', async () => json(200, { lastMutationId: 2, results: [{ id: 2, status: 'applied' }] }));
    expect(await transport.push({ clientId: crypto.randomUUID(), mutations: [] }))
      .toEqual({ ok: true, value: { lastMutationId: 2, results: [{ id: 2, status: 'applied' }] } });
  });

  it('reads the error body and Retry-After of a refusal', async () => {
    const transport = createTransport('', async () =>
      json(429, { error: { code: 'rate_limited', message: 'For mange forsøg' } }, { 'retry-after': '30' }));
    expect(await transport.pull(crypto.randomUUID(), undefined, 10)).toEqual({
      ok: false, status: 429, error: { code: 'rate_limited', message: 'For mange forsøg' }, retryAfterSeconds: 30,
    });
  });

  it('reports no answer when the network fails', async () => {
    const transport = createTransport('', async () => { throw new TypeError('offline'); });
    expect(await transport.me()).toEqual({ ok: false, status: NO_ANSWER, error: null });
  });
});

describe('engine and Retry-After', () => {
  afterEach(() => { vi.restoreAllMocks(); });

  it('waits at least as long as the server asked before trying again', async () => {
    const store = await LocalStore.open(`retry-${crypto.randomUUID()}`);
    await setMeta(store.idb, 'personId', 'p-anna');
    await mutate(store, 'profile.update', { bio: 'x' });
    const transport = {
      push: async () => ({ ok: false as const, status: 429, error: { code: 'rate_limited', message: 'Vent' }, retryAfterSeconds: 120 }),
    } as unknown as Transport;
    const engine = new SyncEngine({ store, transport });
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    expect(await engine.sync()).toBe('error');
    const delays = timeouts.mock.calls.map((call) => Number(call[1] ?? 0));
    expect(Math.max(...delays)).toBeGreaterThanOrEqual(120_000);
    expect(engine.status.lastError).toBe('Vent');
    engine.stop();
    store.close();
  });
});
