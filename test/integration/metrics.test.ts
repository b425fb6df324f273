// GET /metrics (issue 23, part 3) over real HTTP on SQLite and PostgreSQL, read by a
// Prometheus text-format parser: the named series are there and count what happened
// (requests by matched route and status, a 429 among them; mutations by name and outcome;
// pull pages, changes and bytes; the message queue; the pool on PostgreSQL; the process's
// own), and only the token's holder or this machine without a proxy may read them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import parsePrometheusTextFormat, { type ParsedFamily } from 'parse-prometheus-text-format';
import { DIALECTS, startServerFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import { apiDevice } from '../support/api-device';
import { employees } from '../support/sessions';
import type { TestServer } from '../support/test-server';

const TOKEN = 'målinger-til-overvågningen';

describe.each(DIALECTS)('metrics on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect, { metricsToken: TOKEN }); });
  afterAll(async () => { await server.close(); });

  async function scrape(): Promise<Map<string, ParsedFamily>> {
    const reply = await new HttpClient(server.url).request('GET', '/metrics', undefined, { authorization: `Bearer ${TOKEN}` });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return new Map(parsePrometheusTextFormat(reply.text).map((family) => [family.name, family]));
  }
  const sample = (families: Map<string, ParsedFamily>, name: string, labels: Record<string, string> = {}) => families.get(name)?.metrics
    .find((m) => Object.entries(labels).every(([key, value]) => m.labels?.[key] === value));

  it('counts requests, mutations and pulls, and shows the queue, the pool and the process', async () => {
    const [personId] = await employees(server, 1);
    const phone = await apiDevice(server, personId!);
    expect((await phone.run('profile.update', { bio: 'Målt' })).status).toBe('applied');
    expect((await phone.run('network.approve', { networkId: 'n-ordblindhed', personId: personId! })).status).toBe('rejected');
    await phone.pullAll();
    // A 429: sign-in codes asked for too often from one address.
    const asker = new HttpClient(server.url);
    let limited = 0;
    for (let i = 0; i < 30 && limited === 0; i++) {
      if ((await asker.request('POST', '/api/auth/code', { email: 'anna@fjordby.example' })).status === 429) limited += 1;
    }
    expect(limited).toBe(1);

    const families = await scrape();
    // The durations are a histogram (this parser folds a labelled histogram's series into
    // one, so the counts are read from the counter of the same requests).
    expect(families.get('videnbro_http_request_duration_seconds')?.type).toBe('HISTOGRAM');
    const requests = families.get('videnbro_http_requests_total')!;
    expect(sample(families, 'videnbro_http_requests_total', { method: 'POST', route: '/api/sync/push', status: '200' })?.value).toBe('2');
    expect(sample(families, 'videnbro_http_requests_total', { method: 'POST', route: '/api/auth/code', status: '429' })?.value).toBe('1');
    expect(Number(sample(families, 'videnbro_http_requests_total', { method: 'GET', route: '/api/sync/pull', status: '200' })?.value)).toBeGreaterThanOrEqual(1);
    // Routes are patterns, never a path with an id in it.
    for (const m of requests.metrics) expect(m.labels?.route).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);

    expect(sample(families, 'videnbro_mutations_total', { name: 'profile.update', outcome: 'applied' })?.value).toBe('1');
    expect(sample(families, 'videnbro_mutations_total', { name: 'network.approve', outcome: 'rejected' })?.value).toBe('1');
    expect(Number(sample(families, 'videnbro_pull_pages_total')?.value)).toBeGreaterThanOrEqual(1);
    expect(Number(sample(families, 'videnbro_pull_changes_total')?.value)).toBeGreaterThan(100);
    expect(Number(sample(families, 'videnbro_pull_bytes_total')?.value)).toBeGreaterThan(1000);
    expect(families.get('videnbro_notification_queue_depth')?.type).toBe('GAUGE');
    expect(Number(sample(families, 'videnbro_notification_queue_oldest_due_seconds')?.value)).toBeGreaterThanOrEqual(0);
    expect(families.has('videnbro_nodejs_eventloop_lag_p99_seconds')).toBe(true);
    expect(families.has('videnbro_process_resident_memory_bytes')).toBe(true);
    if (dialect === 'postgres') {
      expect(Number(sample(families, 'videnbro_db_pool_connections', { state: 'idle' })?.value)).toBeGreaterThanOrEqual(0);
    } else {
      expect(families.has('videnbro_db_pool_connections')).toBe(false);
    }
  });

  it('are refused without the token, with a wrong one, and through a proxy, each with its code', async () => {
    for (const headers of [{}, { authorization: 'Bearer forkert' }, { authorization: `Basic ${TOKEN}` }] as Record<string, string>[]) {
      const reply = await new HttpClient(server.url).request<{ error: { code: string } }>('GET', '/metrics', undefined, headers);
      expect([reply.status, reply.json.error.code], JSON.stringify(headers)).toEqual([401, 'metrics_not_allowed']);
    }
    // No token set: this machine only, and not by way of a proxy.
    const open = await startServerFor(dialect);
    try {
      expect((await new HttpClient(open.url).request('GET', '/metrics')).status).toBe(200);
      for (const header of [{ 'x-forwarded-for': '203.0.113.9' }, { 'x-real-ip': '203.0.113.9' }, { forwarded: 'for=203.0.113.9' }] as Record<string, string>[]) {
        const proxied = await new HttpClient(open.url).request<{ error: { code: string } }>('GET', '/metrics', undefined, header);
        expect([proxied.status, proxied.json.error.code], JSON.stringify(header)).toEqual([403, 'metrics_not_allowed']);
      }
    } finally {
      await open.close();
    }
  });
});
