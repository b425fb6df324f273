// `npm start`'s server with WORKERS=2, as a process of its own (src/server/main.ts), for the
// cluster tests: a free port, the primary's output, its workers, a GET on a connection of
// its own (so the primary hands each to the next worker).
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A GET on a connection of its own (so the primary hands it to the next worker). */
export function getAlone(url: string, cookie = ''): Promise<number> {
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
export const workersOf = (pid: number) => spawnSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout.split('\n')
  .map((line) => line.trim().split(/\s+/)).filter(([, command]) => command === 'node').map(([id]) => Number(id));

export interface ClusterProcess { url: string; child: ChildProcess; exited: Promise<number | null>; output(): string }

/** Starts `npm start`'s server with WORKERS=2 on `databaseUrl` (the demo seeded into an empty one). */
export async function startCluster(databaseUrl: string, dir: string, name: string, port?: number): Promise<ClusterProcess> {
  const listenOn = port ?? await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env, WORKERS: '2', PORT: String(listenOn), DATABASE_URL: databaseUrl, DEMO: '1', DEMO_PEOPLE: '120',
      STATIC_DIR: '', MAIL_FILE: path.join(dir, `mail-${name}.log`), LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { url: `http://127.0.0.1:${listenOn}`, child, exited, output: () => output };
}
