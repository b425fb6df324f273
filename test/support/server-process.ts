// The server as a separate process, so a test can kill it hard (SIGKILL) mid-request.
// Prints "READY <url>" once listening.
import { startServer } from '../../src/server/server';
import { oidcSettingsFrom } from '../../src/server/auth/oidc-settings';
import { legalSettingsFrom } from '../../src/server/config';
import { pushSettingsFrom } from '../../src/server/notifications/push-settings';
import { stopOnSignals } from '../../src/server/stop-on-signals';
import { createLogger, type LogLevel } from '../../src/server/logging/logger';

const server = await startServer({
  port: Number(process.env.PORT ?? 0),
  host: '127.0.0.1',
  databaseUrl: process.env.DATABASE_URL ?? 'file::memory:',
  demo: true,
  staticDir: process.env.STATIC_DIR ?? null,
  mailFile: process.env.MAIL_FILE ?? null,
  demoPeople: Number(process.env.DEMO_PEOPLE ?? 120),
  oidc: oidcSettingsFrom(process.env),
  emailCodes: process.env.EMAIL_CODES !== 'off',
  legal: legalSettingsFrom(process.env),
  push: pushSettingsFrom(process.env),
  ...(process.env.NOTIFICATION_CLAIM_MS && { notificationClaimMs: Number(process.env.NOTIFICATION_CLAIM_MS) }),
  // Quiet unless a test asks to read the log (LOG_LEVEL): then JSON lines on stdout, as main.ts writes them.
  ...(process.env.LOG_LEVEL ? { logger: createLogger(process.env.LOG_LEVEL as LogLevel) } : { log: () => undefined }),
});
// As main.ts: SIGTERM stops gracefully (a test may still kill -9).
stopOnSignals(server, () => undefined);
console.log(`READY ${server.url}`);
