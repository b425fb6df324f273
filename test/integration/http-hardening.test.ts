// HTTP hardening over real servers: per-session sync quotas, PUBLIC_URL (Secure,
// __Host-, HSTS, our origin), the idle timeout, 405 with Allow, 404 for missing files,
// and a busy port.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import { startConfiguredServer, type ConfiguredServer } from './configured-server';
import { Hono } from 'hono';
import { noStore, securityHeaders } from '../../src/server/http/guards';

const DAY = 86_400_000;
const competenceSet = (id: number) => ({ id, name: 'competence.set', args: { competenceId: 'demens', level: 1, canHelp: false } });

describe.each(DIALECTS)('HTTP hardening on %s', (dialect) => {
  let server: ConfiguredServer;
  let now = Date.parse('2026-12-01T08:00:00Z');
  beforeAll(async () => {
    server = await startConfiguredServer(dialect, {
      clock: () => now,
      syncQuota: { push: { burst: 10, perSecond: 2 }, pull: { burst: 3, perSecond: 1 }, slots: { running: 2, maxWaiting: 10 } },
    });
  });
  afterAll(async () => { await server.close(); });

  it('holds each session to its sync quota with 429 and Retry-After', async () => {
    const client = new HttpClient(server.url);
    await client.signInDemo('anna@fjordby.example');
    const clientId = crypto.randomUUID();
    const push = (ids: number[]) => client.request('POST', '/api/sync/push', { clientId, mutations: ids.map(competenceSet) });

    expect((await push([1, 2, 3, 4, 5, 6])).status).toBe(200);
    const over = await push([7, 8, 9, 10, 11, 12]); // 6 more mutations, 4 tokens left
    expect(over.status).toBe(429);
    expect(over.json.error?.code).toBe('rate_limited');
    expect(over.headers.get('retry-after')).toBe('1');
    expect(over.headers.get('cache-control')).toBe('no-store');
    // Another session is not held back by this one.
    const other = new HttpClient(server.url);
    await other.signInDemo('bo@fjordby.example');
    expect((await other.request('POST', '/api/sync/push', { clientId: crypto.randomUUID(), mutations: [1, 2, 3, 4, 5, 6, 7, 8].map(competenceSet) })).status).toBe(200);
    now += 1000;
    expect((await push([7, 8, 9, 10, 11, 12])).status).toBe(200);

    const pulls = [];
    for (let i = 0; i < 4; i++) pulls.push(await client.request('GET', `/api/sync/pull?clientId=${clientId}&limit=1`));
    expect(pulls.map((p) => p.status)).toEqual([200, 200, 200, 429]);
    expect(pulls[3]!.json.error?.code).toBe('rate_limited');
    expect(Number(pulls[3]!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('ends a session unused for 30 days, and keeps one in use until its absolute end', async () => {
    const idle = new HttpClient(server.url);
    await idle.signInDemo('lis@fjordby.example');
    const busy = new HttpClient(server.url);
    await busy.signInDemo('lis@fjordby.example');
    for (let day = 20; day <= 80; day += 20) {
      now += 20 * DAY;
      expect((await busy.request('GET', '/api/me')).status, `day ${day}`).toBe(200);
      if (day === 20) expect((await idle.request('GET', '/api/me')).status).toBe(200);
    }
    // Day 80: the idle one was last used on day 20, well within the 90-day lifetime.
    const idleReply = await idle.request('GET', '/api/me');
    expect(idleReply.status).toBe(401);
    expect(idleReply.json.error?.code).toBe('not_signed_in');
    now += 20 * DAY; // day 100: past the absolute end, however busy
    const expired = await busy.request('GET', '/api/me');
    expect(expired.status).toBe(401);
    expect(expired.json.error?.code).toBe('not_signed_in');
  });

  it('answers a wrong method on a known API path with 405 and Allow', async () => {
    const client = new HttpClient(server.url);
    const getPush = await client.request('GET', '/api/sync/push');
    expect(getPush.status).toBe(405);
    expect(getPush.headers.get('allow')).toBe('POST');
    expect(getPush.json.error?.code).toBe('method_not_allowed');
    expect(getPush.headers.get('cache-control')).toBe('no-store');
    const postMe = await client.request('POST', '/api/me', {});
    expect(postMe.status).toBe(405);
    expect(postMe.headers.get('allow')).toContain('GET');
    expect(postMe.json.error?.code).toBe('method_not_allowed');
    const unknown = await client.request('POST', '/api/findes-ikke', {});
    expect(unknown.status).toBe(404);
    expect(unknown.json.error?.code).toBe('not_found');
  });
});

describe('PUBLIC_URL https', () => {
  let server: ConfiguredServer;
  const publicUrl = 'https://videnbro.fjordby.example';
  beforeAll(async () => {
    server = await startConfiguredServer('sqlite', { publicUrl, allowedOrigins: ['http://localhost:5173'] });
  });
  afterAll(async () => { await server.close(); });

  it('makes the cookie Secure with the __Host- prefix and sends HSTS', async () => {
    const client = new HttpClient(server.url);
    const reply = await client.request('POST', '/api/auth/demo', { email: 'anna@fjordby.example' }, { origin: publicUrl });
    expect(reply.status).toBe(200);
    const cookie = reply.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/^__Host-vb_session=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(reply.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect((await client.request('GET', '/api/me')).status).toBe(200);
  });

  it('takes only PUBLIC_URL and the allowed origins as ours, scheme included', async () => {
    const client = new HttpClient(server.url);
    const demo = (origin: string) => client.request('POST', '/api/auth/demo', { email: 'bo@fjordby.example' }, { origin });
    const plain = await demo('http://videnbro.fjordby.example');
    expect(plain.status).toBe(403);
    expect(plain.json.error?.code).toBe('foreign_origin');
    const local = await demo(server.url); // the request's own origin is not ours behind PUBLIC_URL
    expect(local.status).toBe(403);
    expect(local.json.error?.code).toBe('foreign_origin');
    expect((await demo('http://localhost:5173')).status).toBe(200);
    expect((await demo(publicUrl)).status).toBe(200);
  });
});

describe('the guards on a reply made without the context', () => {
  it('set the security headers and no-store on a Response returned as it is, over its own Cache-Control', async () => {
    const app = new Hono();
    app.use('*', securityHeaders({ publicUrl: null }), noStore);
    app.get('/raw', () => new Response('{}', { headers: { 'cache-control': 'public, max-age=60' } }));
    const reply = await app.request('/raw');
    expect(reply.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('cache-control')).toBe('no-store');
  });
});

describe('missing files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-files-'));
  let server: ConfiguredServer;
  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Videnbro</title>');
    server = await startConfiguredServer('sqlite', { staticDir: dir });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers 404 for a missing asset or file, and the app for a deep link, with the security headers', async () => {
    for (const file of ['/assets/index-Gone123.js', '/assets/gone', '/icons/gone.png', '/gone.css']) {
      const reply = await fetch(`${server.url}${file}`);
      expect(reply.status, file).toBe(404);
      expect(await reply.text(), file).not.toContain('<title>');
    }
    for (const deep of ['/personer/p-anna', '/personer/anna.mikkelsen']) {
      const reply = await fetch(`${server.url}${deep}`);
      expect(reply.status, deep).toBe(200);
      expect(await reply.text(), deep).toContain('<title>Videnbro</title>');
      // The app's own files carry the security headers too (a reply made outside the API).
      expect(reply.headers.get('content-security-policy'), deep).toContain("default-src 'self'");
      expect(reply.headers.get('x-frame-options'), deep).toBe('DENY');
    }
  });
});

describe('a busy port', () => {
  it('says so in one line in Danish and English and exits non-zero', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as net.AddressInfo).port;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-port-'));
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
        env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, DEMO: '0', STATIC_DIR: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).not.toBe(0);
      expect(stderr.trim().split('\n')).toEqual([
        `Porten ${port} er optaget – stop det andet program eller sæt PORT=… (Port ${port} is in use – stop the other program or set PORT=…)`,
      ]);
    } finally {
      blocker.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
