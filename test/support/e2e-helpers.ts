// Steps the browser tests share: signing in with a demo account, waiting for a sync.
import type { Page } from 'playwright-core';

export async function signInWithDemo(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator(`button[data-email="${email}"]`).click();
  await page.getByRole('heading', { name: 'Find kolleger' }).waitFor();
}

/** Online, nothing waiting, and at least one sync done. */
export async function waitForSynced(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const pending = document.querySelector('[data-testid="sync-pending"]');
    const state = document.querySelector('[data-testid="sync-state"]')?.textContent ?? '';
    const last = document.querySelector('[data-testid="sync-last"]')?.textContent ?? '';
    return pending?.getAttribute('data-count') === '0' && state === 'Online' && last.startsWith('Sidst');
  }, undefined, { timeout: 30_000 });
}
