// Serving the built app: hashed assets cached for a year, the shell and the service
// worker never cached, the build's compressed copies sent to the browsers that take them,
// deep links answered with the app, /api never with the app.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-static-'));
const APP = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `ord ${i}`))};`;
let server: TestServer;
beforeAll(async () => {
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Videnbro</title>');
  fs.writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  fs.writeFileSync(path.join(dir, 'manifest.webmanifest'), '{"name":"Videnbro"}');
  fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
  // As the build leaves them (scripts/precompress.ts): a file with its Brotli and gzip copies.
  fs.writeFileSync(path.join(dir, 'assets', 'app-Zz9.js'), APP);
  fs.writeFileSync(path.join(dir, 'assets', 'app-Zz9.js.br'), zlib.brotliCompressSync(APP));
  fs.writeFileSync(path.join(dir, 'assets', 'app-Zz9.js.gz'), zlib.gzipSync(APP));
  fs.writeFileSync(path.join(dir, 'index.html.br'), zlib.brotliCompressSync(fs.readFileSync(path.join(dir, 'index.html'))));
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

/** A GET as sent, its reply as received: headers and the body's bytes, not decoded. */
function rawGet(url: string, acceptEncoding: string | null): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding } }, (reply) => {
      const chunks: Buffer[] = [];
      reply.on('data', (chunk: Buffer) => chunks.push(chunk));
      reply.on('end', () => resolve({ headers: reply.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
  });
}

describe('the build\'s compressed copies', () => {
  it('are sent as Brotli, else gzip, else the file itself, with the file\'s type and caching', async () => {
    const url = `${server.url}/assets/app-Zz9.js`;
    const br = await rawGet(url, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(APP);

    const gz = await rawGet(url, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(APP);

    const plain = await rawGet(url, null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(APP);
  });

  it('keep the shell uncached when it is sent compressed', async () => {
    const shell = await rawGet(`${server.url}/index.html`, 'br');
    expect(shell.headers['content-encoding']).toBe('br');
    expect(shell.headers['cache-control']).toBe('no-cache');
    expect(zlib.brotliDecompressSync(shell.body).toString()).toContain('<title>Videnbro</title>');
  });
});
