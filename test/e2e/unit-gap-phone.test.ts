// The unit's gap on a phone (issue 19): at 320 px, and at 200 % text, each competence is a
// card with its needs today and in five years and its gap, nothing reaches past the screen's
// edge, every target is 44 px, light and dark are axe-clean, and "Ret" opens its form inside
// the card with focus in it, giving focus back to "Ret" when the form closes. A wide screen
// keeps the table, and its "Ret" edits in its own row.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser, type BrowserOptions } from '../support/browser';
import { dismissInstallOffer, openTab, signInWithDemo, waitForSynced } from '../support/e2e-helpers';
import { nameMismatches, smallTargets } from '../support/directory-e2e';
import { expectSmallScreenClean } from '../support/small-screens';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-unit-gap-'));
let server: ServerProcess;
const browsers: Browser[] = [];

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '300' });
});
afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

const POLL = { timeout: 15_000 };
const FACTS = ['holders', 'need-now', 'short-now', 'need-later', 'short-later'];

/** Lis, the unit's leader, on her unit's page in a browser of `options`, everything drawn. */
async function openUnitAsLeader(options: BrowserOptions): Promise<Page> {
  const browser = await launchBrowser(options);
  browsers.push(browser);
  const page = await browser.context.newPage();
  await signInWithDemo(page, server.url, 'lis@fjordby.example');
  await waitForSynced(page);
  await dismissInstallOffer(page);
  await openTab(page, 'Mig');
  // A profile of its own (200 % text) may be offered installing the app a little later.
  const offer = page.getByTestId('install-offer');
  if (await offer.isVisible()) await offer.getByRole('button', { name: 'Ikke nu' }).click();
  await page.getByTestId('my-unit-link').click();
  await page.waitForURL(/\/enheder\/u-hjemmepleje-nord$/, POLL);
  await page.getByTestId('core-knowledge').waitFor({ state: 'attached', ...POLL });
  return page;
}

/**
 * Shown elements in the gap that reach past the viewport's sides. The page's sections are
 * painted contained (content-visibility), which clips what overflows them instead of
 * widening the page: the document's width alone would not see a table running off-screen.
 */
function pastTheEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('[data-testid="gap"] *')].flatMap((element) => {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return [];
      return rect.left < -0.5 || rect.right > width + 0.5 ? [`${element.outerHTML.slice(0, 80)} ${Math.round(rect.left)}–${Math.round(rect.right)}`] : [];
    });
  });
}

/** The card layout at a phone's width: one card per competence, the table's numbers in each. */
async function expectCards(page: Page, where: string): Promise<void> {
  const gap = page.getByTestId('gap');
  const cards = gap.getByTestId('gap-card');
  await cards.first().waitFor(POLL);
  expect(await gap.getByTestId('gap-table').isVisible(), where).toBe(false);
  const tableRows = gap.getByTestId('gap-table').locator('tbody tr');
  const count = await tableRows.count();
  expect(count, where).toBeGreaterThanOrEqual(5);
  expect(await cards.count(), where).toBe(count);
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    const id = await card.getAttribute('data-competence');
    const row = gap.locator(`tr[data-competence="${id}"]`);
    for (const fact of FACTS) {
      const cell = card.getByTestId(fact);
      expect(await cell.isVisible(), `${where}: ${id} ${fact}`).toBe(true);
      expect(await cell.textContent(), `${where}: ${id} ${fact}`).toMatch(/^(\d+|−\d+|dækket)$/);
    }
    // The card tells what the table tells.
    for (const fact of ['holders', 'short-now', 'short-later']) {
      expect(await card.getByTestId(fact).textContent(), `${where}: ${id} ${fact}`).toBe(await row.getByTestId(fact).textContent());
    }
    const cells = await row.locator('td').allTextContents();
    expect([await card.getByTestId('need-now').textContent(), await card.getByTestId('need-later').textContent()], `${where}: ${id}`)
      .toEqual([cells[1], cells[3]]);
  }
  // The demo's single-holder risks are flagged on their cards.
  const risks = await gap.getByTestId('risk').count();
  expect(risks, where).toBeGreaterThan(0);
  expect(await gap.getByTestId('card-risk').count(), where).toBe(risks);
  expect(await gap.getByTestId('card-risk').first().textContent(), where).toMatch(/^⚠ (Kun én kan det|Ingen kan det på niveauet)$/);
  // What can close each gap is in its card; the separate list is for wide screens.
  expect(await cards.getByTestId('close-gap').count(), where).toBeGreaterThan(0);
  expect(await page.locator('.unit-close').isVisible(), where).toBe(false);
}

