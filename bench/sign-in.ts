// The benchmark's browser start: sign in with a demo account and wait for the first sync.
import type { Page } from 'playwright-core';

export async function signInAndSync(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator(`button[data-email="${email}"]`).click();
  await page.waitForFunction(() => performance.getEntriesByName('videnbro:sync:done', 'measure').length > 0, undefined, { timeout: 600_000, polling: 200 });
}
