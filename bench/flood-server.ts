// The server of the push-flood figure, in its own process (as in production), so the
// flooding clients do not share its event loop. SYNC_QUOTA=0 turns the quota off.
// Prints "READY <url>" once listening.
import { startServer } from '../src/server/server';

const server = await startServer({
  port: 0, host: '127.0.0.1', databaseUrl: process.env.DATABASE_URL!, demo: false, staticDir: null, mailFile: null,
  log: () => undefined, ...(process.env.SYNC_QUOTA === '0' ? { syncQuota: null } : {}),
});
console.log(`READY ${server.url}`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
