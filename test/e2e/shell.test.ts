// The shell on a phone, at 390 × 844 and at 320 × 640, with touch: a bottom tab bar worked
// by touch and by keyboard that says where you are and steps aside for the keyboard, one
// slim top line with back and the sync chip, targets of at least 44 × 44 CSS px on Find,
// Mig and the sync sheet, no axe violations; and the figures for the closing note.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { signInWithDemo, tab, waitForSynced } from '../support/e2e-helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-shell-'));
/** Screenshots of each run, to look at (the manifest's own are made by scripts/make-screenshots.ts). */
const shots = path.join(os.tmpdir(), 'videnbro-shell-shots');
let server: ServerProcess;

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '300' });
  fs.mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Every visible interactive element smaller than 44 × 44 CSS px. A checkbox or radio
 * button is measured by its label, which is what a finger hits.
 */
function smallTargets(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return [...root.querySelectorAll<HTMLElement>(selector)].flatMap((element) => {
      if (element.getClientRects().length === 0 || element.closest('[hidden], dialog:not([open])')) return [];
      const input = element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio');
      const target = input ? element.closest('label') ?? element : element;
      // The skip link waits off screen until focused; measure it where it shows.
      if (element.classList.contains('skip-link')) element.focus();
      const { width, height } = target.getBoundingClientRect();
      if (element.classList.contains('skip-link')) element.blur();
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? element.getAttribute('name') ?? '').trim().slice(0, 40);
      return width < 44 || height < 44 ? [`${element.tagName.toLowerCase()} "${name}" ${Math.round(width)}×${Math.round(height)}`] : [];
    });
  });
}

async function currentOf(page: Page): Promise<Record<string, string | null>> {
  return page.locator('.tab').evaluateAll((tabs) => Object.fromEntries(tabs.map((t) => [t.getAttribute('data-section'), t.getAttribute('aria-current')])));
}

