// The transport's calendar-feed requests (make my secret address, stop it working), and a
// captive portal's page answering 200 where the protocol says "nothing": not a success.
import { describe, expect, it } from 'vitest';
import { BAD_REPLY, createTransport } from '../../src/client/sync/transport';

import { jsonReply as json, recordingFetch as recording } from '../support/recording-fetch';

describe('the calendar feed requests', () => {
  it('asks for my calendar address and reads it back', async () => {
    const url = 'https://videnbro.example/api/calendar/7f3a.ics';
    const { requests, fetchImpl } = recording(() => json(200, { url }));
    expect(await createTransport('', fetchImpl).calendarFeed()).toEqual({ ok: true, value: { url } });
    expect(requests.map(({ url: to, init }) => [init.method, to, JSON.parse(String(init.body))])).toEqual([['POST', '/api/calendar-feed', {}]]);
  });

  it('takes a reply without an address as a bad reply', async () => {
    const { fetchImpl } = recording(() => json(200, { link: 'https://videnbro.example/x.ics' }));
    expect(await createTransport('', fetchImpl).calendarFeed()).toEqual({ ok: false, status: BAD_REPLY, error: null });
  });

  it('stops the address with a DELETE that carries no body', async () => {
    const { requests, fetchImpl } = recording(() => new Response(null, { status: 204 }));
    expect(await createTransport('', fetchImpl).revokeCalendarFeed()).toEqual({ ok: true, value: null });
    expect(requests.map(({ url, init }) => [init.method, url, init.body])).toEqual([['DELETE', '/api/calendar-feed', undefined]]);
  });
});

describe('a request that returns nothing', () => {
  it('is no success when a captive portal answers 200 with its own page', async () => {
    const { fetchImpl } = recording(() => new Response('<html><body>Log ind på hotellets net</body></html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    expect(await createTransport('', fetchImpl).logout()).toEqual({ ok: false, status: BAD_REPLY, error: null });
  });
});
