// Starts the HTTP server on a database: migrate, seed demo data when asked and empty,
// listen. Used by `npm start`, `npm run dev` and the integration and browser tests.
import { createAdaptorServer, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import type { Agent } from 'node:https';
import { createApp } from './http/app';
import { openDb, type Db } from './db/database';
import { fileMailTransport, type MailTransport } from './mail/transport';
import { smtpMailTransport } from './mail/smtp';
import { createTaskQueue } from './auth/task-queue';
import { hasDemoData } from './seed/seed';
import { prepareDatabase } from './prepare-database';
import { DEFAULT_SYNC_QUOTA, type SyncQuotaSettings } from './http/sync-quota';
import { yieldToIo } from './http/yield-to-io';
import { DEFAULT_LEGAL, type Config } from './config';
import { startRetentionJob } from './retention-job';
import { DEFAULT_RETENTION } from './db/retention';
import { DEFAULT_PUSH_SETTINGS } from './notifications/push-settings';
import { loadVapidKeys } from './notifications/vapid';
import { startNotificationWorker } from './notifications/worker';
import { startWaitlistRenumbering } from './waitlists/renumbering';
import { startPulseResults } from './pulses/results-job';
import { webPushSender } from './notifications/push-sender';
import { createMetrics } from './metrics/metrics';
import { lineLogger, logKeyFrom, type Logger } from './logging/logger';

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  /** Waits until queued sign-in mail has gone out (tests read the mail file after it). */
  flushMail(): Promise<void>;
  close(): Promise<void>;
}

/** How long requests in flight may take when the server stops: with 2 s for mail after, SIGTERM ends within 10 s. */
const STOP_GRACE_MS = 7_000;

/**
 * Stops listening, closes idle keep-alive connections (now, and as requests end), and
 * waits for the requests in flight; what is still open after `graceMs` is cut.
 */
function closeGracefully(server: ServerType, graceMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const http = server as HttpServer;
    const idle = setInterval(() => http.closeIdleConnections(), 100);
    const cut = setTimeout(() => http.closeAllConnections(), graceMs);
    http.close(() => {
      clearInterval(idle);
      clearTimeout(cut);
      resolve();
    });
    http.closeIdleConnections();
  });
}

/**
 * An idle kept-alive connection stays open longer than a reverse proxy keeps its own to
 * the app (nginx 60 s, Caddy 2 min is its own idle limit) and than phones pull (30 s):
 * Node's 5 s closed them under the proxy, which then sent a request on a closing socket
 * (a 502) or opened a new connection for nearly every pull.
 */
export const KEEP_ALIVE_MS = 125_000;

function keepConnectionsLikeAProxy(http: HttpServer): void {
  http.keepAliveTimeout = KEEP_ALIVE_MS;
}

/** The port was taken: main.ts says so in one line instead of a stack trace. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Porten ${port} er optaget – stop det andet program eller sæt PORT=… (Port ${port} is in use – stop the other program or set PORT=…)`);
    this.name = 'PortInUseError';
  }
}

type Optional = 'publicUrl' | 'trustProxy' | 'allowedOrigins' | 'oidc' | 'emailCodes' | 'retention' | 'legal' | 'push' | 'smtp' | 'metricsToken';
export interface StartOptions extends Pick<Config, 'port' | 'host' | 'databaseUrl' | 'demo' | 'staticDir' | 'mailFile'>, Partial<Pick<Config, Optional>> {
  mail?: MailTransport;
  /** People in the demo municipality when seeding an empty database. */
  demoPeople?: number;
  log?: (line: string) => void;
  /** Per-session sync quotas; null turns them off. Default DEFAULT_SYNC_QUOTA. */
  syncQuota?: SyncQuotaSettings | null;
  /** Epoch ms; tests pass a clock they move, to simulate hours without waiting. */
  clock?: () => number;
  /** The https agent push messages go through (tests trust their own push service's certificate with it). */
  pushAgent?: Agent;
  /** How often the message queue is looked at, ms (default 500). */
  notificationIntervalMs?: number;
  /** How long the message worker's claim on a batch holds (default 60 s; the crash test's is shorter). */
  notificationClaimMs?: number;
  /** The JSON log (logging/logger.ts); without one, `log` (or the console) takes the app's lines and requests go unlogged. */
  logger?: Logger;
}

