// The server of the push-flood and sign-up figures, in its own process (as in production),
// so the flooding clients do not share its event loop. SYNC_QUOTA=0 turns the quota off.
// WORKERS=N runs N app processes on one port (cluster.ts, as `npm start` does on
// PostgreSQL). Prints "READY <url>" once every worker listens.
import cluster from 'node:cluster';
import { startServer } from '../src/server/server';
import { runPrimary } from '../src/server/cluster';

const workers = Number(process.env.WORKERS ?? 1);

if (cluster.isPrimary && workers > 1) {
  let ready = 0;
  cluster.on('message', (_worker, message: { ready?: string }) => {
    if (message.ready && ++ready === workers) console.log(`READY ${message.ready}`);
  });
  await runPrimary({ workers, log: () => undefined, prepare: async () => undefined });
} else {
  const server = await startServer({
    port: 0, host: '127.0.0.1', databaseUrl: process.env.DATABASE_URL!, demo: false, staticDir: null, mailFile: null,
    log: () => undefined, ...(process.env.SYNC_QUOTA === '0' ? { syncQuota: null } : {}),
  });
  if (cluster.isWorker) process.send!({ ready: server.url });
  else console.log(`READY ${server.url}`);
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
}
