// The unit page in a real browser (issue 11): Lis, the leader of Anna's unit, adds a core
// competence offline and the gap updates at once, shown pending; back online it syncs.
// Anna then sees her unit's page read-only, with Lis's new need. Axe-clean throughout.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { dismissInstallOffer, openTab, signInWithDemo, waitForSynced } from '../support/e2e-helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-units-'));
let server: ServerProcess;
let lis: Browser;
let anna: Browser;

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '300' });
  lis = await launchBrowser();
  anna = await launchBrowser();
});
afterAll(async () => {
  await lis?.close();
  await anna?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

const POLL = { timeout: 15_000 };

describe('a unit\'s core knowledge', () => {
  it('lets the leader set a need offline, updates the gap at once, and syncs it', async () => {
    const page = await lis.context.newPage();
    await signInWithDemo(page, server.url, 'lis@fjordby.example');
    await waitForSynced(page);
    await dismissInstallOffer(page);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });

    await openTab(page, 'Mig');
    await page.getByTestId('my-unit-link').click();
    await page.waitForURL(/\/enheder\/u-hjemmepleje-nord$/, POLL);
    await page.getByRole('heading', { name: 'Hjemmeplejen Nord', level: 1 }).waitFor(POLL);
    expect(await page.getByTestId('registered').textContent()).toMatch(/^\d+ af \d+ har registreret kompetencer$/);
    // The demo: several core competences, at least one single-holder risk, a strategy.
    expect(await page.getByTestId('gap-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByTestId('risk').first().textContent()).toMatch(/^(Kun én i enheden kan|Ingen i enheden kan)/);
    expect(await page.getByTestId('strategy-input').inputValue()).toMatch(/lukker gabet/);
    expect(await page.getByRole('img', { name: /Behov og antal, der kan det/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Offline: a new core competence, picked with the directory's forgiving search.
    await lis.context.setOffline(true);
    await page.getByRole('button', { name: 'Tilføj kerneviden' }).click();
    const form = page.getByTestId('core-form');
    await form.getByLabel('Find kompetence').fill('saarpl');
    await form.getByRole('button', { name: /^Sårpleje/ }).click();
    await form.getByLabel('Behov i dag').fill('4');
    await form.getByLabel('Behov om 5 år').fill('7');
    // A slip is caught before it queues.
    await form.getByLabel('Behov om 5 år').fill('7000');
    await form.getByRole('button', { name: 'Gem behov' }).click();
    expect(await form.getByRole('alert').textContent()).toBe('Skriv et helt antal personer fra 0 til 500.');
    await form.getByLabel('Behov om 5 år').fill('7');
    await form.getByRole('button', { name: 'Gem behov' }).click();

    // The gap has it at once, from the phone's own rows: on a phone, as a card.
    const row = page.getByTestId('gap-cards').locator('[data-testid="gap-card"][data-competence="saarpleje"]');
    await row.waitFor(POLL);
    expect(await row.getByTestId('need-now').textContent()).toBe('4');
    expect(await row.getByTestId('need-later').textContent()).toBe('7');
    const holders = Number(await row.getByTestId('holders').textContent());
    const short = (n: number) => (n > 0 ? `−${n}` : 'dækket');
    expect(await row.getByTestId('short-now').textContent()).toBe(short(4 - holders));
    expect(await row.getByTestId('short-later').textContent()).toBe(short(7 - holders));
    const item = row;
    await expect.poll(() => item.getByTestId('pending-badge').textContent(), POLL).toBe('Venter på forbindelse');
    expect(await axeViolations(page)).toEqual([]);

    await lis.context.setOffline(false);
    await waitForSynced(page);
    await expect.poll(() => item.getByTestId('pending-badge').count(), POLL).toBe(0);
    expect(await row.getByTestId('short-later').textContent()).toBe(short(7 - holders));
  });

  it('shows Anna her unit\'s page read-only, with the leader\'s new need', async () => {
    const page = await anna.context.newPage();
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await waitForSynced(page);
    await dismissInstallOffer(page);
    await openTab(page, 'Mig');
    await page.getByTestId('my-unit-link').click();
    await page.waitForURL(/\/enheder\/u-hjemmepleje-nord$/, POLL);
    await page.getByRole('heading', { name: 'Hjemmeplejen Nord', level: 1 }).waitFor(POLL);
    await page.getByTestId('gap-cards').locator('[data-testid="gap-card"][data-competence="saarpleje"]').waitFor(POLL);
    expect(await page.getByTestId('read-only').textContent()).toBe('Kun enhedens leder kan ændre kerneviden og strategi.');
    expect(await page.getByRole('button', { name: 'Tilføj kerneviden' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ret / }).count()).toBe(0);
    expect(await page.getByTestId('strategy-input').count()).toBe(0);
    expect(await page.getByTestId('strategy-text').textContent()).toMatch(/lukker gabet/);
    expect(await page.getByTestId('learning-profile').getByRole('table').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});
