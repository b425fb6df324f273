// Chromium figures: the full initial sync applied into IndexedDB, and one local write
// (optimistic row + outbox entry), read from the app's User Timing entries.
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/support/browser';
import { percentile, type Figure } from './measure';
import { signInAndSync } from './sign-in';

const measures = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), name);

export async function browserFigures(baseUrl: string): Promise<Figure[]> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await signInAndSync(page, baseUrl, 'anna@fjordby.example');
    const [syncMs = NaN] = await measures(page, 'videnbro:sync:done');
    const applyMs = (await measures(page, 'videnbro:pull-apply')).reduce((a, b) => a + b, 0);

    await page.getByRole('navigation').getByRole('link', { name: 'Mig' }).click();
    await page.getByLabel('Om mig').waitFor();
    for (let i = 0; i < 30; i++) {
      await page.getByLabel('Om mig').fill(`Bench ${i}`);
      await page.getByRole('button', { name: 'Gem' }).first().click();
      await page.waitForFunction((n) => performance.getEntriesByName('videnbro:local-write', 'measure').length >= n, i + 1);
    }
    const writes = await measures(page, 'videnbro:local-write');
    return [
      { name: 'Chromium: full initial sync (pull + apply into IndexedDB)', value: syncMs, unit: 'ms', goal: '≤ 5000', met: syncMs <= 5000 },
      { name: 'Chromium: of which applying pages into IndexedDB', value: applyMs, unit: 'ms' },
      { name: 'Chromium: one local write p50', value: percentile(writes, 50), unit: 'ms', goal: '< 16', met: percentile(writes, 50) < 16 },
      { name: 'Chromium: one local write p95', value: percentile(writes, 95), unit: 'ms', goal: '< 16', met: percentile(writes, 95) < 16 },
    ];
  } finally {
    await browser.close();
  }
}
