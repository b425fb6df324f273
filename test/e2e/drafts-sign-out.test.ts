// An unfinished learning draft is never lost without a word: Anna types one offline, and
// signing out warns, in the app's own dialog, that the draft (not only unsent changes)
// would go. When Bo signs in on the same phone, the draft is named in the hand-over
// dialog, kept for Anna, not shown to Bo, and back on Læring when Anna signs in again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { openTab, pendingCount, signInWithDemo, tab, waitForSynced } from '../support/e2e-helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-drafts-'));
let server: ServerProcess;
let phone: Browser;

beforeAll(async () => {
  // The app as built for this run, in a copy of its own: a build started meanwhile by another
  // run on this machine must not change the files under the service worker's feet.
  const staticDir = path.join(dir, 'dist');
  fs.cpSync(path.resolve('dist'), staticDir, { recursive: true });
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: staticDir, DEMO_PEOPLE: '300' });
  phone = await launchBrowser({ touch: true });
});
afterAll(async () => {
  await phone?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Long enough for a lazy screen's first load or a sync round on a busy machine. */
const POLL = { timeout: 20_000 };
const TITLE = 'Rolig stemme ved uro om aftenen';
const BODY = 'Når borgeren bliver urolig, hjælper det at tale lavt og langsomt';

describe('an unfinished draft on a shared phone', () => {
  it('is named in the sign-out warning, kept for Anna when Bo signs in, and hers again later', { timeout: 300_000 }, async () => {
    const page = await phone.context.newPage();
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await waitForSynced(page);
    // The screens on the way have loaded once before the network goes.
    await openTab(page, 'Mig');
    await openTab(page, 'Læring');
    await page.getByRole('link', { name: 'Skriv en læring' }).click();
    await page.getByLabel('Titel').waitFor(POLL);
    await openTab(page, 'Læring');

    await phone.context.setOffline(true);
    await openTab(page, 'Læring');
    await page.getByRole('link', { name: 'Skriv en læring' }).click();
    await page.getByLabel('Titel').waitFor(POLL);
    await page.getByLabel('Titel').fill(TITLE);
    await page.getByLabel('Hvad lærte jeg?').pressSequentially(BODY);
    await expect.poll(() => page.getByTestId('draft-state').textContent(), POLL).toMatch(/^Kladde gemt/);
    // A draft is not a change: nothing waits to be sent.
    expect(await pendingCount(page)).toBe('0');

    // Signing out would wipe the phone: the warning names the draft, though no change waits.
    await openTab(page, 'Mig');
    await page.getByRole('button', { name: 'Log ud' }).tap();
    const warning = page.getByRole('alertdialog', { name: 'Log ud?' });
    await warning.waitFor(POLL);
    expect(await warning.textContent()).toMatch(/Du er offline.*1 kladde er ikke sendt endnu og går tabt\./);
    expect(await axeViolations(page)).toEqual([]);
    await warning.getByRole('button', { name: 'Annuller' }).tap();
    await warning.waitFor({ state: 'hidden' });

    // Anna's session ends (her cookie is gone); Bo picks up the phone and signs in.
    await phone.context.clearCookies();
    await phone.context.setOffline(false);
    await page.goto(`${server.url}/login`);
    await page.locator('button[data-email="bo@fjordby.example"]').click();
    const handOver = page.getByRole('alertdialog', { name: 'Kladder fra Anna' });
    await handOver.waitFor(POLL);
    expect(await handOver.textContent()).toMatch(/Telefonen har 1 kladde fra Anna \w+, som ikke er sendt endnu\. Den bliver aldrig sendt i dit navn eller vist for dig\./);
    expect(await axeViolations(page)).toEqual([]);
    await handOver.getByRole('button', { name: /^Gem til Anna \w+ og log ind$/ }).click();
    await page.getByRole('heading', { name: 'Find kolleger' }).waitFor(POLL);
    await waitForSynced(page);

    // Bo does not see Anna's draft.
    await openTab(page, 'Læring');
    await page.getByRole('link', { name: 'Skriv en læring' }).waitFor(POLL);
    expect(await page.getByRole('link', { name: `Skriv videre: ${TITLE}` }).count()).toBe(0);
    expect(await page.getByText(BODY).count()).toBe(0);

    // Bo signs out (nothing of his is left unsent: no warning); Anna signs in again.
    await openTab(page, 'Mig');
    await page.getByRole('button', { name: 'Log ud' }).tap();
    await page.waitForURL(/\/login$/, POLL);
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await waitForSynced(page);
    await tab(page, 'Læring').click();
    const draft = page.getByTestId('drafts').getByRole('link', { name: `Skriv videre: ${TITLE}` });
    await draft.waitFor(POLL);
    await draft.click();
    await expect.poll(() => page.getByLabel('Hvad lærte jeg?').inputValue(), POLL).toBe(BODY);
    expect(await page.getByLabel('Titel').inputValue()).toBe(TITLE);
  });
});
