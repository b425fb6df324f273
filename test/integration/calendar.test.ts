// Calendar: a secret, revocable feed address lists my events as standards-valid iCalendar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import type { TestServer } from '../support/test-server';

describe.each(DIALECTS)('calendar feed on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });

  it('lists my events, cancelled ones marked, and stops when revoked or renewed', async () => {
    const anna = new HttpClient(server.url);
    await anna.signInDemo('anna@fjordby.example');
    const made = await anna.request<{ url: string }>('POST', '/api/calendar-feed', {});
    expect(made.status).toBe(200);
    const feedPath = new URL(made.json.url).pathname;
    expect(feedPath).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{40,}\.ics$/);

    // Read by a calendar app: no session, no cookie.
    const feed = await new HttpClient(server.url).request('GET', feedPath);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(feed.text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(feed.text).toContain('SUMMARY:Caféseminar: Demens og nattevagter');
    expect(feed.text).toMatch(/SUMMARY:AFLYST: Kursus: Selvledelse i hjemmeplejen\r\n[\s\S]*?STATUS:CANCELLED/);
    expect(feed.text).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    // Others' events are not in it: the welcome fair Anna did not sign up for.
    expect(feed.text).not.toContain('Velkomstmesse for nye medarbejdere – sommer 2027');
    // Each event that is on reminds a day before; once she asks for the hour before too, also then.
    const triggers = (text: string) => [...new Set(text.match(/TRIGGER:[^\r]+/g))].sort();
    expect(triggers(feed.text)).toEqual(['TRIGGER:-PT24H']);
    const set = await anna.request<{ results: { status: string }[] }>('POST', '/api/sync/push', {
      clientId: crypto.randomUUID(), mutations: [{ id: 1, name: 'notificationSettings.set', args: { channels: { eventReminderSoon: 'push' } } }],
    });
    expect(set.json.results[0]!.status).toBe('applied');
    expect(triggers((await new HttpClient(server.url).request('GET', feedPath)).text)).toEqual(['TRIGGER:-PT1H', 'TRIGGER:-PT24H']);

    const renewed = await anna.request<{ url: string }>('POST', '/api/calendar-feed', {});
    expect(new URL(renewed.json.url).pathname).not.toBe(feedPath);
    const old = await new HttpClient(server.url).request('GET', feedPath);
    expect(old.status).toBe(404);
    expect(old.json.error?.code).toBe('not_found');
    expect((await anna.request('DELETE', '/api/calendar-feed')).status).toBe(204);
    expect((await new HttpClient(server.url).request('GET', new URL(renewed.json.url).pathname)).status).toBe(404);
  });

  it('makes feeds only for signed-in people', async () => {
    const reply = await new HttpClient(server.url).request('POST', '/api/calendar-feed', {});
    expect(reply.status).toBe(401);
    expect(reply.json.error?.code).toBe('not_signed_in');
  });
});
