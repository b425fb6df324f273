// A slow first sync on a bigger municipality: signing in does not wait for it, the strip
// under the top line counts the colleagues as they arrive, and those already here can be
// searched before the last page is in.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { openTab, waitForSynced } from '../support/e2e-helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-first-'));
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  // Enough rows for several pulled pages (5000 changes each).
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '3000' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a slow first sync', () => {
  it('shows how many colleagues have arrived and lets the user search them meanwhile', async () => {
    const page = await browser.context.newPage();
    // A slow network: each page of the pull takes two seconds more.
    await page.route('**/api/sync/pull?**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue().catch(() => undefined);
    });
    await page.goto(`${server.url}/login`);
    await page.locator('button[data-email="anna@fjordby.example"]').click();
    // Signed in at once: the Find screen, not a sign-in screen with greyed-out buttons.
    await page.getByLabel('Søg efter kompetence eller navn').waitFor({ timeout: 5_000 });
    const strip = page.locator('[data-testid="first-sync"]');
    await strip.waitFor();
    expect(await strip.textContent()).toMatch(/Henter kolleger …/);

    await page.getByLabel('Søg efter kompetence eller navn').fill('an');
    await page.locator('[data-testid="result-list"] > li').first().waitFor({ timeout: 30_000 });
    // Results while the sync is still under way, and the strip says how many are here.
    expect(await strip.isVisible()).toBe(true);
    expect(await strip.textContent()).toMatch(/Henter kolleger … \d{1,3}(\.\d{3})* hentet/);
    expect(Number(await strip.getAttribute('data-people'))).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.unroute('**/api/sync/pull?**');
    await waitForSynced(page);
    await strip.waitFor({ state: 'detached' });
  });

  it('says the lists are being fetched, not that they are empty, while the first sync is held back', async () => {
    const fresh = await launchBrowser();
    const page = await fresh.context.newPage();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/api/sync/pull?**', async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    await page.goto(`${server.url}/login`);
    await page.locator('button[data-email="anna@fjordby.example"]').click();
    await page.getByLabel('Søg efter kompetence eller navn').waitFor({ timeout: 10_000 });

    await openTab(page, 'Kalender');
    await expect.poll(() => page.getByTestId('not-yet-synced').textContent()).toBe('Henter fra serveren …');
    expect(await page.getByText('Ingen arrangementer passer.').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await openTab(page, 'Læring');
    await expect.poll(() => page.getByTestId('not-yet-synced').count()).toBe(1);
    expect(await page.getByText('Ingen læring passer.').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await openTab(page, 'Netværk');
    await expect.poll(() => page.getByTestId('not-yet-synced').count()).toBe(2);
    expect(await page.getByText('Ingen netværk passer til søgningen').count()).toBe(0);

    release();
    await waitForSynced(page);
    await expect.poll(() => page.getByTestId('not-yet-synced').count()).toBe(0);
    await page.locator('[data-network-id]').first().waitFor();
    await fresh.close();
  });
});
