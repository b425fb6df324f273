// Sign-in, sessions and the request guards, over real HTTP on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import type { TestServer } from '../support/test-server';
import { createApp } from '../../src/server/http/app';
import { fileMailTransport } from '../../src/server/mail/transport';
import { createTaskQueue } from '../../src/server/auth/task-queue';
import type { AppConfig } from '../../src/server/http/app-env';
import { DEFAULT_PUSH_SETTINGS } from '../../src/server/notifications/push-settings';

const appConfig = (config: Partial<AppConfig>): AppConfig => ({
  demo: true, staticDir: null, publicUrl: null, trustProxy: 0, allowedOrigins: [], oidc: null, emailCodes: true, retention: { deactivatedDays: 180 }, legal: { controller: 'K', dpo: 'D', feedback: 'F' }, push: DEFAULT_PUSH_SETTINGS, syncQuota: null, ...config,
});

describe.each(DIALECTS)('auth and guards on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });

  it('mails a one-time code to a known address and signs in with it, once', async () => {
    const client = new HttpClient(server.url);
    const sent = await client.request('POST', '/api/auth/code', { email: 'Anna@Fjordby.example ' });
    expect(sent.status).toBe(204);
    expect(sent.headers.get('cache-control')).toBe('no-store');
    // The code is bound to this browser by a nonce cookie only it holds (code-cookie.ts).
    const nonceCookie = sent.headers.getSetCookie().join('\n');
    expect(nonceCookie).toMatch(/^vb_code=[A-Za-z0-9_-]{43};/);
    expect(nonceCookie).toMatch(/HttpOnly/i);
    expect(nonceCookie).toMatch(/SameSite=Strict/i);
    expect(nonceCookie).toMatch(/Max-Age=600/i);
    expect(nonceCookie).not.toMatch(/Secure/i);
    await server.flushMail(); // mail goes out from a queue, after the reply
    const code = server.lastCode('anna@fjordby.example');
    expect(code).toMatch(/^\d{6}$/);

    const wrong = await client.request('POST', '/api/auth/verify', { email: 'anna@fjordby.example', code: code === '000000' ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error?.code).toBe('invalid_code');

    const ok = await client.request<{ person: { email: string } }>('POST', '/api/auth/verify', { email: 'anna@fjordby.example', code });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(ok.json.person.email).toBe('anna@fjordby.example');
    const cookie = ok.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/vb_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // localhost: plain http

    const me = await client.request<{ person: { email: string } }>('GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect(me.json.person.email).toBe('anna@fjordby.example');

    const again = await client.request('POST', '/api/auth/verify', { email: 'anna@fjordby.example', code });
    expect(again.status).toBe(400);
    expect(again.json.error?.code).toBe('invalid_code');
    const elsewhere = await new HttpClient(server.url).request('POST', '/api/auth/verify', { email: 'anna@fjordby.example', code });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.json.error?.code).toBe('invalid_code');
  });

  it('signs in by demo only the listed demo accounts', async () => {
    const client = new HttpClient(server.url);
    const other = await server.db.kysely.selectFrom('people').select('email')
      .where('email', 'not in', ['anna@fjordby.example', 'bo@fjordby.example', 'lis@fjordby.example', 'admin@fjordby.example']).executeTakeFirstOrThrow();
    const refused = await client.request('POST', '/api/auth/demo', { email: other.email });
    expect(refused.status).toBe(403);
    expect(refused.json.error?.code).toBe('not_allowed');
    const me = await client.request('GET', '/api/me');
    expect(me.status).toBe(401);
    expect(me.json.error?.code).toBe('not_signed_in');
  });

  it('answers 204 for an unknown address and mails nothing', async () => {
    const client = new HttpClient(server.url);
    const reply = await client.request('POST', '/api/auth/code', { email: 'nobody@fjordby.example' });
    expect(reply.status).toBe(204);
    await server.flushMail();
    expect(server.lastCode('nobody@fjordby.example')).toBeNull();
  });

  it('caps code requests per client address with 429 and Retry-After', async () => {
    // The burst is five a minute per address; the tests above asked twice from here already.
    const client = new HttpClient(server.url);
    const replies = [];
    for (let i = 0; i < 6; i++) replies.push(await client.request('POST', '/api/auth/code', { email: 'lis@fjordby.example' }));
    expect(replies.slice(0, 3).map((r) => r.status)).toEqual([204, 204, 204]);
    const refused = replies.at(-1)!;
    expect(refused.status).toBe(429);
    expect(refused.json.error?.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('rotates the session on sign-in and revokes it on sign-out', async () => {
    const client = new HttpClient(server.url);
    await client.signInDemo('bo@fjordby.example');
    const first = client.cookieHeader;
    await client.signInDemo('bo@fjordby.example');
    expect(client.cookieHeader).not.toBe(first);

    const old = await server.db.kysely.selectFrom('sessions').select('revoked_at').where('revoked_at', 'is not', null).execute();
    expect(old.length).toBeGreaterThan(0);
    const stale = await fetch(`${server.url}/api/me`, { headers: { cookie: first } });
    expect(stale.status).toBe(401);

    const current = client.cookieHeader;
    expect((await client.request('POST', '/api/auth/logout', {})).status).toBe(204);
    const after = await fetch(`${server.url}/api/me`, { headers: { cookie: current } });
    expect(after.status).toBe(401);
  });

  it('refuses foreign origins, cross-site fetches, non-JSON and oversized bodies', async () => {
    const client = new HttpClient(server.url);
    const foreign = await client.request('POST', '/api/auth/demo', { email: 'anna@fjordby.example' }, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.json.error?.code).toBe('foreign_origin');
    expect(foreign.headers.get('cache-control')).toBe('no-store');
    const crossSite = await client.request('GET', '/api/me', undefined, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    expect(crossSite.json.error?.code).toBe('foreign_origin');
    // Same host, other scheme: not our origin.
    const otherScheme = await client.request('POST', '/api/auth/demo', { email: 'anna@fjordby.example' }, { origin: server.url.replace('http:', 'https:') });
    expect(otherScheme.status).toBe(403);
    expect(otherScheme.json.error?.code).toBe('foreign_origin');
    const sameOrigin = await client.request('POST', '/api/auth/demo', { email: 'anna@fjordby.example' }, { origin: server.url });
    expect(sameOrigin.status).toBe(200);

    const form = await client.request('POST', '/api/auth/code', 'email=a', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(form.json.error?.code).toBe('unsupported_media_type');
    expect(form.json.error?.message).toMatch(/JSON/);

    const huge = await client.request('POST', '/api/sync/push', { clientId: crypto.randomUUID(), mutations: [], pad: 'x'.repeat(1_100_000) });
    expect(huge.status).toBe(413);
    expect(huge.json.error?.code).toBe('payload_too_large');
    // Just under the limit, its length declared: read, and refused for what it says.
    const under = await client.request('POST', '/api/sync/push', { clientId: crypto.randomUUID(), mutations: [], pad: 'x'.repeat(1_000_000) });
    expect(under.status).toBe(400);
    expect(under.json.error?.code).toBe('invalid_request');
    // Sent in chunks, no length declared: counted as it arrives.
    const chunks = (bytes: number) => new ReadableStream<Uint8Array>({
      start(controller) {
        for (let sent = 0; sent < bytes; sent += 65_536) controller.enqueue(new TextEncoder().encode('x'.repeat(65_536)));
        controller.close();
      },
    });
    const streamed = await fetch(`${server.url}/api/auth/demo`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: chunks(1_200_000), duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as { error?: { code?: string } }).error?.code).toBe('payload_too_large');
  });

  it('sends security headers and no-store on every API reply, errors included', async () => {
    const reply = await fetch(`${server.url}/api/health`);
    expect(reply.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(reply.headers.get('strict-transport-security')).toBeNull(); // no PUBLIC_URL: plain http
    expect(reply.headers.get('cache-control')).toBe('no-store');

    const client = new HttpClient(server.url);
    const notSignedIn = await client.request('GET', '/api/me');
    expect(notSignedIn.status).toBe(401);
    expect(notSignedIn.json.error?.code).toBe('not_signed_in');
    expect(notSignedIn.headers.get('cache-control')).toBe('no-store');
    const missing = await client.request('GET', '/api/findes-ikke');
    expect(missing.json.error?.code).toBe('not_found');
    expect(missing.headers.get('cache-control')).toBe('no-store');
    const badJson = await client.request('POST', '/api/auth/code', '{', { 'content-type': 'application/json' });
    expect(badJson.json.error?.code).toBe('bad_json');
    expect(badJson.headers.get('cache-control')).toBe('no-store');

    await client.signInDemo('bo@fjordby.example');
    const push = await client.request('POST', '/api/sync/push', { clientId: crypto.randomUUID(), mutations: [] });
    expect(push.status).toBe(200);
    expect(push.headers.get('cache-control')).toBe('no-store');
    const logout = await client.request('POST', '/api/auth/logout', {});
    expect(logout.headers.get('cache-control')).toBe('no-store');
  });

  it('takes Secure from PUBLIC_URL, not from the Host header, and hides demo sign-in without demo data', async () => {
    const quiet = { db: server.db, mail: fileMailTransport(null, () => undefined), mailQueue: createTaskQueue(), clock: Date.now, notifications: { publicKey: '', wake: () => undefined, sendTest: () => Promise.resolve({ pushed: 0, emailed: false }) }, waitlists: { settle: () => Promise.resolve() }, pulseResults: { settle: () => Promise.resolve() } };
    const signIn = (app: ReturnType<typeof createApp>, url: string, host: string) => app.request(url, {
      method: 'POST', headers: { 'content-type': 'application/json', host }, body: JSON.stringify({ email: 'anna@fjordby.example' }),
    });
    // Without PUBLIC_URL a foreign Host changes nothing: plain http, as `npm start` serves.
    const guessing = await signIn(createApp({ ...quiet, config: appConfig({}) }), 'http://videnbro.fjordby.example/api/auth/demo', 'videnbro.fjordby.example');
    expect(guessing.status).toBe(200);
    expect(guessing.headers.get('set-cookie')).not.toMatch(/Secure/);

    const https = createApp({ ...quiet, config: appConfig({ publicUrl: 'https://videnbro.fjordby.example' }) });
    const reply = await signIn(https, 'http://localhost/api/auth/demo', 'localhost');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('set-cookie')).toMatch(/^__Host-vb_session=.*; Secure/);
    expect(reply.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const code = await signIn(https, 'http://localhost/api/auth/code', 'localhost');
    expect(code.status).toBe(204);
    expect(code.headers.get('set-cookie')).toMatch(/^__Host-vb_code=[A-Za-z0-9_-]{43};.*Path=\/;.*Secure;.*SameSite=Strict/);
    await quiet.mailQueue.drain(); // its mail goes out while the database is still open

    const production = createApp({ ...quiet, config: appConfig({ demo: false }) });
    const refused = await production.request('http://localhost/api/auth/demo', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'anna@fjordby.example' }),
    });
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('demo_disabled');
  });
});
