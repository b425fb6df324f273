// A request body that never arrives whole (the phone lost its network mid-upload, a broken
// chunked encoding) is no fault of the server: it is answered or dropped with one short log
// line, never a stack trace, and the server goes on answering. Raw sockets, because fetch
// cannot send a body shorter than its Content-Length.
import net from 'node:net';
import { format } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import type { TestServer } from '../support/test-server';

const CONSOLE_METHODS = ['error', 'warn', 'log', 'info', 'debug'] as const;

/** Writes `head` and `body` on a fresh connection, waits for the server to read them, then hangs up. */
function sendAndHangUp(port: number, head: string, body: string): Promise<string> {
  return new Promise((resolve) => {
    let reply = '';
    const socket = net.connect(port, '127.0.0.1', () => { socket.write(head + body); });
    socket.on('data', (chunk) => { reply += chunk.toString(); });
    socket.on('error', () => undefined);
    setTimeout(() => { socket.destroy(); resolve(reply); }, 150);
  });
}

describe.each(DIALECTS)('a request body cut off on %s', (dialect) => {
  let server: TestServer;
  let session: string;
  let lines: string[];
  beforeAll(async () => {
    server = await startServerFor(dialect);
    const anna = new HttpClient(server.url);
    await anna.signInDemo('anna@fjordby.example');
    session = anna.cookieHeader;
  });
  afterAll(async () => { await server.close(); });
  // The server runs in this process: whatever it logs goes through this console.
  beforeEach(() => {
    lines = [];
    for (const method of CONSOLE_METHODS) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => { lines.push(format(...args)); });
    }
  });
  afterEach(() => { vi.restoreAllMocks(); });

  /** What the server logged for one request: waits for a line, then a while for any second one. */
  async function loggedFor(send: () => Promise<unknown>): Promise<string[]> {
    await send();
    await vi.waitFor(() => expect(lines.length).toBeGreaterThan(0), { timeout: 3_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    return lines;
  }

  function expectOneQuietLine(logged: string[], path: string) {
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(new RegExp(`^\\[server\\] afbrudt forespørgsel: POST ${path.replace(/\//g, '\\/')} \\([^()\\n]+\\)$`));
    expect(logged[0]).not.toMatch(/\n|^\s+at /m);
  }

  async function expectStillAnswering() {
    expect((await new HttpClient(server.url).request('GET', '/api/health')).status).toBe(200);
    const signIn = await new HttpClient(server.url).request('POST', '/api/auth/demo', { email: 'bo@fjordby.example' });
    expect(signIn.status).toBe(200);
  }

  it.each([
    ['/api/sync/push', true],
    ['/api/auth/code', false],
    ['/api/auth/verify', false],
    ['/api/auth/demo', false],
  ] as const)('%s: a Content-Length larger than what is sent, then a hang-up', async (path, signedIn) => {
    const body = '{"clientId":"0b5e7c9e-1c1b-4e7e-9b1a-2f3c4d5e6f70","mutations":[{"id":1,"name":"profile.up';
    const head = `POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n`
      + `${signedIn ? `Cookie: ${session}\r\n` : ''}Content-Length: ${body.length + 500}\r\n\r\n`;
    expectOneQuietLine(await loggedFor(() => sendAndHangUp(server.port, head, body)), path);
    await expectStillAnswering();
  });

  it('a chunked body cut off mid-chunk, then a hang-up', async () => {
    const head = 'POST /api/auth/code HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';
    expectOneQuietLine(await loggedFor(() => sendAndHangUp(server.port, head, '40\r\n{"email":"anna@')), '/api/auth/code');
    await expectStillAnswering();
  });

  it('an invalid chunked encoding: Node answers 400 and closes, the app logs one line', async () => {
    const head = 'POST /api/sync/push HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n'
      + `Cookie: ${session}\r\nTransfer-Encoding: chunked\r\n\r\n`;
    let reply = '';
    expectOneQuietLine(await loggedFor(async () => { reply = await sendAndHangUp(server.port, head, 'zz\r\n{"mutations"\r\n0\r\n\r\n'); }), '/api/sync/push');
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    await expectStillAnswering();
  });

  it('a Content-Length that is not a number: Node answers 400 before the app, with nothing logged', async () => {
    const head = 'POST /api/auth/code HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 12abc\r\n\r\n';
    const reply = await sendAndHangUp(server.port, head, '{"email":"x"}');
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lines).toEqual([]);
    await expectStillAnswering();
  });
});
