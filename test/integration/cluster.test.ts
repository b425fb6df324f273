// Several app processes on one port (issue 23, part 1), as `npm start` runs them: on
// PostgreSQL, WORKERS=2 gives two workers behind the primary; a session made through one
// is good on the other (connections go round them); a worker killed with kill -9 is
// replaced while the rest keep answering; SIGTERM to the primary stops them all, exit 0.
// On SQLite, WORKERS=2 says it runs one process, and does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, emptyDatabaseFor } from '../support/dialects';
import { HttpClient } from '../support/http-client';
import { getAlone, startCluster, workersOf } from '../support/cluster-process';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { openDb } from '../../src/server/db/database';
import { queueDepth } from '../../src/server/db/notification-queue';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-cluster-'));
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Messages not yet sent, read from the database itself. */
async function waitingMessages(databaseUrl: string): Promise<number> {
  const db = openDb(databaseUrl);
  try {
    return (await queueDepth(db.kysely)).waiting;
  } finally {
    await db.close();
  }
}

describe.each(DIALECTS)('WORKERS=2 on %s', (dialect) => {
  it(dialect === 'postgres'
    ? 'runs two workers that share sessions, replaces one killed, and stops them all on SIGTERM'
    : 'runs one process and says so', async () => {
    const databaseUrl = await emptyDatabaseFor(dialect, path.join(dir, 'db.sqlite'));
    const server = await startCluster(databaseUrl, dir, dialect);
    const { url, child, exited } = server;
    started.push(child);
    await expect.poll(() => getAlone(`${url}/readyz`).catch(() => 0), { timeout: 60_000, interval: 250 }).toBe(200);

    if (dialect === 'sqlite') {
      expect(server.output()).toContain('SQLite kører i én proces; WORKERS ignoreres');
      expect(workersOf(child.pid!)).toEqual([]);
    } else {
      await expect.poll(() => workersOf(child.pid!).length, { timeout: 30_000 }).toBe(2);
      // Both workers ready: a session made through one is good on the other.
      await expect.poll(async () => (await Promise.all([0, 1, 2, 3].map(() => getAlone(`${url}/readyz`).catch(() => 0)))).every((s) => s === 200), { timeout: 30_000 }).toBe(true);
      const anna = new HttpClient(url);
      await anna.signInDemo('anna@fjordby.example');
      for (let i = 0; i < 8; i++) expect(await getAlone(`${url}/api/me`, anna.cookieHeader)).toBe(200);

      // /metrics has every worker's requests, each worker's as its own series, whichever worker is scraped.
      // Round-robin does not promise that ten connections reach both workers: more until they have.
      const scrapeMetrics = async () => new Map(parsePrometheusTextFormat((await new HttpClient(url).request('GET', '/metrics')).text).map((family) => [family.name, family]));
      const healthzSeries = (families: Awaited<ReturnType<typeof scrapeMetrics>>) => families.get('videnbro_http_requests_total')?.metrics.filter((metric) => metric.labels?.route === '/healthz') ?? [];
      let sent = 0;
      do {
        for (let i = 0; i < 10; i++) expect(await getAlone(`${url}/healthz`)).toBe(200);
        sent += 10;
      } while (sent < 100 && new Set(healthzSeries(await scrapeMetrics()).map((metric) => metric.labels?.worker)).size < 2);
      for (let scrape = 0; scrape < 2; scrape++) {
        const families = await scrapeMetrics();
        const healthz = healthzSeries(families);
        expect(new Set(healthz.map((metric) => metric.labels?.worker)).size).toBe(2);
        expect(healthz.reduce((sum, metric) => sum + Number(metric.value), 0)).toBe(sent);
        // Read from the one database: the same in every worker.
        const depths = families.get('videnbro_notification_queue_depth')?.metrics.map((metric) => Number(metric.value)) ?? [];
        expect(new Set(depths)).toEqual(new Set([await waitingMessages(databaseUrl)]));
      }

      // One worker killed hard: the other answers, and a new one takes its place.
      const [victim, survivor] = workersOf(child.pid!);
      process.kill(victim!, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (let i = 0; i < 6; i++) expect(await getAlone(`${url}/api/me`, anna.cookieHeader)).toBe(200);
      await expect.poll(() => workersOf(child.pid!).filter((pid) => pid !== victim).length, { timeout: 30_000 }).toBe(2);
      expect(workersOf(child.pid!)).toContain(survivor);
      expect(server.output()).toContain('en ny startes');
    }

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(getAlone(`${url}/healthz`)).rejects.toThrow();
  }, 120_000);
});
