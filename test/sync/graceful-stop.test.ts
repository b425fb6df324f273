// SIGTERM with a request in flight (issue 23, part 5): the server stops taking new
// connections at once, answers the push it is reading (whole: it commits), and exits 0
// within 10 s. The push's body is held back half-way over the SIGTERM, so the request is
// in flight whatever the machine's speed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import SqliteDatabase from 'better-sqlite3';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { HttpClient } from '../support/http-client';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-graceful-stop-'));
const file = path.join(dir, 'db.sqlite');
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a graceful stop', () => {
  it('answers the push in flight, refuses new connections, and exits 0 within 10 s', async () => {
    server = await spawnServer({ DATABASE_URL: `file:${file}`, DEMO_PEOPLE: '120' });
    const anna = new HttpClient(server.url);
    const person = await anna.signInDemo('anna@fjordby.example');
    const body = JSON.stringify({ clientId: crypto.randomUUID(), mutations: [{ id: 1, name: 'profile.update', args: { bio: 'Skrevet lige før en genstart' } }] });
    const half = Math.floor(body.length / 2);

    const url = new URL('/api/sync/push', server.url);
    const request = http.request(url, {
      method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie: anna.cookieHeader },
    });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.once('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => { text += chunk.toString(); });
        response.once('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      request.once('error', reject);
    });
    request.write(body.slice(0, half));
    // The server has the request's head: it is in flight.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = new Promise<number | null>((resolve) => server!.child.once('exit', (code) => resolve(code)));
    const stoppedAt = Date.now();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));

    // No new connection is taken meanwhile.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    request.end(body.slice(half));
    const reply = await answered;
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toMatchObject({ results: [{ id: 1, status: 'applied' }] });
    expect(await exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);

    const db = new SqliteDatabase(file, { readonly: true });
    try {
      expect(db.prepare('select bio from people where id = ?').get(person.id)).toEqual({ bio: 'Skrevet lige før en genstart' });
    } finally {
      db.close();
    }
  });
});
