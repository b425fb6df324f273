// Sign-in that outsiders cannot lock: codes per e-mail with their own attempts, usable
// only by the browser that asked (sign-in-code-per-browser.test.ts), growing delays per
// client address, caps on code requests per address, all kept in the database. A clock
// the test moves stands in for hours of attack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import { startConfiguredServer, type ConfiguredServer } from './configured-server';
import type { Mail, MailTransport } from '../../src/server/mail/transport';

const START = Date.parse('2026-12-01T08:00:00Z');

describe.each(DIALECTS)('sign-in limits on %s', (dialect) => {
  let server: ConfiguredServer;
  let now = START;
  beforeAll(async () => { server = await startConfiguredServer(dialect, { trustProxy: 1, clock: () => now }); });
  afterAll(async () => { await server.close(); });

  // Each test speaks from its own addresses (X-Forwarded-For, trusted one hop). A code
  // works only in the browser (cookie jar) that asked for it: without one, a new browser.
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const askCode = (email: string, address: string, browser = new HttpClient(server.url)) =>
    browser.request('POST', '/api/auth/code', { email }, from(address));
  const verify = (email: string, code: string, address: string, browser = new HttpClient(server.url)) =>
    browser.request<{ person?: { email: string }; error?: { code: string } }>('POST', '/api/auth/verify', { email, code }, from(address));
  const wrongCode = (real: string[]) => {
    for (let n = 0; ; n++) {
      const candidate = String(n * 7919 % 1_000_000).padStart(6, '0');
      if (!real.includes(candidate)) return candidate;
    }
  };

  it('lets a victim with a fresh code sign in after 1,000 wrong guesses over an hour', async () => {
    const victim = 'anna@fjordby.example';
    const statuses = new Map<number, number>();
    let refusal: Awaited<ReturnType<typeof verify>> | null = null;
    let signedInMidAttack = false;
    const hers = new HttpClient(server.url);
    for (let i = 0; i < 1000; i++) {
      now += 3600; // 1,000 guesses spread over an hour
      const reply = await verify(victim, wrongCode(await server.codes(victim)), '203.0.113.66');
      statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      if (reply.status === 429) refusal = reply;
      if (i === 500) {
        // Half way through, the victim asks for a code from her own address and uses it.
        expect((await askCode(victim, '198.51.100.7', hers)).status).toBe(204);
        const code = (await server.lastCode(victim))!;
        now += 30_000;
        signedInMidAttack = (await verify(victim, code, '198.51.100.7', hers)).status === 200;
      }
    }
    expect(signedInMidAttack).toBe(true);
    expect([...statuses.keys()].sort()).toEqual([400, 429]);
    // Doubling delays: a few dozen guesses were ever checked, the rest were refused unread.
    expect(statuses.get(400)).toBeLessThan(30);
    expect(refusal?.json.error?.code).toBe('rate_limited');
    expect(Number(refusal?.headers.get('retry-after'))).toBeGreaterThan(0);

    expect((await askCode(victim, '198.51.100.7', hers)).status).toBe(204);
    const code = (await server.lastCode(victim))!;
    now += 60_000;
    const late = await verify(victim, wrongCode([code]), '203.0.113.66'); // still held off
    expect(late.status).toBe(429);
    const ok = await verify(victim, code, '198.51.100.7', hers);
    expect(ok.status).toBe(200);
    expect(ok.json.person?.email).toBe(victim);
  });

  it('kills a code after five wrong tries, and a new code gets fresh attempts', async () => {
    const email = 'bo@fjordby.example';
    const browser = new HttpClient(server.url);
    await askCode(email, '198.51.100.20', browser);
    const first = (await server.lastCode(email))!;
    for (let i = 0; i < 4; i++) expect((await verify(email, wrongCode([first]), '198.51.100.20', browser)).status).toBe(400);
    // A second code does not replace the first, and starts with five tries of its own
    // (a guess takes a try from each code the browser holds).
    await askCode(email, '198.51.100.20', browser);
    const second = (await server.lastCode(email))!;
    expect(second).not.toBe(first);
    const fifth = await verify(email, wrongCode([first, second]), '198.51.100.21', browser);
    expect(fifth.json.error?.code).toBe('invalid_code');
    const dead = await verify(email, first, '198.51.100.21', browser);
    expect(dead.status).toBe(400);
    expect(dead.json.error?.code).toBe('invalid_code');
    const ok = await verify(email, second, '198.51.100.21', browser);
    expect(ok.status).toBe(200);
  });

  it('keeps the code a person waits for when another is asked for', async () => {
    const email = 'lis@fjordby.example';
    const hers = new HttpClient(server.url);
    await askCode(email, '198.51.100.30', hers);
    const waitedFor = (await server.lastCode(email))!;
    await askCode(email, '198.51.100.31');
    expect((await verify(email, waitedFor, '198.51.100.30', hers)).status).toBe(200);
    // One use each: the other code went with the sign-in.
    const again = await verify(email, waitedFor, '198.51.100.30', hers);
    expect(again.json.error?.code).toBe('invalid_code');
  });

  it('caps code requests per address (burst, hour) with 429 and Retry-After, to that address only', async () => {
    const email = 'admin@fjordby.example';
    const address = '192.0.2.40';
    const burst = [];
    for (let i = 0; i < 6; i++) burst.push(await askCode(email, address));
    expect(burst.map((r) => r.status)).toEqual([204, 204, 204, 204, 204, 429]);
    const refused = burst.at(-1)!;
    expect(refused.json.error?.code).toBe('rate_limited');
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);

    now += wait * 1000;
    const hour = [];
    for (let i = 0; i < 5; i++) hour.push((await askCode(email, address)).status);
    // Ten an hour: four more go (five plus the refused one counted), then the hour is up.
    expect(hour.filter((s) => s === 204).length).toBeGreaterThanOrEqual(4);
    const hourly = await askCode(email, address);
    expect(hourly.status).toBe(429);
    expect(hourly.json.error?.code).toBe('rate_limited');
    expect(Number(hourly.headers.get('retry-after'))).toBeGreaterThan(60);

    // The owner of the address, asking from her own address, is never refused.
    const own = await askCode(email, '198.51.100.41');
    expect(own.status).toBe(204);
  });

  it('caps code requests per address at 30 a day', async () => {
    const address = '192.0.2.50';
    const statuses: number[] = [];
    for (let hour = 0; hour < 4; hour++) {
      for (let i = 0; i < 5; i++) statuses.push((await askCode('nobody@fjordby.example', address)).status);
      now += 20 * 60_000;
      for (let i = 0; i < 5; i++) statuses.push((await askCode('nobody@fjordby.example', address)).status);
      now += 41 * 60_000;
    }
    expect(statuses.filter((s) => s === 204)).toHaveLength(30);
    const daily = await askCode('nobody@fjordby.example', address);
    expect(daily.status).toBe(429);
    expect(daily.json.error?.code).toBe('rate_limited');
    expect(Number(daily.headers.get('retry-after'))).toBeGreaterThan(3600);
  });

  it('never answers the victim 429 nor leaves her without a code, however many addresses ask codes for her', async () => {
    const victim = 'anna@fjordby.example';
    now += 3_600_000;
    const before = (await server.codes(victim)).length;
    for (let a = 0; a < 8; a++) {
      for (let i = 0; i < 3; i++) expect((await askCode(victim, `192.0.2.${100 + a}`)).status).toBe(204);
    }
    // Every outsider's mail written first: the mail queue may send them in any order.
    expect((await server.codes(victim)).length - before).toBe(24);
    const hers = new HttpClient(server.url);
    const own = await askCode(victim, '198.51.100.7', hers);
    expect(own.status).toBe(204);
    // No cap per address that others could fill: her request is mailed like every other.
    const inbox = await server.codes(victim);
    expect(inbox.length - before).toBe(25);
    // A code someone else asked for is of no use in her browser; her own one is.
    const foreign = await verify(victim, inbox[before]!, '198.51.100.7', hers);
    expect(foreign.json.error?.code).toBe('invalid_code');
    const ok = await verify(victim, inbox.at(-1)!, '198.51.100.7', hers);
    expect(ok.status).toBe(200);
  });

  it('believes X-Forwarded-For only for trusted hops', async () => {
    // Trusted one hop: the right-most entry counts; a forged left part changes nothing.
    for (let i = 0; i < 5; i++) {
      expect((await askCode('nobody@fjordby.example', `10.9.9.${i}, 192.0.2.77`)).status).toBe(204);
    }
    const forged = await askCode('nobody@fjordby.example', '10.9.9.99, 192.0.2.77');
    expect(forged.status).toBe(429);
    expect(forged.json.error?.code).toBe('rate_limited');
  });

  it('keeps limits across a restart (the database holds them)', async () => {
    const address = '192.0.2.88';
    for (let i = 0; i < 5; i++) await askCode('nobody@fjordby.example', address);
    expect((await askCode('nobody@fjordby.example', address)).status).toBe(429);
    for (let i = 0; i < 6; i++) await verify('nobody@fjordby.example', '123456', address);
    expect((await verify('nobody@fjordby.example', '123456', address)).status).toBe(429);

    await server.restart();
    const code = await askCode('nobody@fjordby.example', address);
    expect(code.status).toBe(429);
    expect(code.json.error?.code).toBe('rate_limited');
    const check = await verify('nobody@fjordby.example', '123456', address);
    expect(check.status).toBe(429);
    expect(check.json.error?.code).toBe('rate_limited');
  });
});

