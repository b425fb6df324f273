// WORKERS=N (issue 23, part 1): N app processes on one port. node:cluster's primary holds
// the listening socket and hands connections round to its workers; everything they share
// lives in the database (sessions, sign-in limits, the sync quota's slots per process aside,
// notices, the message queue with FOR UPDATE SKIP LOCKED). The primary migrates and seeds
// once before the workers start; a worker that dies is replaced; SIGTERM (or SIGINT) stops
// every worker gracefully (each answers what it has in flight) and the primary exits 0.
import cluster from 'node:cluster';
import { answerClusterMetrics } from './metrics/cluster-metrics';

/** A worker that cannot start for a reason a new one would meet too (a port in use, a bad setting). */
export const WORKER_CANNOT_START = 78;

export interface PrimaryOptions {
  workers: number;
  log: (line: string) => void;
  /** Runs once before the workers start: migrations and the demo seed. */
  prepare: () => Promise<void>;
}

export async function runPrimary({ workers, log, prepare }: PrimaryOptions): Promise<void> {
  await prepare();
  answerClusterMetrics();
  let stopping = false;
  const running = () => Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
  const stopAll = (code: number) => {
    stopping = true;
    for (const worker of running()) worker.process.kill('SIGTERM');
    setTimeout(() => process.exit(code === 0 ? 1 : code), 11_000).unref();
    if (running().length === 0) process.exit(code);
    cluster.on('exit', () => { if (running().length === 0) process.exit(code); });
  };
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    if (code === WORKER_CANNOT_START) {
      log('[cluster] en arbejdsproces kunne ikke starte; stopper (a worker could not start; stopping)');
      stopAll(1);
      return;
    }
    log(`[cluster] arbejdsproces stoppede (${signal ?? code}); en ny startes (a worker stopped; starting another)`);
    // A short pause: a worker that dies at once is not restarted in a tight loop.
    setTimeout(() => { if (!stopping) cluster.fork(); }, 500);
  });
  for (let i = 0; i < workers; i++) cluster.fork();
  log(`[cluster] ${workers} arbejdsprocesser på én port (${workers} workers on one port)`);
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    log(`[cluster] ${signal}: stopper (stopping)`);
    stopAll(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
