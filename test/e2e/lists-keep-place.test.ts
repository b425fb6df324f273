// The section lists keep their place, as Find does: Kalender, Netværk and Læring hold their
// view ("Mine"), search and filters in the address, so "back" from an event, a network or a
// learning brings them again, scrolled to where the list was left. Their search forgives
// Danish typos ("demenz"), the first event starts in the top of a phone's screen, and the
// search boxes are the form kit's (44 px, 16 px text); axe-clean at 390×844 and 320×640.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { dismissInstallOffer, signInWithDemo, waitForSynced } from '../support/e2e-helpers';
import { expectSmallScreenClean } from '../support/small-screens';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-lists-'));
let server: ServerProcess;
let anna: Browser;
let page: Page;

/** Long enough for a lazy screen's first load on a busy machine. */
const POLL = { timeout: 20_000 };

beforeAll(async () => {
  // The app as built for this run, in a copy of its own (a build started meanwhile must not
  // change the files under the service worker's feet).
  const staticDir = path.join(dir, 'dist');
  fs.cpSync(path.resolve('dist'), staticDir, { recursive: true });
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: staticDir, DEMO_PEOPLE: '300' });
  anna = await launchBrowser();
  page = await anna.context.newPage();
  await signInWithDemo(page, server.url, 'anna@fjordby.example');
  await waitForSynced(page);
  await dismissInstallOffer(page);
}, 120_000);
afterAll(async () => {
  await anna?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A card's distance from the top of the window, in whole pixels. */
const topOf = (card: Locator) => card.evaluate((element) => Math.round(element.getBoundingClientRect().top));
const params = () => new URL(page.url()).searchParams;

/**
 * Scrolls the list so that `card` sits in the middle of the screen (the page scrolled down),
 * opens it with `open`, comes back with the browser's back, and checks that the card is
 * where it was left.
 */
async function openAndComeBack(card: Locator, open: () => Promise<void>, opened: () => Promise<unknown>): Promise<void> {
  // In the middle of the screen, clear of the top line and the tab bar.
  await card.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(150);
  const top = await topOf(card);
  const url = page.url();
  await open();
  await opened();
  await page.goBack();
  await expect.poll(() => page.url(), POLL).toBe(url);
  await expect.poll(() => topOf(card), POLL).toBe(top);
}

/** The search box: the kit's control, a touch target high, its text large enough that iPhones do not zoom. */
async function checkSearchBox(box: Locator): Promise<void> {
  const measured = await box.evaluate((element) => ({ height: element.getBoundingClientRect().height, font: parseFloat(getComputedStyle(element).fontSize) }));
  expect(measured.height).toBeGreaterThanOrEqual(44);
  expect(measured.font).toBeGreaterThanOrEqual(16);
}

/** Axe-clean at 390×844, then on a small phone, light and dark (back at 390×844 after). */
async function checkSmallScreens(): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  await expectSmallScreenClean(page);
}

describe('Kalender', () => {
  const card = (id: string) => page.locator(`li[data-seminar-id="${id}"]`);
  const cards = () => page.locator('[data-testid="events-list"] > li');
  const searchBox = () => page.getByRole('searchbox', { name: 'Søg i arrangementer' });

  it('starts the first event in the top 40 % of the screen, with the kit\'s search box', async () => {
    await page.goto(`${server.url}/arrangementer`);
    await cards().first().waitFor(POLL);
    const first = await cards().first().boundingBox();
    expect(first!.y).toBeLessThanOrEqual(0.4 * 844);
    await checkSearchBox(searchBox());
    await checkSmallScreens();
  });

  it('starts the first event in the top 40 % for an organizer too (with "Nyt arrangement")', async () => {
    const bo = await launchBrowser();
    try {
      const organizer = await bo.context.newPage();
      await signInWithDemo(organizer, server.url, 'bo@fjordby.example');
      await organizer.goto(`${server.url}/arrangementer`);
      await organizer.getByRole('link', { name: 'Nyt arrangement' }).waitFor(POLL);
      await organizer.locator('[data-testid="events-list"] > li').first().waitFor(POLL);
      const first = await organizer.locator('[data-testid="events-list"] > li').first().boundingBox();
      expect(first!.y).toBeLessThanOrEqual(0.4 * 844);
    } finally {
      await bo.close();
    }
  });

  it('finds the dementia café for "demenz", and back from it brings "Mine" and the search', async () => {
    await page.goto(`${server.url}/arrangementer`);
    await cards().first().waitFor(POLL);
    await page.getByRole('button', { name: 'Mine', exact: true }).click();
    await expect.poll(() => params().get('vis')).toBe('mine');
    await searchBox().fill('demenz');
    await expect.poll(() => cards().count(), POLL).toBe(1);
    expect(await card('s-cafe-demens-nat').count()).toBe(1);
    await expect.poll(() => params().get('q')).toBe('demenz');

    await page.getByRole('link', { name: 'Caféseminar: Demens og nattevagter' }).click();
    await page.getByRole('heading', { name: 'Caféseminar: Demens og nattevagter', level: 1 }).waitFor(POLL);
    await page.goBack();
    await card('s-cafe-demens-nat').waitFor(POLL);
    expect(await searchBox().inputValue()).toBe('demenz');
    expect(await page.getByRole('button', { name: 'Mine', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await cards().count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the kind in the address, and back from an event brings the scroll position', async () => {
    await page.goto(`${server.url}/arrangementer?vis=mine`);
    await cards().first().waitFor(POLL);
    const mine = await cards().count();
    expect(mine).toBeGreaterThanOrEqual(3);
    const last = cards().last();
    const name = (await last.getByRole('link').textContent())!;
    await openAndComeBack(last, () => last.getByRole('link').click(), () => page.getByRole('heading', { level: 1, name }).waitFor(POLL));
    expect(await page.getByRole('button', { name: 'Mine', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await cards().count()).toBe(mine);

    // A kind, from its filters line: in the address too.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByText('Filtre', { exact: true }).click();
    await page.getByLabel('Type').selectOption('cafe');
    await expect.poll(() => params().get('type')).toBe('cafe');
    await expect.poll(() => cards().count(), POLL).toBeLessThan(mine);
    await page.reload();
    await card('s-cafe-demens-nat').waitFor(POLL);
    expect(await page.getByLabel('Type').inputValue()).toBe('cafe');
  });
});

describe('Netværk', () => {
  const searchBox = () => page.getByRole('searchbox', { name: 'Søg i netværk' });
  const cards = () => page.locator('[data-network-id]');

  it('finds Demensnetværket for "demenz", and back from it brings the search', async () => {
    await page.goto(`${server.url}/netvaerk`);
    await cards().first().waitFor(POLL);
    await checkSearchBox(searchBox());
    await searchBox().fill('demenz');
    await expect.poll(() => params().get('q'), POLL).toBe('demenz');
    await expect.poll(() => page.locator('[data-place^="all:"]').count(), POLL).toBe(1);
    await page.locator('[data-place^="all:"]').getByRole('link', { name: 'Demensnetværket' }).click();
    await page.getByRole('heading', { level: 1, name: 'Demensnetværket' }).waitFor(POLL);
    await page.goBack();
    await page.locator('[data-place="all:n-demens"]').waitFor(POLL);
    expect(await searchBox().inputValue()).toBe('demenz');
    expect(await page.locator('[data-place^="all:"]').count()).toBe(1);
    await checkSmallScreens();
  });

  it('back from a network brings the scroll position', async () => {
    await page.goto(`${server.url}/netvaerk`);
    await cards().first().waitFor(POLL);
    const last = page.locator('[data-place^="all:"]').last();
    const name = (await last.getByRole('link').textContent())!;
    await openAndComeBack(last, () => last.getByRole('link').click(), () => page.getByRole('heading', { level: 1, name }).waitFor(POLL));
  });
});

describe('Læring', () => {
  const searchBox = () => page.getByRole('searchbox', { name: 'Søg i læring' });
  const cards = () => page.locator('[data-testid="learning-list"] > li');

  it('starts the first learning in the top 40 % of the screen, its count heard and seen once it narrows', async () => {
    await page.goto(`${server.url}/laering`);
    await cards().first().waitFor(POLL);
    expect((await cards().first().boundingBox())!.y).toBeLessThanOrEqual(0.4 * 844);
    // The four feeds in one row at 390 px.
    const feeds = page.getByRole('group', { name: 'Vis' }).getByRole('button');
    const tops = await feeds.evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const count = page.getByTestId('learning-count');
    expect(await count.getAttribute('role')).toBe('status');
    // Only heard (the 1 px visually hidden box) until the list narrows.
    const width = () => count.evaluate((element) => element.getBoundingClientRect().width);
    expect(await width()).toBeLessThanOrEqual(1);
    await searchBox().fill('demenz');
    await expect.poll(width, POLL).toBeGreaterThan(50);
    await searchBox().fill('');
  });

  it('finds learnings for "demenz", and back from one brings the feed and the search', async () => {
    await page.goto(`${server.url}/laering`);
    await cards().first().waitFor(POLL);
    await checkSearchBox(searchBox());
    await page.getByRole('button', { name: 'Min enhed' }).click();
    await expect.poll(() => params().get('vis')).toBe('unit');
    await searchBox().fill('demenz');
    await expect.poll(() => params().get('q'), POLL).toBe('demenz');
    await expect.poll(() => cards().count(), POLL).toBeGreaterThan(0);
    const found = await cards().count();
    const first = cards().first();
    const title = (await first.getByRole('link').first().textContent())!;
    await first.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor(POLL);
    await page.goBack();
    await expect.poll(() => cards().count(), POLL).toBe(found);
    expect(await searchBox().inputValue()).toBe('demenz');
    expect(await page.getByRole('button', { name: 'Min enhed' }).getAttribute('aria-pressed')).toBe('true');
    await checkSmallScreens();
  });

  it('back from a learning brings the scroll position', async () => {
    await page.goto(`${server.url}/laering`);
    await cards().first().waitFor(POLL);
    const shown = await cards().count();
    const last = cards().last();
    const title = (await last.getByRole('link').first().textContent())!;
    await openAndComeBack(last, () => last.getByRole('link').first().click(), () => page.getByRole('heading', { level: 1, name: title }).waitFor(POLL));
    expect(await cards().count()).toBe(shown);
  });
});