/** Nothing sideways, targets of 44 px, names that match, axe-clean: in light and in dark. */
async function expectFits(page: Page, where: string): Promise<void> {
  await expectSmallScreenClean(page, {
    where,
    alsoCheck: async (at) => {
      expect(await pastTheEdge(page), at).toEqual([]);
      expect(await smallTargets(page), at).toEqual([]);
      expect(await nameMismatches(page), at).toEqual([]);
    },
  });
}

/** "Ret" on a card: the form opens inside it, on screen, with focus; cancel gives focus back. */
async function expectEditInCard(page: Page, where: string): Promise<void> {
  const cards = page.getByTestId('gap').getByTestId('gap-card');
  const card = cards.nth(1);
  const name = await card.getByRole('heading', { level: 3 }).textContent();
  await card.getByRole('button', { name: `Ret ${name}` }).click();
  const form = card.getByTestId('core-form');
  await form.waitFor(POLL);
  expect(await page.getByTestId('core-form').count(), where).toBe(1);
  await expect.poll(() => form.evaluate((f) => f.contains(document.activeElement)), { ...POLL, message: where }).toBe(true);
  // Where the finger was, not at the end of a long list.
  expect(await page.evaluate(() => {
    const rect = document.activeElement!.getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= window.innerHeight;
  }), where).toBe(true);
  expect(await form.getByLabel('Behov i dag').inputValue(), where).toBe(await card.getByTestId('need-now').textContent());
  await expectFits(page, `${where}, form open`);
  await form.getByRole('button', { name: 'Annuller' }).click();
  expect(await page.getByTestId('core-form').count(), where).toBe(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), { ...POLL, message: where }).toBe(`Ret ${name}`);
  expect(await card.evaluate((c) => c.contains(document.activeElement)), where).toBe(true);
}

describe('the unit gap on a phone', () => {
  it('shows a card per competence at 320 px, with nothing sideways, and edits in the card', async () => {
    const page = await openUnitAsLeader({ viewport: { width: 320, height: 640 } });
    await expectCards(page, '320 px');
    await expectFits(page, '320 px');
    await expectEditInCard(page, '320 px');
  });

  it('does the same at 200 % text', async () => {
    const page = await openUnitAsLeader({ defaultFontSize: 32, viewport: { width: 320, height: 640 } });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    await expectCards(page, '200 %');
    await expectFits(page, '200 %');
    await expectEditInCard(page, '200 %');
  });

  it('keeps the table on a wide screen, where "Ret" edits in its own row', async () => {
    const page = await openUnitAsLeader({ viewport: { width: 1024, height: 768 } });
    const gap = page.getByTestId('gap');
    await gap.getByTestId('gap-table').waitFor(POLL);
    expect(await gap.getByTestId('gap-cards').isVisible()).toBe(false);
    expect(await page.locator('.unit-close').isVisible()).toBe(true);
    const items = page.getByTestId('core-knowledge').locator('li[data-competence]');
    const item = items.first();
    const name = await item.locator('strong').textContent();
    await item.getByRole('button', { name: `Ret ${name}` }).click();
    const form = item.getByTestId('core-form');
    await form.waitFor(POLL);
    await expect.poll(() => form.evaluate((f) => f.contains(document.activeElement)), POLL).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Annuller' }).click();
    // Focus goes back in an effect after the form closes: asked until it has moved.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), POLL).toBe(`Ret ${name}`);
    // Paper gets the table at any width.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.emulateMedia({ media: 'print' });
    expect(await gap.getByTestId('gap-table').isVisible()).toBe(true);
    expect(await gap.getByTestId('gap-cards').isVisible()).toBe(false);
  });
});