describe.each([
  { width: 390, height: 844 },
  { width: 320, height: 640 },
])('the shell at $width × $height', (viewport) => {
  let browser: Browser;
  let page: Page;
  const size = `${viewport.width}x${viewport.height}`;

  beforeAll(async () => {
    browser = await launchBrowser({ viewport, touch: true, installable: true });
    page = await browser.context.newPage();
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await waitForSynced(page);
  });
  afterAll(async () => { await browser?.close(); });

  it('offers installing once, after the first sync, without covering anything', async () => {
    const offer = page.locator('[data-testid="install-offer"]');
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/Kollegerne er hentet\. Læg Videnbro på hjemmeskærmen/);
    expect(await smallTargets(offer)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await offer.getByRole('button', { name: 'Ikke nu' }).tap();
    await offer.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByLabel('Søg efter kompetence eller navn').waitFor();
    await waitForSynced(page);
    expect(await offer.count()).toBe(0);
    // Mig keeps the offer.
    await tab(page, 'Mig').tap();
    await page.locator('[data-testid="install-card"]').getByRole('button', { name: 'Installer' }).waitFor();
    await tab(page, 'Find').tap();
  });

  it('goes between sections by touch and by keyboard, and says where you are', async () => {
    // Only built sections have a tab.
    expect(await page.locator('.tab').evaluateAll((tabs) => tabs.map((t) => t.textContent))).toEqual(['Find', 'Netværk', 'Kalender', 'Læring', 'Mig']);
    expect(await currentOf(page)).toEqual({ find: 'page', networks: null, events: null, learning: null, me: null });

    await tab(page, 'Mig').tap();
    await page.getByRole('heading', { name: 'Mine kompetencer' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/mig');
    expect(await currentOf(page)).toEqual({ find: null, networks: null, events: null, learning: null, me: 'page' });

    // By keyboard: Tab to "Find" (from the Mig tab, backwards) and press Enter.
    await tab(page, 'Mig').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Find');
    await page.keyboard.press('Enter');
    await page.getByLabel('Søg efter kompetence eller navn').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await currentOf(page)).toEqual({ find: 'page', networks: null, events: null, learning: null, me: null });

    // Below a section's root: the tab still shows its section, and the top line has "back".
    await page.getByRole('link', { name: 'Kompetencekataloget' }).tap();
    await page.getByRole('heading', { name: 'Kompetencekataloget' }).waitFor();
    expect(await currentOf(page)).toEqual({ find: 'true', networks: null, events: null, learning: null, me: null });
    const bar = await page.locator('.top-bar__inner').boundingBox();
    expect(bar!.height).toBeLessThanOrEqual(56);
    await page.getByRole('button', { name: 'Tilbage' }).tap();
    await page.getByLabel('Søg efter kompetence eller navn').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByRole('button', { name: 'Tilbage' }).count()).toBe(0);

    // The top line stays at the top while the page scrolls.
    await page.getByLabel('Søg efter kompetence eller navn').fill('demens');
    await page.locator('[data-testid="result-list"] > li').first().waitFor();
    await page.getByLabel('Søg efter kompetence eller navn').blur();
    await page.mouse.wheel(0, 600);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect((await page.locator('.top-bar').boundingBox())!.y).toBe(0);

    // Find keeps its search (in its address) while you look at someone and come back by its tab.
    await expect.poll(() => page.url()).toContain('q=demens');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('[data-testid="result-list"] > li a.result-card__link').first().tap();
    await page.getByRole('button', { name: 'Tilbage' }).waitFor();
    expect(await currentOf(page)).toEqual({ find: 'true', networks: null, events: null, learning: null, me: null });
    await tab(page, 'Find').tap();
    await expect.poll(() => page.getByLabel('Søg efter kompetence eller navn').inputValue()).toBe('demens');
  });

  it('lets the keyboard have the room: the tab bar steps aside while typing', async () => {
    const box = page.getByLabel('Søg efter kompetence eller navn');
    await box.focus();
    // What an on-screen keyboard does: the visual viewport shrinks, the layout one stays.
    await page.evaluate(() => {
      const viewport = window.visualViewport!;
      Object.defineProperty(viewport, 'height', { configurable: true, get: () => window.innerHeight * 0.55 });
      viewport.dispatchEvent(new Event('resize'));
    });
    await expect.poll(() => page.locator('[data-testid="tab-bar"]').isVisible()).toBe(false);
    await page.evaluate(() => {
      delete (window.visualViewport as unknown as Record<string, unknown>).height;
      window.visualViewport!.dispatchEvent(new Event('resize'));
    });
    await box.blur();
    await expect.poll(() => page.locator('[data-testid="tab-bar"]').isVisible()).toBe(true);
  });

  it('has targets of at least 44 × 44 px and no axe violations on Find, Mig and the sync sheet', async () => {
    await page.goto(`${server.url}/?q=demens`);
    await page.locator('[data-testid="result-list"] > li').first().waitFor();
    expect(await smallTargets(page.locator('body'))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await tab(page, 'Mig').tap();
    await page.getByRole('heading', { name: 'Mine kompetencer' }).waitFor();
    expect(await smallTargets(page.locator('body'))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('[data-testid="sync-chip"]').tap();
    const sheet = page.getByRole('dialog', { name: 'Synkronisering' });
    await sheet.waitFor();
    expect(await sheet.getByRole('button', { name: 'Synkroniser nu' }).isVisible()).toBe(true);
    expect(await sheet.locator('[data-testid="sync-state"]').textContent()).toBe('Online');
    expect(await smallTargets(sheet)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await sheet.getByRole('button', { name: 'Luk' }).tap();
    await sheet.waitFor({ state: 'hidden' });
  });

  it('shows the first results high on the screen (the figure for the note)', async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel('Søg efter kompetence eller navn').fill('demens');
    const first = page.locator('[data-testid="result-list"] > li').first();
    await first.waitFor();
    await page.getByLabel('Søg efter kompetence eller navn').blur();
    const top = await first.evaluate((element) => element.getBoundingClientRect().top);
    console.log(`[figure] first result's top edge at ${size} after "demens": ${Math.round(top)} px (${Math.round((100 * top) / viewport.height)} %)`);
    if (viewport.width === 390) expect(top).toBeLessThanOrEqual(0.4 * viewport.height);
    await page.screenshot({ path: path.join(shots, `find-${size}.png`) });
    await tab(page, 'Mig').tap();
    // The path, not a page load: the tab navigates inside the app.
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 30_000 }).toBe('/mig');
    // The Mig screen is loaded on demand: on a busy machine that can take a while.
    await page.getByRole('heading', { name: 'Mine kompetencer' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(shots, `mig-${size}.png`) });
  });
});

describe('a tab tapped while the search waits to write its query to the address', () => {
  let browser: Browser;
  afterAll(async () => { await browser?.close(); });

  it('goes to that tab and stays there, though its screen is still loading when the query would be written', async () => {
    // No service worker, and Mig's code held up on its way: the Find screen is still on
    // screen, its query's address update (250 ms after typing) still to come, when Mig is tapped.
    browser = await launchBrowser({ touch: true, blockServiceWorkers: true });
    const page = await browser.context.newPage();
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await page.route(/\/assets\/me-screen-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await page.getByLabel('Søg efter kompetence eller navn').fill('demens');
    await tab(page, 'Mig').tap();
    await page.getByRole('heading', { name: 'Mine kompetencer' }).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe('/mig');
    expect(await page.getByRole('heading', { name: 'Mine kompetencer' }).isVisible()).toBe(true);
  });
});
