// The app server in a process of its own for the load figures (bench/flood-server.ts), so
// the clients here do not share its event loop; and the CPU time a process tree has used.
import fs from 'node:fs';
import { spawn } from 'node:child_process';

export interface FloodServer { url: string; cpuMs(): number; stop(): Promise<void> }

/**
 * `workers`: app processes on one port (cluster.ts); `quota: false` turns the per-session
 * sync quota off (a figure of raw capacity). CPU_PROF_DIR=… writes CPU profiles there.
 */
export function spawnFloodServer(databaseUrl: string, { workers, quota }: { workers: number; quota: boolean }): Promise<FloodServer> {
  const profile = process.env.CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CPU_PROF_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/flood-server.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, WORKERS: String(workers), ...(quota ? {} : { SYNC_QUOTA: '0' }) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`bench server exited (${code}): ${output}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = output.match(/READY (\S+)/)?.[1];
      if (url) resolve({ url, cpuMs: () => processTreeCpuMs(child.pid!), async stop() { child.kill('SIGTERM'); await exited; } });
    });
  });
}

/** A process's /proc stat fields after its name: [state, ppid, …]. */
function statOf(pid: number): string[] | null {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system) a process and its children (a cluster's workers, PostgreSQL's
 * connections) have used so far, from /proc: the machine's other load does not count.
 */
export function processTreeCpuMs(pid: number): number {
  const fields = statOf(pid);
  if (!fields) return Number.NaN;
  const children = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number)
    .filter((child) => statOf(child)?.[1] === String(pid));
  const own = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  return own + children.reduce((sum, child) => sum + processTreeCpuMs(child), 0);
}
