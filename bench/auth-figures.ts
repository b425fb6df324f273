// Figures of the hardening issue, on real servers over loopback: (a) an attacker's
// 1,000 wrong codes over a simulated hour (a moved clock, not a real hour), and whether
// the victim still signs in with a fresh code; (b) /api/me latency while 20 clients
// flood push with 500-mutation batches, with the per-session quota and without it
// (the server in its own process, bench/flood-server.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../src/server/server';
import { openDb } from '../src/server/db/database';
import { createSession } from '../src/server/auth/sessions';
import { HttpClient } from '../test/support/http-client';
import { now, percentile, type Figure } from './measure';
import { spawnFloodServer } from './flood-process';

const FLOOD_CLIENTS = 20;
const FLOOD_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function lastCode(mailFile: string, email: string): string | null {
  if (!fs.existsSync(mailFile)) return null;
  const mails = fs.readFileSync(mailFile, 'utf8').split('--- ').filter((m) => m.includes(`Til: ${email}\n`));
  return mails.at(-1)?.match(/kode til Videnbro er (\d{6})/)?.[1] ?? null;
}

/** (a) 1,000 wrong guesses from one address over an hour, then the victim from her own. */
async function lockoutScenario(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-bench-auth-'));
  const mailFile = path.join(dir, 'mail.log');
  let clock = Date.parse('2026-12-01T08:00:00Z');
  const server = await startServer({
    port: 0, host: '127.0.0.1', databaseUrl: `file:${path.join(dir, 'db.sqlite')}`, demo: true, staticDir: null,
    mailFile, demoPeople: 120, log: () => undefined, trustProxy: 1, clock: () => clock,
  });
  try {
    const victim = 'anna@fjordby.example';
    // A new browser per request unless one is given: the victim's code works only in hers.
    const post = (route: string, body: unknown, address: string, browser = new HttpClient(server.url)) =>
      browser.request('POST', route, body, { 'x-forwarded-for': address });
    const hers = new HttpClient(server.url);
    let evaluated = 0;
    let refused = 0;
    const started = now();
    for (let i = 0; i < 1000; i++) {
      clock += 3600;
      const guess = String((i * 7919) % 1_000_000).padStart(6, '0');
      const reply = await post('/api/auth/verify', { email: victim, code: guess }, '203.0.113.66');
      if (reply.status === 429) refused += 1;
      else evaluated += 1;
    }
    const attackMs = now() - started;
    await post('/api/auth/code', { email: victim }, '198.51.100.7', hers);
    await server.flushMail();
    clock += 60_000;
    const code = lastCode(mailFile, victim) ?? '';
    const signedIn = (await post('/api/auth/verify', { email: victim, code }, '198.51.100.7', hers)).status === 200;
    return [
      { name: 'lockout: victim signs in with a fresh code after 1,000 wrong guesses in an hour', value: signedIn ? 1 : 0, unit: signedIn ? '(yes)' : '(no)', goal: 'yes', met: signedIn },
      { name: 'lockout: attacker guesses evaluated', value: evaluated, unit: 'of 1000' },
      { name: 'lockout: attacker guesses refused 429 unread', value: refused, unit: 'of 1000' },
      { name: 'lockout: 1,000 guesses, real time taken', value: attackMs, unit: 'ms' },
    ];
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A cookie for a fresh session of each of `count` people, made directly in the database. */
async function sessions(databaseUrl: string, count: number): Promise<string[]> {
  const db = openDb(databaseUrl);
  try {
    const people = await db.kysely.selectFrom('people').select('id').where('deleted', '=', 0).orderBy('id').limit(count).execute();
    return await Promise.all(people.map(async (p) => `vb_session=${await createSession(db.kysely, p.id)}`));
  } finally {
    await db.close();
  }
}

/** (b) 20 clients pushing 500 competence.set at a time; one more client asks /api/me every 20 ms. */
async function flood(databaseUrl: string, quota: boolean): Promise<Figure[]> {
  const [probe, ...flooders] = await sessions(databaseUrl, FLOOD_CLIENTS + 1);
  const server = await spawnFloodServer(databaseUrl, { workers: 1, quota });
  try {
    const competences = ['demens', 'ordblindhed', 'fundraising', 'palliation', 'diabetes', 'motorik', 'klarsprog', 'autisme'];
    const deadline = now() + FLOOD_MS;
    let applied = 0;
    let refusals = 0;
    const pushers = flooders.map(async (cookie) => {
      const clientId = crypto.randomUUID();
      let id = 0;
      for (let round = 0; round < 10_000 && now() < deadline; round++) {
        const mutations = Array.from({ length: 500 }, (_, i) => ({
          id: id + i + 1, name: 'competence.set', args: { competenceId: competences[(id + i) % competences.length], level: ((id + i) % 3) + 1, canHelp: i % 2 === 0 },
        }));
        const reply = await fetch(`${server.url}/api/sync/push`, {
          method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ clientId, mutations }),
        });
        await reply.arrayBuffer();
        if (reply.status === 200) {
          id += 500;
          applied += 500;
        } else if (reply.status === 429) {
          refusals += 1;
          // A flooder, not the app: it comes back within 100 ms, whatever Retry-After says.
          await sleep(Math.min(100, Number(reply.headers.get('retry-after')) * 1000));
        } else {
          throw new Error(`push failed: ${reply.status}`);
        }
      }
    });
    const times: number[] = [];
    const prober = (async () => {
      await sleep(200); // let the flood begin
      for (let i = 0; i < 10_000 && now() < deadline; i++) {
        const t = now();
        const reply = await fetch(`${server.url}/api/me`, { headers: { cookie: probe! } });
        await reply.arrayBuffer();
        times.push(now() - t);
        await sleep(20);
      }
    })();
    const started = now();
    await Promise.all([...pushers, prober]);
    const seconds = (now() - started) / 1000;
    const label = quota ? 'with quota and push slots' : 'with neither';
    const p50 = percentile(times, 50);
    return [
      { name: `/api/me p50 under a 20-client push flood, ${label}`, value: p50, unit: 'ms', goal: quota ? '≤ 20' : undefined, met: quota ? p50 <= 20 : undefined },
      { name: `/api/me p95 under a 20-client push flood, ${label}`, value: percentile(times, 95), unit: 'ms' },
      { name: `push flood ${label}: mutations applied / 429 replies`, value: Math.round(applied / seconds), unit: `mutations/s, ${refusals} × 429` },
    ];
  } finally {
    await server.stop();
  }
}

export async function authFigures(databaseUrl: string): Promise<Figure[]> {
  return [...await lockoutScenario(), ...await flood(databaseUrl, true), ...await flood(databaseUrl, false)];
}
