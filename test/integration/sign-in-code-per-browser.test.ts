// Sign-in codes only the asking browser can use (issue 18): a code is bound to the nonce
// cookie of the browser that asked for it, and only that browser's guesses take tries
// from it. An outsider guessing a colleague's address, from any number of client
// addresses, neither voids nor delays the code she is waiting for. The clock is the
// test's, so a delay shows as a 429, never as time passing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import { startConfiguredServer, type ConfiguredServer } from './configured-server';
import { MAX_ACTIVE_CODES, MAX_ATTEMPTS } from '../../src/server/auth/login-codes';

const START = Date.parse('2026-12-01T08:00:00Z');

interface Reply { person?: { email: string }; error?: { code: string } }

describe.each(DIALECTS)('sign-in codes per browser on %s', (dialect) => {
  let server: ConfiguredServer;
  let now = START;
  beforeAll(async () => { server = await startConfiguredServer(dialect, { trustProxy: 1, clock: () => now }); });
  afterAll(async () => { await server.close(); });

  // A browser is an HttpClient (its own cookie jar); it speaks from the address it is given.
  const browser = () => new HttpClient(server.url);
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const askCode = (client: HttpClient, email: string, address: string) =>
    client.request('POST', '/api/auth/code', { email }, from(address));
  const verify = (client: HttpClient, email: string, code: string, address: string) =>
    client.request<Reply>('POST', '/api/auth/verify', { email, code }, from(address));
  const wrongCode = (real: string[], n = 0) => {
    for (let i = n; ; i++) {
      const candidate = String(i * 7919 % 1_000_000).padStart(6, '0');
      if (!real.includes(candidate)) return candidate;
    }
  };
  /** Tries taken from each live code of the address, oldest first. */
  const attemptsOf = async (email: string) => (await server.current.db.kysely.selectFrom('sign_in_codes')
    .select('attempts').where('email', '=', email).orderBy('created_at').orderBy('id').execute()).map((row) => row.attempts);

  it('sets an HttpOnly, SameSite=Strict nonce cookie for ten minutes, the same for an unknown address', async () => {
    const known = await askCode(browser(), 'anna@fjordby.example', '192.0.2.1');
    const unknown = await askCode(browser(), 'ukendt@fjordby.example', '192.0.2.2');
    for (const reply of [known, unknown]) {
      expect(reply.status).toBe(204);
      const cookie = reply.headers.getSetCookie().join('\n');
      expect(cookie).toMatch(/^vb_code=[A-Za-z0-9_-]{43};/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).toMatch(/Max-Age=600/i);
      expect(cookie).not.toMatch(/Secure/i); // no PUBLIC_URL: plain http
    }
    // Only the nonce's hash is kept.
    const nonce = known.headers.getSetCookie().join('').match(/vb_code=([^;]+)/)?.[1];
    await server.lastCode('anna@fjordby.example');
    const rows = await server.current.db.kysely.selectFrom('sign_in_codes').select('nonce_hash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.nonce_hash.length === 43 && row.nonce_hash !== nonce)).toBe(true);
    now += 11 * 60_000; // those codes expire
  });

  it('lets a colleague sign in at once while an outsider guesses her address from 20 addresses', async () => {
    const victim = 'bo@fjordby.example';
    const hers = browser();
    expect((await askCode(hers, victim, '198.51.100.7')).status).toBe(204);
    const code = (await server.lastCode(victim))!;

    const answers = new Map<string, number>();
    const count = (reply: { json: Reply }) => {
      const key = reply.json.error?.code ?? 'signed_in';
      answers.set(key, (answers.get(key) ?? 0) + 1);
    };
    for (let a = 0; a < 20; a++) {
      const address = `203.0.113.${a + 1}`;
      // Half the outsider's browsers asked codes for her address themselves: their
      // guesses take tries from their own codes only.
      const outsider = browser();
      if (a % 2 === 0) {
        expect((await askCode(outsider, victim, address)).status).toBe(204);
        await server.lastCode(victim); // the queued mail is out: the outsider's code exists
      }
      for (let i = 0; i < 10; i++) count(await verify(outsider, victim, wrongCode([code], a * 10 + i), address));
    }
    // Even an outsider behind her own office address, guessing a few times (under the
    // address's free failures), holds nothing up.
    const neighbour = browser();
    for (let i = 0; i < 8; i++) count(await verify(neighbour, victim, wrongCode([code], 500 + i), '198.51.100.7'));

    expect(answers.get('signed_in')).toBeUndefined();
    expect(answers.get('invalid_code')).toBeGreaterThan(0);
    expect(answers.get('rate_limited')).toBeGreaterThan(0); // the outsider is slowed
    expect([...answers.keys()].sort()).toEqual(['invalid_code', 'rate_limited']);
    // Her code lost no try: the outsider's own codes took them all.
    const codes = await server.codes(victim);
    expect(codes).toHaveLength(11);
    expect((await attemptsOf(victim)).sort((a, b) => a - b)).toEqual([0, ...Array<number>(10).fill(MAX_ATTEMPTS)]);

    // No clock moved: nothing she sends waits for the outsider. A typo, then the code.
    const typo = await verify(hers, victim, wrongCode([...codes]), '198.51.100.7');
    expect(typo.status).toBe(400);
    expect(typo.json.error?.code).toBe('invalid_code');
    const ok = await verify(hers, victim, code, '198.51.100.7');
    expect(ok.status).toBe(200);
    expect(ok.json.person?.email).toBe(victim);
    // Signed in: her nonce cookie goes, and every code of her address with it.
    expect(ok.headers.getSetCookie().join('\n')).toMatch(/vb_code=;.*Max-Age=0/i);
    expect(await attemptsOf(victim)).toEqual([]);
  });

  it('burns nothing for a guess without the nonce, or with a nonce that holds no code of the address', async () => {
    const email = 'lis@fjordby.example';
    const hers = browser();
    await askCode(hers, email, '198.51.100.30');
    const code = (await server.lastCode(email))!;

    const cookieless = await verify(browser(), email, wrongCode([code]), '203.0.113.40');
    expect(cookieless.status).toBe(400);
    expect(cookieless.json.error?.code).toBe('invalid_code');
    // A browser holding a code of another address, and a made-up nonce.
    const otherAsker = browser();
    await askCode(otherAsker, 'admin@fjordby.example', '203.0.113.41');
    const foreign = await verify(otherAsker, email, wrongCode([code]), '203.0.113.41');
    expect(foreign.json.error?.code).toBe('invalid_code');
    const forged = browser();
    forged.setCookie('vb_code', 'A'.repeat(43));
    expect((await verify(forged, email, wrongCode([code]), '203.0.113.42')).json.error?.code).toBe('invalid_code');
    // Even the right code is of no use to a browser that did not ask for it.
    const stolen = await verify(browser(), email, code, '203.0.113.43');
    expect(stolen.status).toBe(400);
    expect(stolen.json.error?.code).toBe('invalid_code');
    expect(await attemptsOf(email)).toEqual([0]);

    const ok = await verify(hers, email, code, '198.51.100.30');
    expect(ok.status).toBe(200);
    expect(ok.json.person?.email).toBe(email);
  });

  it("burns the asker's code after her own five wrong tries; a new code gets fresh tries", async () => {
    const email = 'anna@fjordby.example';
    now += 11 * 60_000;
    const hers = browser();
    await askCode(hers, email, '198.51.100.50');
    const first = (await server.lastCode(email))!;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const wrong = await verify(hers, email, wrongCode([first], i), '198.51.100.50');
      expect(wrong.status).toBe(400);
      expect(wrong.json.error?.code).toBe('invalid_code');
    }
    expect(await attemptsOf(email)).toEqual([MAX_ATTEMPTS]);
    const dead = await verify(hers, email, first, '198.51.100.50');
    expect(dead.status).toBe(400);
    expect(dead.json.error?.code).toBe('invalid_code');

    await askCode(hers, email, '198.51.100.50');
    const second = (await server.lastCode(email))!;
    const ok = await verify(hers, email, second, '198.51.100.50');
    expect(ok.status).toBe(200);
    expect(ok.json.person?.email).toBe(email);
  });

  it('takes no more than five tries from a code however many guesses arrive at once', async () => {
    const email = 'admin@fjordby.example';
    now += 11 * 60_000;
    const hers = browser();
    await askCode(hers, email, '198.51.100.60');
    const code = (await server.lastCode(email))!;
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => verify(hers, email, wrongCode([code], i), '198.51.100.60')));
    // Past the code's five tries the browser holds no live code: its further guesses are
    // a stranger's, slowed per (address, e-mail).
    expect(burst.filter((reply) => reply.json.error?.code === 'invalid_code').length).toBeGreaterThanOrEqual(MAX_ATTEMPTS);
    expect(burst.every((reply) => ['invalid_code', 'rate_limited'].includes(reply.json.error?.code ?? ''))).toBe(true);
    expect(await attemptsOf(email)).toEqual([MAX_ATTEMPTS]);
    now += 60_000; // past any delay the burst earned, within the code's ten minutes
    const dead = await verify(hers, email, code, '198.51.100.60');
    expect(dead.status).toBe(400);
    expect(dead.json.error?.code).toBe('invalid_code');
  });

  it('lets the same browser use either of its codes, and each code once', async () => {
    const email = 'anna@fjordby.example';
    now += 11 * 60_000;
    const hers = browser();
    await askCode(hers, email, '198.51.100.70');
    const first = (await server.lastCode(email))!;
    await askCode(hers, email, '198.51.100.70');
    const second = (await server.lastCode(email))!;
    expect(second).not.toBe(first);
    const ok = await verify(hers, email, first, '198.51.100.70');
    expect(ok.status).toBe(200);
    const again = await verify(hers, email, first, '198.51.100.70');
    expect(again.status).toBe(400);
    expect(again.json.error?.code).toBe('invalid_code');

    // The later code works as well (in a new round: signing in ended the first one's).
    now += 11 * 60_000;
    const next = browser();
    await askCode(next, email, '198.51.100.71');
    await askCode(next, email, '198.51.100.71');
    const later = (await server.lastCode(email))!;
    expect((await verify(next, email, later, '198.51.100.71')).status).toBe(200);
    const twice = await verify(next, email, later, '198.51.100.71');
    expect(twice.json.error?.code).toBe('invalid_code');
  });

  it('caps the active codes of one browser, never those of another', async () => {
    const email = 'lis@fjordby.example';
    now += 11 * 60_000;
    const before = (await server.codes(email)).length;
    const busy = browser();
    // Several client addresses, so the per-address request limits do not interfere.
    for (let i = 0; i <= MAX_ACTIVE_CODES; i++) expect((await askCode(busy, email, `192.0.2.${200 + Math.floor(i / 4)}`)).status).toBe(204);
    expect((await server.codes(email)).length - before).toBe(MAX_ACTIVE_CODES);
    const hers = browser();
    await askCode(hers, email, '198.51.100.80');
    const codes = await server.codes(email);
    expect(codes.length - before).toBe(MAX_ACTIVE_CODES + 1);
    const ok = await verify(hers, email, codes.at(-1)!, '198.51.100.80');
    expect(ok.status).toBe(200);
    expect(ok.json.person?.email).toBe(email);
  });
});