describe('sign-in without a trusted proxy', () => {
  let server: ConfiguredServer;
  beforeAll(async () => { server = await startConfiguredServer('sqlite'); });
  afterAll(async () => { await server.close(); });

  it('ignores X-Forwarded-For: every request counts against the socket address', async () => {
    const replies = [];
    for (let i = 0; i < 6; i++) {
      replies.push(await new HttpClient(server.url).request('POST', '/api/auth/code', { email: 'nobody@fjordby.example' }, { 'x-forwarded-for': `10.0.0.${i}` }));
    }
    expect(replies.at(-1)?.status).toBe(429);
    expect(replies.at(-1)?.json.error?.code).toBe('rate_limited');
  });
});

describe('code requests and mail', () => {
  let server: ConfiguredServer;
  const sent: Mail[] = [];
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => { release = resolve; });
  // A mail server that does not answer until the test lets it.
  const hanging: MailTransport = {
    async send(mail) {
      await released;
      sent.push(mail);
    },
  };
  beforeAll(async () => { server = await startConfiguredServer('sqlite', { trustProxy: 1, mail: hanging }); });
  afterAll(async () => {
    release();
    await server.close();
  });

  it('answers 204 at once, known or unknown, without waiting for the mail', async () => {
    const timeOf = async (email: string, address: string) => {
      const started = performance.now();
      const reply = await new HttpClient(server.url).request('POST', '/api/auth/code', { email }, { 'x-forwarded-for': address });
      expect(reply.status).toBe(204);
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 10; i++) {
      known.push(await timeOf('anna@fjordby.example', `192.0.2.${i}`));
      unknown.push(await timeOf(`ukendt${i}@fjordby.example`, `192.0.2.${100 + i}`));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    expect(sent).toHaveLength(0); // every reply came while the mail was still hanging
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(20);

    release();
    await server.current.flushMail();
    expect(sent.length).toBe(10); // ten codes for the known address, none for the unknown ones
    expect(sent.every((mail) => mail.to === 'anna@fjordby.example')).toBe(true);
  });
});
