// Off-boarded means gone: once HR marks a person deleted (people.deleted = 1, straight in
// the database), every way in stops at once, with a session and without one: their
// session, their secret calendar address, the demo sign-in and its list, the e-mail code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import type { TestServer } from '../support/test-server';

describe.each(DIALECTS)('an off-boarded person on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });

  const offboard = (email: string) =>
    server.db.kysely.updateTable('people').set({ deleted: 1 }).where('email', '=', email).execute();

  it('loses the calendar feed (404 not_found, as an unknown address) and the session (401) at once', async () => {
    const bo = new HttpClient(server.url);
    await bo.signInDemo('bo@fjordby.example');
    const made = await bo.request<{ url: string }>('POST', '/api/calendar-feed', {});
    expect(made.status).toBe(200);
    const feedPath = new URL(made.json.url).pathname;
    const calendarApp = new HttpClient(server.url);
    expect((await calendarApp.request('GET', feedPath)).status).toBe(200);
    expect((await bo.request('GET', '/api/me')).status).toBe(200);

    await offboard('bo@fjordby.example');

    const feed = await calendarApp.request('GET', feedPath);
    const unknown = await calendarApp.request('GET', `/api/calendar/${'A'.repeat(43)}.ics`);
    expect(feed.status).toBe(404);
    expect(feed.json.error?.code).toBe('not_found');
    expect(feed.json).toEqual(unknown.json);
    for (const [method, path] of [['GET', '/api/me'], ['GET', `/api/sync/pull?clientId=${crypto.randomUUID()}`], ['POST', '/api/calendar-feed']] as const) {
      const reply = await bo.request(method, path, method === 'POST' ? {} : undefined);
      expect(reply.status, `${method} ${path}`).toBe(401);
      expect(reply.json.error?.code, `${method} ${path}`).toBe('not_signed_in');
    }
  });

  it('is no longer a demo account, cannot sign in by demo, and gets no e-mail code', async () => {
    await offboard('lis@fjordby.example');
    const anyone = new HttpClient(server.url);
    const accounts = await anyone.request<{ accounts: { email: string }[] }>('GET', '/api/auth/demo-accounts');
    expect(accounts.status).toBe(200);
    expect(accounts.json.accounts.map((a) => a.email)).not.toContain('lis@fjordby.example');
    expect(accounts.json.accounts.map((a) => a.email)).toContain('anna@fjordby.example');

    const demo = await anyone.request('POST', '/api/auth/demo', { email: 'lis@fjordby.example' });
    expect(demo.status).toBe(400);
    expect(demo.json.error?.code).toBe('invalid_email');

    // The same 204 as for anyone (no one learns who exists), and no mail goes out.
    expect((await anyone.request('POST', '/api/auth/code', { email: 'lis@fjordby.example' })).status).toBe(204);
    await server.flushMail();
    expect(server.lastCode('lis@fjordby.example')).toBeNull();
  });
});
