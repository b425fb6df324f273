// A real HTTP server on port 0 with a fresh database (SQLite file or a new PostgreSQL
// database), demo data, and a mail file the tests read codes from.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startServer, type RunningServer } from '../../src/server/server';
import type { OidcSettings } from '../../src/server/auth/oidc-settings';
import type { PushSettings } from '../../src/server/notifications/push-settings';
import type { Agent } from 'node:https';

export type TestDialect = 'sqlite' | 'postgres';

export interface TestServer extends RunningServer {
  mailFile: string;
  /** Where its database is: a SQLite file or a PostgreSQL database of its own. */
  databaseUrl: string;
  /** The last sign-in code mailed to this address. */
  lastCode(email: string): string | null;
}

/** A new, empty PostgreSQL database on the test cluster, by its URL. */
export async function freshPostgresDatabase(adminUrl: string): Promise<string> {
  const name = `t_${randomUUID().replace(/-/g, '')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function startTestServer(
  dialect: TestDialect,
  options: {
    postgresUrl?: string; demoPeople?: number; staticDir?: string | null; oidc?: OidcSettings | null; emailCodes?: boolean; port?: number;
    push?: PushSettings; pushAgent?: Agent; clock?: () => number; smtp?: { url: string; from: string }; metricsToken?: string;
  } = {},
): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-test-'));
  let databaseUrl = `file:${path.join(dir, 'db.sqlite')}`;
  if (dialect === 'postgres') {
    if (!options.postgresUrl) throw new Error('PostgreSQL-URL mangler til testen');
    databaseUrl = await freshPostgresDatabase(options.postgresUrl);
  }
  const mailFile = path.join(dir, 'mail.log');
  const server = await startServer({
    port: options.port ?? 0, host: '127.0.0.1', databaseUrl, demo: true, staticDir: options.staticDir ?? null, mailFile,
    demoPeople: options.demoPeople ?? 120, log: () => undefined, oidc: options.oidc ?? null, emailCodes: options.emailCodes ?? true,
    ...(options.push && { push: options.push }), ...(options.pushAgent && { pushAgent: options.pushAgent }), ...(options.clock && { clock: options.clock }),
    ...(options.smtp && { smtp: options.smtp }), ...(options.metricsToken && { metricsToken: options.metricsToken }),
  });
  return {
    ...server,
    databaseUrl,
    mailFile,
    lastCode(email) {
      if (!fs.existsSync(mailFile)) return null;
      const mails = fs.readFileSync(mailFile, 'utf8').split('--- ').filter((m) => m.includes(`Til: ${email}`));
      return mails.at(-1)?.match(/kode til Videnbro er (\d{6})/)?.[1] ?? null;
    },
    async close() {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
