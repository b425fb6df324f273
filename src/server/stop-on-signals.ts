// SIGTERM (a service manager's stop, a rolling restart) and SIGINT (Ctrl-C): the server
// stops gracefully (server.ts close: no new connections, requests in flight answered, the
// message worker's round finished, the database closed) and the process exits 0; within 10 s
// in any case, as service managers expect.
import type { RunningServer } from './server';

const HARD_STOP_MS = 10_000;

export function stopOnSignals(server: Pick<RunningServer, 'close'>, log: (line: string) => void = console.log): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`[server] ${signal}: stopper (stopping)`);
    setTimeout(() => process.exit(1), HARD_STOP_MS).unref();
    server.close().then(() => process.exit(0), (error: unknown) => {
      console.error('[server] stop fejlede', error);
      process.exit(1);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
