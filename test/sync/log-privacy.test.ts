// The log says what happened, never to whom (issue 23, part 4): a server process logging at
// `debug` goes through sign-in by e-mail code and by demo, pushes and pulls, refusals, a
// 404, bad JSON, a message e-mailed, and a graceful stop; every line of its stdout is a
// JSON object with level, time and message, requests carry an id, route, status and
// duration, and no line holds any demo person's e-mail address or name, the sign-in code,
// the session cookie or the calendar token.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import SqliteDatabase from 'better-sqlite3';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { HttpClient } from '../support/http-client';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-log-privacy-'));
const file = path.join(dir, 'db.sqlite');
const mailFile = path.join(dir, 'mail.log');
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the log', () => {
  it('is JSON lines that name no one: no e-mail, no name, no code, cookie or token', async () => {
    server = await spawnServer({ DATABASE_URL: `file:${file}`, DEMO_PEOPLE: '120', MAIL_FILE: mailFile, LOG_LEVEL: 'debug' });
    // Sign-in by e-mail code: the code is mailed (to the file) and typed.
    const anna = new HttpClient(server.url);
    expect((await anna.request('POST', '/api/auth/code', { email: 'anna@fjordby.example' })).status).toBe(204);
    await expect.poll(() => (fs.existsSync(mailFile) ? fs.readFileSync(mailFile, 'utf8') : ''), { timeout: 10_000 }).toMatch(/\d{6}/);
    const code = /kode til Videnbro er (\d{6})/.exec(fs.readFileSync(mailFile, 'utf8'))![1]!;
    expect((await anna.request('POST', '/api/auth/verify', { email: 'anna@fjordby.example', code })).status).toBe(200);
    const lis = new HttpClient(server.url);
    await lis.signInDemo('lis@fjordby.example');
    const clientId = crypto.randomUUID();
    for (const mutations of [
      [{ id: 1, name: 'profile.update', args: { bio: 'Anna skriver om demens' } }],
      [{ id: 2, name: 'network.approve', args: { networkId: 'n-ordblindhed', personId: 'p-bo' } }],
      [{ id: 3, name: 'profile.update', args: { phone: 'ring til Anna Mikkelsen' } }],
    ]) expect((await anna.request('POST', '/api/sync/push', { clientId, mutations })).status).toBe(200);
    expect((await anna.request('GET', `/api/sync/pull?clientId=${clientId}`)).status).toBe(200);
    const feed = await anna.request<{ url: string }>('POST', '/api/calendar-feed', {});
    expect(feed.status).toBe(200);
    expect((await new HttpClient(server.url).request('GET', new URL(feed.json.url).pathname)).status).toBe(200);
    expect((await lis.request('GET', '/api/findes-ikke')).status).toBe(404);
    expect((await lis.request('POST', '/api/sync/push', '{"clientId": "anna@fjordby.example"')).status).toBe(400);
    expect((await new HttpClient(server.url).request('POST', '/api/auth/verify', { email: 'bo@fjordby.example', code: '000000' })).status).toBe(400);
    await server.kill('SIGTERM');

    const lines = server.stdout().split('\n').filter((line) => line.trim() !== '' && !line.startsWith('READY '));
    expect(lines.length).toBeGreaterThan(10);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const entry of entries) {
      expect(entry).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) });
    }
    const requests = entries.filter((e) => e.msg === 'request');
    expect(requests.find((e) => e.route === '/api/sync/push')).toMatchObject({
      reqId: expect.any(String), method: 'POST', status: 200, ms: expect.any(Number), person: expect.stringMatching(/^[\w-]{12}$/),
    });
    expect(requests.some((e) => e.route === '/api/*' && e.status === 404)).toBe(true);

    const db = new SqliteDatabase(file, { readonly: true });
    const people = db.prepare('select email, name from people').all() as { email: string; name: string }[];
    const token = new URL(feed.json.url).pathname.split('/').at(-1)!.replace(/\.ics$/, '');
    db.close();
    const log = lines.join('\n').toLowerCase();
    const secrets = [...people.flatMap((p) => [p.email, p.name]), code, anna.cookieHeader.split('=')[1]!, token, 'p-anna', 'p-bo']
      .filter((s) => s.length >= 4);
    expect(secrets.filter((secret) => log.includes(secret.toLowerCase()))).toEqual([]);
  });
});
