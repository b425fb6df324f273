// Steps the browser tests share: signing in with a demo account, the tab bar, and the
// sync chip (waiting for a sync, reading how many changes wait).
import type { Page } from 'playwright-core';

export async function signInWithDemo(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator(`button[data-email="${email}"]`).click();
  await page.getByRole('heading', { name: 'Find kolleger' }).waitFor();
}

/** A tab of the bottom tab bar, by its word ("Mig"; its name may go on with a badge's count). */
export function tab(page: Page, label: string) {
  return page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: new RegExp(`^${label}\\b`) });
}

export async function openTab(page: Page, label: string): Promise<void> {
  await tab(page, label).click();
  await page.waitForFunction((name) => document.querySelector('.tab[aria-current="page"] .tab__label')?.textContent === name, label);
}

const chip = '[data-testid="sync-chip"]';

/** How many changes wait to be sent, as the sync chip says. */
export async function pendingCount(page: Page): Promise<string | null> {
  return page.locator(chip).getAttribute('data-pending');
}

/** Online, nothing waiting, and at least one sync done. */
export async function waitForSynced(page: Page): Promise<void> {
  await page.waitForFunction((selector) => {
    const element = document.querySelector(selector);
    return element?.getAttribute('data-state') === 'ok' && element.getAttribute('data-pending') === '0'
      && (element.getAttribute('data-last-sync') ?? '') !== '';
  }, chip, { timeout: 30_000 });
}

/**
 * The one-time offer to install, shown after the first sync where Chromium offers
 * installing (headless does, in a profile of its own): answered "Ikke nu" when it comes,
 * so it shifts nothing later.
 */
export async function dismissInstallOffer(page: Page): Promise<void> {
  // A context of the shared Chromium is off the record: no offer comes there (browser.ts).
  if (page.context().browser() !== null) return;
  const offer = page.locator('[data-testid="install-offer"]');
  if (await offer.waitFor({ timeout: 5_000 }).then(() => true, () => false)) {
    await offer.getByRole('button', { name: 'Ikke nu' }).click();
  }
}
