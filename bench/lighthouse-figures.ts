// Lighthouse's mobile audit (simulated slow 4G, 4× CPU slowdown) of the app as `npm start`
// serves it: the demo municipality on a fresh SQLite file, the sign-in page signed out, the
// home screen signed in with the first sync inside the audit (as on a new phone), and the
// home screen of a phone that has used the app before (signed in, synced, its service
// worker installed: the everyday start, audited with Lighthouse's storage reset off).
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
import { chromium } from 'playwright-core';
import type { Figure } from './measure';
import { signInAndSync } from './sign-in';

const run = promisify(execFile);
const LIGHTHOUSE = 'lighthouse@12.8.2';
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
// 60 KB as the issue counts it (1 KB = 1,000 B), gzip -9 like the size check before each stop.
const FIRST_PAINT_BUDGET = 60_000;

interface Scores { performance: number; accessibility: number; metrics: string }
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'cumulative-layout-shift'] as const;

interface AuditOptions { cookie?: string; profileDir?: string }

/**
 * Lighthouse now and then fails to record its trace (NO_NAVSTART, more often on a busy
 * machine): such a run is tried again, up to three times, and says so on stderr.
 */
async function audit(url: string, chromium: string, options: AuditOptions = {}): Promise<Scores> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(url, chromium, options);
    } catch (error) {
      if (attempt === 3) throw error;
      console.error(`[lighthouse] attempt ${attempt} failed, trying again: ${String(error).split('\n')[0]}`);
    }
  }
}

async function auditOnce(url: string, chromium: string, options: AuditOptions): Promise<Scores> {
  const flags = options.profileDir ? `${CHROME_FLAGS} --user-data-dir=${options.profileDir}` : CHROME_FLAGS;
  const args = [
    '--yes', LIGHTHOUSE, url, `--chrome-flags=${flags}`, '--only-categories=performance,accessibility',
    '--output=json', '--quiet',
    ...(options.cookie ? [`--extra-headers=${JSON.stringify({ Cookie: options.cookie })}`] : []),
    ...(options.profileDir ? ['--disable-storage-reset'] : []),
  ];
  const { stdout } = await run('npx', args, { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 256 * 1024 * 1024 });
  const report = JSON.parse(stdout) as {
    categories: Record<'performance' | 'accessibility', { score: number | null }>;
    audits: Record<string, { displayValue?: string }>;
    runtimeError?: { message: string };
  };
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  const metrics = METRICS.map((name) => `${name.replace(/-/g, ' ')} ${report.audits[name]?.displayValue ?? '?'}`).join(', ');
  return { performance: report.categories.performance.score ?? 0, accessibility: report.categories.accessibility.score ?? 0, metrics };
}

/** The entry script and every module index.html preloads: what the first paint waits for. */
export function firstPaintBytes(distDir: string): number {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(sources)].reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(distDir, src)), { level: 9 }).length, 0);
}

/** A Chromium profile that has signed in as Anna, synced and installed the service worker. */
async function prepareUsedPhone(profileDir: string, chromiumPath: string, baseUrl: string): Promise<void> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath, args: CHROME_FLAGS.split(' '), locale: 'da-DK', viewport: { width: 412, height: 823 },
  });
  try {
    const page = await context.newPage();
    await signInAndSync(page, baseUrl, 'anna@fjordby.example');
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    // Once more, as the service worker now serves the app: what the audit will load.
    await page.reload();
    await page.getByRole('searchbox').first().waitFor({ timeout: 60_000 });
  } finally {
    await context.close();
  }
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
    const home = await audit(`${server.url}/`, chromium, { cookie: http.cookieHeader });
    const profileDir = path.join(dir, 'used-phone');
    await prepareUsedPhone(profileDir, chromium, server.url);
    const everyday = await audit(`${server.url}/`, chromium, { profileDir });
    const firstPaint = firstPaintBytes(path.resolve('dist'));
    return [
      { name: 'first-paint JavaScript (entry + preloads, gzip)', value: firstPaint, unit: 'bytes', goal: `≤ ${FIRST_PAINT_BUDGET}`, met: firstPaint <= FIRST_PAINT_BUDGET },
      ...([
        ['sign-in page, signed out', signedOut],
        ['home (Find kolleger), signed in, first sync', home],
        ['home (Find kolleger) on a phone that has used the app: signed in, synced', everyday],
      ] as const).flatMap(([page, scores]) => [
        { name: `Lighthouse mobile performance: ${page} (${scores.metrics})`, value: scores.performance, unit: 'score', goal: '≥ 0.95', met: scores.performance >= 0.95 },
        { name: `Lighthouse mobile accessibility: ${page}`, value: scores.accessibility, unit: 'score', goal: '1.0', met: scores.accessibility === 1 },
      ]),
    ];
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
