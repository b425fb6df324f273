// Serving the built app: hashed assets cached for a year, the shell and the service
// worker never cached, deep links answered with the app, /api never with the app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-static-'));
let server: TestServer;
beforeAll(async () => {
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Videnbro</title>');
  fs.writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  fs.writeFileSync(path.join(dir, 'manifest.webmanifest'), '{"name":"Videnbro"}');
  fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
  server = await startTestServer('sqlite', { staticDir: dir });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('static files', () => {
  it('caches hashed assets forever and never the shell or the service worker', async () => {
    const asset = await fetch(`${server.url}/assets/index-AbC123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const file of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const reply = await fetch(`${server.url}${file}`);
      expect(reply.status, file).toBe(200);
      expect(reply.headers.get('cache-control'), file).toBe('no-cache');
    }
  });

  it('answers deep links with the app and unknown API paths with a JSON 404', async () => {
    const deep = await fetch(`${server.url}/personer/p-anna`);
    expect(deep.status).toBe(200);
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    expect(await deep.text()).toContain('<title>Videnbro</title>');
    const api = await fetch(`${server.url}/api/findes-ikke`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
