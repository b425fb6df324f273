// Kept-alive connections outlive a reverse proxy's idle ones (server.ts KEEP_ALIVE_MS): a
// connection idle for longer than Node's default 5 s is still the app's to use, so a proxy
// never sends a request on a socket the app is closing (a 502).
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';

function get(url: string, agent: http.Agent): Promise<{ status: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${url}/healthz`, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, reused: request.reusedSocket }));
    });
    request.on('error', reject);
  });
}

describe('kept-alive connections', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor('sqlite'); });
  afterAll(async () => { await server.close(); });

  it('keeps an idle connection open past 6 s and answers on it again', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await get(server.url, agent)).toEqual({ status: 200, reused: false });
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(await get(server.url, agent)).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  }, 15_000);
});
