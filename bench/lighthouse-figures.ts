// Lighthouse's mobile audit (simulated slow 4G, 4× CPU slowdown) of the app as `npm start`
// serves it: the demo municipality on a fresh SQLite file, the sign-in page signed out and
// the home screen signed in (the first sync runs inside the audit, as on a new phone).
// Lighthouse 12.8.2 is fetched by npx on first use (../shared/docs/toolchain.md: 13.x wants
// Node 22); it is not a dependency, so `npm ci` stays light. Also the first-paint JavaScript:
// the entry script and the modules index.html preloads, gzip.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { openDb } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedDemoData } from '../src/server/seed/seed';
import { startServer } from '../src/server/server';
import { HttpClient } from '../test/support/http-client';
import type { Figure } from './measure';

const run = promisify(execFile);
const LIGHTHOUSE = 'lighthouse@12.8.2';
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
// 60 KB as the issue counts it (1 KB = 1,000 B), gzip -9 like the size check before each stop.
const FIRST_PAINT_BUDGET = 60_000;

interface Scores { performance: number; accessibility: number }

async function audit(url: string, chromium: string, cookie?: string): Promise<Scores> {
  const args = [
    '--yes', LIGHTHOUSE, url, `--chrome-flags=${CHROME_FLAGS}`, '--only-categories=performance,accessibility',
    '--output=json', '--quiet',
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const { stdout } = await run('npx', args, { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 256 * 1024 * 1024 });
  const report = JSON.parse(stdout) as { categories: Record<keyof Scores, { score: number | null }>; runtimeError?: { message: string } };
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  return { performance: report.categories.performance.score ?? 0, accessibility: report.categories.accessibility.score ?? 0 };
}

/** The entry script and every module index.html preloads: what the first paint waits for. */
export function firstPaintBytes(distDir: string): number {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(sources)].reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(distDir, src)), { level: 9 }).length, 0);
}

export async function lighthouseFigures(chromium: string): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-lighthouse-'));
  const databaseUrl = `file:${path.join(dir, 'demo.sqlite')}`;
  const db = openDb(databaseUrl);
  await migrateToLatest(db);
  await seedDemoData(db.kysely, {});
  await db.close();
  const server = await startServer({
    port: 0, host: '127.0.0.1', databaseUrl, demo: true, staticDir: path.resolve('dist'), mailFile: null, log: () => undefined,
  });
  try {
    const http = new HttpClient(server.url);
    await http.signInDemo('anna@fjordby.example');
    const signedOut = await audit(`${server.url}/login`, chromium);
    const home = await audit(`${server.url}/`, chromium, http.cookieHeader);
    const firstPaint = firstPaintBytes(path.resolve('dist'));
    return [
      { name: 'first-paint JavaScript (entry + preloads, gzip)', value: firstPaint, unit: 'bytes', goal: `≤ ${FIRST_PAINT_BUDGET}`, met: firstPaint <= FIRST_PAINT_BUDGET },
      ...([['sign-in page, signed out', signedOut], ['home (Find kolleger), signed in, first sync', home]] as const).flatMap(([page, scores]) => [
        { name: `Lighthouse mobile performance: ${page}`, value: scores.performance, unit: 'score', goal: '≥ 0.95', met: scores.performance >= 0.95 },
        { name: `Lighthouse mobile accessibility: ${page}`, value: scores.accessibility, unit: 'score', goal: '1.0', met: scores.accessibility === 1 },
      ]),
    ];
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
