// Starts the HTTP server on a database: migrate, seed demo data when asked and empty,
// listen. Used by `npm start`, `npm run dev` and the integration and browser tests.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './http/app';
import { openDb, type Db } from './db/database';
import { migrateToLatest } from './db/migrate';
import { fileMailTransport, type MailTransport } from './auth/mail';
import { hasDemoData, isDatabaseEmpty, seedDemoData } from './seed/seed';
import type { Config } from './config';

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  close(): Promise<void>;
}

export interface StartOptions extends Pick<Config, 'port' | 'host' | 'databaseUrl' | 'demo' | 'staticDir' | 'mailFile'> {
  mail?: MailTransport;
  /** People in the demo municipality when seeding an empty database. */
  demoPeople?: number;
  log?: (line: string) => void;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const log = options.log ?? console.log;
  const db = openDb(options.databaseUrl);
  await migrateToLatest(db);
  if (options.demo && (await isDatabaseEmpty(db.kysely))) {
    const summary = await seedDemoData(db.kysely, { people: options.demoPeople ?? 2000 });
    log(`[seed] Fjordby Kommune: ${summary.people} personer, ${summary.units} enheder, ${summary.competences} kompetencer`);
  }
  // Demo sign-in needs no code: only ever on the demo municipality, never on real people.
  const demo = options.demo && (await hasDemoData(db.kysely));
  if (options.demo && !demo) log('[demo] Databasen indeholder ikke demodata: demo-login er slået fra.');
  const app = createApp({
    db,
    mail: options.mail ?? fileMailTransport(options.mailFile, log),
    config: { demo, staticDir: options.staticDir },
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host === '127.0.0.1' || options.host === '0.0.0.0' ? 'localhost' : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    db,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await db.close();
    },
  };
}
