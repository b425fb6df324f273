// "Find kolleger" in a real browser, offline: a misspelt competence finds the right
// colleagues, filters live in the URL, a person page has working contact links.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { signInWithDemo, waitForSynced } from '../support/e2e-helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-dir-'));
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '400' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the colleague directory', () => {
  it('searches offline, keeps query and filters in the URL, and links to people', async () => {
    const page = await browser.context.newPage();
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await waitForSynced(page);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await browser.context.setOffline(true);

    const box = page.getByLabel('Søg efter kompetence eller navn');
    await box.fill('demnes');
    const cards = page.locator('[data-testid="result-list"] > li');
    await cards.first().waitFor();
    // Every result holds Demens (a competence match beats a mention in a bio).
    const firstCards = await cards.evaluateAll((items) => items.slice(0, 10).map((item) => item.textContent ?? ''));
    expect(firstCards.length).toBeGreaterThan(0);
    expect(firstCards.every((text) => text.includes('Demens'))).toBe(true);
    await expect.poll(() => page.url()).toContain('q=demnes');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByText('Filtre').click();
    await page.getByLabel('Kan hjælpe andre').check();
    await expect.poll(() => page.url()).toContain('kanHjaelpe=true');
    await expect.poll(async () => (await cards.evaluateAll((items) => items.every((item) => item.textContent?.includes('Kan hjælpe')))) && (await cards.count()) > 0).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // The search survives a reload, with no network.
    await page.reload();
    await expect.poll(() => box.inputValue()).toBe('demnes');
    await expect.poll(() => page.getByLabel('Kan hjælpe andre').isChecked()).toBe(true);
    await cards.first().waitFor();

    // The card's one link to the person (a Ring link may sit beside it).
    const name = (await cards.first().locator('.result-card__link').textContent())!;
    await cards.first().locator('.result-card__link').click();
    await page.getByRole('heading', { name }).waitFor();
    const links = await page.locator('.contact-actions a').evaluateAll((items) => items.map((a) => a.getAttribute('href')));
    expect(links.some((href) => href?.startsWith('mailto:') && href.includes('@fjordby.example'))).toBe(true);
    const tel = links.find((href) => href?.startsWith('tel:'));
    if (tel) {
      expect(tel).toMatch(/^tel:\+45\d{8}$/);
      expect(links).toContain(tel.replace('tel:', 'sms:'));
    }
    expect(await page.getByRole('heading', { name: 'Kompetencer', exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await browser.context.setOffline(false);
  });

  it('says so when nobody matches and suggests competences', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?q=xyzdemens`);
    await page.getByText('Ingen kolleger fundet for »xyzdemens«.').waitFor();
    await page.getByRole('button', { name: 'Demens' }).click();
    await page.locator('[data-testid="result-list"] > li').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists the catalogue with holders, "kan hjælpe" first', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/kompetencer`);
    await page.getByRole('heading', { name: 'Kompetencekataloget' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Demens', exact: true }).click();
    await page.getByRole('heading', { name: 'Demens', exact: true }).waitFor();
    const helps = await page.locator('section li').evaluateAll((items) => items.map((item) => item.textContent?.includes('Kan hjælpe') ?? false));
    expect(helps.length).toBeGreaterThan(1);
    // Once "kan hjælpe" stops, it never starts again.
    expect(helps.indexOf(false) === -1 || helps.slice(helps.indexOf(false)).every((h) => !h)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});