function listen(server: ServerType, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error);
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const log = options.log ?? (options.logger ? lineLogger(options.logger) : console.log);
  const db = openDb(options.databaseUrl);
  await prepareDatabase(db, options, log);
  // Demo sign-in needs no code: only ever on the demo municipality, never on real people.
  const demo = options.demo && (await hasDemoData(db.kysely));
  if (options.demo && !demo) log('[demo] Databasen indeholder ikke demodata: demo-login er slået fra.');
  const mailQueue = createTaskQueue({ log });
  const push = options.push ?? DEFAULT_PUSH_SETTINGS;
  const vapid = await loadVapidKeys(db.kysely, push);
  // SQLite runs in this thread: the app's queries give the event loop a turn (yield-to-io.ts).
  const appDb: Db = db.dialect === 'sqlite' ? { ...db, kysely: db.kysely.withPlugin(yieldToIo()) } : db;
  const mail = options.mail ?? (options.smtp ? smtpMailTransport(options.smtp.url, options.smtp.from) : fileMailTransport(options.mailFile, log));
  // Known once listening (port 0 in tests): the links in e-mails.
  let ownUrl = '';
  // The worker on the same yielding connection: a flood of messages never holds up a pull.
  const notifications = startNotificationWorker({
    db: appDb.kysely, dialect: db.dialect, clock: options.clock ?? Date.now, log, intervalMs: options.notificationIntervalMs, claimMs: options.notificationClaimMs,
    send: webPushSender(vapid, push.subject ?? options.publicUrl ?? 'mailto:videnbro@localhost', options.pushAgent),
    mail: { transport: mail, origin: () => options.publicUrl ?? ownUrl },
  });
  const waitlists = startWaitlistRenumbering({ db: appDb.kysely, dialect: db.dialect, log });
  const pulseResults = startPulseResults({ db: appDb.kysely, dialect: db.dialect, log });
  const stopRetention = startRetentionJob(db.kysely, options.retention ?? DEFAULT_RETENTION, options.clock ?? Date.now, log);
  let stopping = false;
  const app = createApp({
    isStopping: () => stopping,
    metrics: createMetrics(appDb, options.clock ?? Date.now),
    ...(options.logger && { logger: options.logger, logKey: logKeyFrom(vapid.privateKey) }),
    db: appDb,
    mail,
    mailQueue,
    clock: options.clock ?? Date.now,
    notifications: { publicKey: vapid.publicKey, wake: notifications.wake, sendTest: notifications.sendTest },
    waitlists,
    pulseResults,
    config: {
      demo,
      staticDir: options.staticDir,
      publicUrl: options.publicUrl ?? null,
      trustProxy: options.trustProxy ?? 0,
      allowedOrigins: options.allowedOrigins ?? [],
      oidc: options.oidc ?? null,
      emailCodes: options.emailCodes ?? true,
      retention: options.retention ?? DEFAULT_RETENTION,
      legal: options.legal ?? DEFAULT_LEGAL,
      push,
      metricsToken: options.metricsToken ?? null,
      syncQuota: options.syncQuota === undefined ? DEFAULT_SYNC_QUOTA : options.syncQuota,
    },
  });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: options.host });
  keepConnectionsLikeAProxy(server as HttpServer);
  try {
    await listen(server, options.port, options.host);
  } catch (error) {
    stopRetention();
    await Promise.all([notifications.stop(), waitlists.stop(), pulseResults.stop()]);
    await db.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const host = options.host === '127.0.0.1' || options.host === '0.0.0.0' ? 'localhost' : options.host;
  ownUrl = `http://${host}:${port}`;
  return {
    url: ownUrl,
    port,
    db,
    async flushMail() {
      await mailQueue.drain();
    },
    async close() {
      stopping = true;
      stopRetention();
      // New connections are refused at once; requests in flight are answered (a push
      // commits or rolls back whole) while the message worker finishes its round (each
      // message is marked the moment its service answers), then the database closes.
      await Promise.all([closeGracefully(server, STOP_GRACE_MS), notifications.stop()]);
      await Promise.all([waitlists.stop(), pulseResults.stop()]);
      // Mail already promised goes out; a mail server that hangs does not hold the stop.
      await mailQueue.drain(2_000);
      await db.close();
    },
  };
}
