// The main thread during a new phone's first sync (issue 19, part 8): Chromium slowed 4×
// (as Lighthouse's mobile audit does), a fresh profile signs in as Anna and syncs
// everything; the Long Tasks API reports every task over 50 ms, here until the directory
// index is built and the app has been quiet a while. Figures: the longest task (goal
// ≤ 100 ms), how many tasks ran over 50 ms, and their blocking time (what each ran over 50).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openDb } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedDemoData } from '../src/server/seed/seed';
import { startServer } from '../src/server/server';
import { launchBrowser } from '../test/support/browser';
import type { Figure } from './measure';
import { signInAndSync } from './sign-in';

declare global {
  interface Window { __benchLongTask?(duration: number): void }
}

/** Long tasks of every document the page loads, reported to Node as they end. */
async function watchLongTasks(page: Page): Promise<number[]> {
  const durations: number[] = [];
  await page.exposeFunction('__benchLongTask', (duration: number) => { durations.push(duration); });
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongTask?.(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  return durations;
}

export async function firstSyncMainThreadFigures(baseUrl: string, label: string): Promise<Figure[]> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const durations = await watchLongTasks(page);
    console.error('[main thread] signing in');
    await signInAndSync(page, baseUrl, 'anna@fjordby.example');
    console.error('[main thread] synced; searching');
    // The first search builds the directory index: part of a first start.
    await page.getByLabel('Søg efter kompetence eller navn').fill('demens');
    await page.locator('[data-testid="result-count"], [data-person-id]').first().waitFor({ timeout: 120_000 });
    await page.waitForTimeout(3_000);
    const longest = Math.max(0, ...durations);
    const blocking = durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
    return [
      { name: `Chromium 4× slower, first sync of ${label}: longest main-thread task`, value: longest, unit: 'ms', goal: '≤ 100', met: longest <= 100 },
      { name: `Chromium 4× slower, first sync of ${label}: tasks over 50 ms`, value: durations.length, unit: '' },
      { name: `Chromium 4× slower, first sync of ${label}: blocking time (each task's time over 50 ms)`, value: blocking, unit: 'ms' },
    ];
  } finally {
    await browser.close();
  }
}

/** The same, for the demo municipality as `npm start` seeds it, on a server of its own. */
export async function demoFirstSyncMainThreadFigures(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-main-thread-'));
  const databaseUrl = `file:${path.join(dir, 'demo.sqlite')}`;
  const db = openDb(databaseUrl);
  await migrateToLatest(db);
  const summary = await seedDemoData(db.kysely, {});
  await db.close();
  const server = await startServer({
    port: 0, host: '127.0.0.1', databaseUrl, demo: true, staticDir: path.resolve('dist'), mailFile: null, log: () => undefined,
  });
  try {
    return await firstSyncMainThreadFigures(server.url, `the demo municipality (${summary.people} people)`);
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
