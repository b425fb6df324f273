// A real HTTP server with the settings a test needs (PUBLIC_URL, TRUST_PROXY, a clock it
// moves, a mail transport), on SQLite or PostgreSQL; `restart` keeps the database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer, type StartOptions } from '../../src/server/server';
import type { TestDialect } from '../support/test-server';
import { emptyDatabaseFor } from '../support/dialects';

export type ServerSettings = Partial<Omit<StartOptions, 'databaseUrl' | 'mailFile'>>;

export interface ConfiguredServer {
  current: RunningServer;
  readonly url: string;
  mailFile: string;
  /** The last code mailed to this address, once queued mail has gone out. */
  lastCode(email: string): Promise<string | null>;
  /** Every code mailed to this address so far. */
  codes(email: string): Promise<string[]>;
  restart(settings?: ServerSettings): Promise<void>;
  close(): Promise<void>;
}

export async function startConfiguredServer(dialect: TestDialect, settings: ServerSettings = {}): Promise<ConfiguredServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-cfg-'));
  const databaseUrl = await emptyDatabaseFor(dialect, path.join(dir, 'db.sqlite'));
  const mailFile = path.join(dir, 'mail.log');
  const start = (s: ServerSettings) => startServer({
    port: 0, host: '127.0.0.1', demo: true, staticDir: null, demoPeople: 60, log: () => undefined, ...s, databaseUrl, mailFile,
  });
  const codes = async (email: string) => {
    await server.current.flushMail();
    if (!fs.existsSync(mailFile)) return [];
    return fs.readFileSync(mailFile, 'utf8').split('--- ').filter((m) => m.includes(`Til: ${email}\n`))
      .map((m) => m.match(/kode til Videnbro er (\d{6})/)?.[1]).filter((code): code is string => code !== undefined);
  };
  const server: ConfiguredServer = {
    current: await start(settings),
    get url() { return this.current.url; },
    mailFile,
    codes,
    async lastCode(email) { return (await codes(email)).at(-1) ?? null; },
    async restart(next = settings) {
      await this.current.close();
      this.current = await start(next);
    },
    async close() {
      await this.current.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}
