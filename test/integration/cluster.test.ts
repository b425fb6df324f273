// Several app processes on one port (issue 23, part 1), as `npm start` runs them: on
// PostgreSQL, WORKERS=2 gives two workers behind the primary; a session made through one
// is good on the other (connections go round them); a worker killed with kill -9 is
// replaced while the rest keep answering; SIGTERM to the primary stops them all, exit 0.
// On SQLite, WORKERS=2 says it runs one process, and does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import net from 'node:net';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, emptyDatabaseFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-cluster-'));
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A GET on a connection of its own (so the primary hands it to the next worker). */
function getAlone(url: string, cookie = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, headers: cookie ? { cookie } : {} }, (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode ?? 0));
    });
    request.once('error', reject);
  });
}

/** The node processes the primary started (not tsx's esbuild helper). */
// ps exits 1 when it finds none: its output (empty) is the answer all the same.
const workersOf = (pid: number) => spawnSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout.split('\n')
  .map((line) => line.trim().split(/\s+/)).filter(([, command]) => command === 'node').map(([id]) => Number(id));

describe.each(DIALECTS)('WORKERS=2 on %s', (dialect) => {
  it(dialect === 'postgres'
    ? 'runs two workers that share sessions, replaces one killed, and stops them all on SIGTERM'
    : 'runs one process and says so', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env, WORKERS: '2', PORT: String(port), DATABASE_URL: await emptyDatabaseFor(dialect, path.join(dir, 'db.sqlite')), DEMO: '1', DEMO_PEOPLE: '120',
        STATIC_DIR: '', MAIL_FILE: path.join(dir, `mail-${dialect}.log`), LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    started.push(child);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await expect.poll(() => getAlone(`${url}/readyz`).catch(() => 0), { timeout: 60_000, interval: 250 }).toBe(200);

    if (dialect === 'sqlite') {
      expect(output).toContain('SQLite kører i én proces; WORKERS ignoreres');
      expect(workersOf(child.pid!)).toEqual([]);
    } else {
      await expect.poll(() => workersOf(child.pid!).length, { timeout: 30_000 }).toBe(2);
      // Both workers ready: a session made through one is good on the other.
      await expect.poll(async () => (await Promise.all([0, 1, 2, 3].map(() => getAlone(`${url}/readyz`).catch(() => 0)))).every((s) => s === 200), { timeout: 30_000 }).toBe(true);
      const anna = new HttpClient(url);
      await anna.signInDemo('anna@fjordby.example');
      for (let i = 0; i < 8; i++) expect(await getAlone(`${url}/api/me`, anna.cookieHeader)).toBe(200);

      // One worker killed hard: the other answers, and a new one takes its place.
      const [victim, survivor] = workersOf(child.pid!);
      process.kill(victim!, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (let i = 0; i < 6; i++) expect(await getAlone(`${url}/api/me`, anna.cookieHeader)).toBe(200);
      await expect.poll(() => workersOf(child.pid!).filter((pid) => pid !== victim).length, { timeout: 30_000 }).toBe(2);
      expect(workersOf(child.pid!)).toContain(survivor);
      expect(output).toContain('en ny startes');
    }

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(getAlone(`${url}/healthz`)).rejects.toThrow();
  }, 120_000);
});
