// Sign-in, sessions and the request guards, over real HTTP on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import type { TestServer } from '../support/test-server';
import { createApp } from '../../src/server/http/app';
import { fileMailTransport } from '../../src/server/auth/mail';

describe.each(DIALECTS)('auth and guards on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });

  it('mails a one-time code to a known address and signs in with it, once', async () => {
    const client = new HttpClient(server.url);
    const sent = await client.request('POST', '/api/auth/code', { email: 'Anna@Fjordby.example ' });
    expect(sent.status).toBe(204);
    const code = server.lastCode('anna@fjordby.example');
    expect(code).toMatch(/^\d{6}$/);

    const wrong = await client.request('POST', '/api/auth/verify', { email: 'anna@fjordby.example', code: code === '000000' ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error?.code).toBe('invalid_code');

    const ok = await client.request<{ person: { email: string } }>('POST', '/api/auth/verify', { email: 'anna@fjordby.example', code });
    expect(ok.status).toBe(200);
    expect(ok.json.person.email).toBe('anna@fjordby.example');
    const cookie = ok.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/vb_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // localhost: plain http

    const me = await client.request<{ person: { email: string } }>('GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.json.person.email).toBe('anna@fjordby.example');

    const again = await new HttpClient(server.url).request('POST', '/api/auth/verify', { email: 'anna@fjordby.example', code });
    expect(again.status).toBe(400);
  });

  it('signs in by demo only the listed demo accounts', async () => {
    const client = new HttpClient(server.url);
    const other = await server.db.kysely.selectFrom('people').select('email')
      .where('email', 'not in', ['anna@fjordby.example', 'bo@fjordby.example', 'lis@fjordby.example', 'admin@fjordby.example']).executeTakeFirstOrThrow();
    const refused = await client.request('POST', '/api/auth/demo', { email: other.email });
    expect(refused.status).toBe(403);
    expect((await client.request('GET', '/api/me')).status).toBe(401);
  });

  it('answers 204 for an unknown address and mails nothing', async () => {
    const client = new HttpClient(server.url);
    const reply = await client.request('POST', '/api/auth/code', { email: 'nobody@fjordby.example' });
    expect(reply.status).toBe(204);
    expect(server.lastCode('nobody@fjordby.example')).toBeNull();
  });

  it('rate-limits code requests per address', async () => {
    const client = new HttpClient(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await client.request('POST', '/api/auth/code', { email: 'lis@fjordby.example' })).status);
    expect(statuses.slice(0, 5).every((s) => s === 204)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
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
    const crossSite = await client.request('GET', '/api/me', undefined, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await client.request('POST', '/api/auth/demo', { email: 'anna@fjordby.example' }, { origin: server.url });
    expect(sameOrigin.status).toBe(200);

    const form = await client.request('POST', '/api/auth/code', 'email=a', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(form.json.error?.message).toMatch(/JSON/);

    const huge = await client.request('POST', '/api/sync/push', { clientId: crypto.randomUUID(), mutations: [], pad: 'x'.repeat(1_100_000) });
    expect(huge.status).toBe(413);
    expect(huge.json.error?.code).toBe('payload_too_large');
  });

  it('sends security headers and no-cache API replies', async () => {
    const reply = await fetch(`${server.url}/api/health`);
    expect(reply.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('marks the cookie Secure away from localhost and hides demo sign-in without demo data', async () => {
    const withDemo = createApp({ db: server.db, mail: fileMailTransport(null, () => undefined), config: { demo: true, staticDir: null } });
    const reply = await withDemo.request('https://videnbro.fjordby.example/api/auth/demo', {
      method: 'POST', headers: { 'content-type': 'application/json', host: 'videnbro.fjordby.example' },
      body: JSON.stringify({ email: 'anna@fjordby.example' }),
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('set-cookie')).toMatch(/Secure/);

    const production = createApp({ db: server.db, mail: fileMailTransport(null, () => undefined), config: { demo: false, staticDir: null } });
    const refused = await production.request('http://localhost/api/auth/demo', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'anna@fjordby.example' }),
    });
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('demo_disabled');
  });
});
