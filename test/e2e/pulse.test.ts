// The pulse check in a real browser (issue 24): Lis opens one for her unit, Anna finds it on
// the unit page, answers it offline on one screen ("gemt", not "sendt"), and sees it sent
// once the connection is back; the demo municipality's summer pulse shows its results as a
// table. Axe-clean at 390 × 844 and 320 × 640.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { signInWithDemo, waitForSynced } from '../support/e2e-helpers';
import { sidewaysOverflow } from '../support/directory-e2e';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-pulse-'));
let server: ServerProcess;
let lis: Browser;
let anna: Browser;
const PULSE_ID = crypto.randomUUID();
const DLO_ASKED = [1, 5, 10];

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '300' });
  [lis, anna] = await Promise.all([launchBrowser(), launchBrowser()]);
});
afterAll(async () => {
  await Promise.all([lis?.close(), anna?.close()]);
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Lis opens a pulse of three questions for her unit, through the sync protocol as her phone would. */
async function lisOpensPulse(): Promise<void> {
  const page = await lis.context.newPage();
  await signInWithDemo(page, server.url, 'lis@fjordby.example');
  const now = Date.now();
  const reply = await page.evaluate(async (args) => {
    const response = await fetch('/api/sync/push', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: crypto.randomUUID(), mutations: [{ id: 1, name: 'pulse.open', args }] }),
    });
    return response.json() as Promise<{ results: { status: string; error?: { code: string } }[] }>;
  }, {
    id: PULSE_ID, title: 'Temperaturmåling, vinter 2026', scopeKind: 'unit', scopeId: 'u-hjemmepleje-nord',
    opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 7 * 86_400_000).toISOString(), questions: DLO_ASKED,
  });
  expect(reply.results[0]).toEqual({ id: 1, status: 'applied' });
  await page.close();
}

async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe('the pulse check', () => {
  it('is answered offline on one screen from the unit page, "gemt" until it is sent, then "sendt"', async () => {
    await lisOpensPulse();
    const page = await anna.context.newPage();
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await waitForSynced(page);
    await page.goto(`${server.url}/enheder/u-hjemmepleje-nord`);
    const card = page.getByTestId('unit-pulse');
    await card.getByRole('link', { name: /Temperaturmåling, vinter 2026: Svar nu/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Temperaturmåling, vinter 2026' }).waitFor();
    await expectAxeClean(page);

    // Sending with a question left: the form names it, focused, and sends nothing.
    const form = page.getByRole('form', { name: 'Temperaturmåling, vinter 2026' });
    await form.getByRole('group', { name: 'Lærende tilgang til strategi' }).getByText('4', { exact: true }).click();
    await form.getByRole('button', { name: 'Send svar' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent)).toBe('Intern udveksling');
    expect(await form.getByRole('group', { name: 'Intern udveksling' }).textContent()).toContain('Intern udveksling: vælg et tal fra 1 til 5 eller "Ved ikke".');
    expect(await page.getByTestId('pulse-status').count()).toBe(0);

    // An installed app: the service worker holds the app's code before the phone goes offline.
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await anna.context.setOffline(true);
    const groups = form.getByRole('group');
    expect(await groups.count()).toBe(DLO_ASKED.length);
    await groups.nth(1).getByText('Ved ikke', { exact: true }).click();
    await groups.nth(2).getByText('2', { exact: true }).click();
    await form.getByLabel('Hvad ville hjælpe jer mest? (valgfrit)').fill('Mere tid til sidemandsoplæring');
    await form.getByRole('button', { name: 'Send svar' }).click();
    const status = page.getByTestId('pulse-status');
    await expect.poll(() => status.getAttribute('data-state')).toBe('saved');
    expect(await status.textContent()).toContain('gemt på telefonen');

    await anna.context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 20_000 }).toBe('sent');
    // The answer is there to change: the same choices, and the button says so.
    await expect.poll(() => form.getByRole('group').nth(2).getByRole('radio', { name: '2', exact: true }).isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Ret svar' }).waitFor();
    await expectAxeClean(page);
    await page.close();
  });

  it('shows the summer pulse\'s results per characteristic for the unit, as a table that fits 320 px', async () => {
    const page = await anna.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${server.url}/maalinger/pulse-demo-sommer`);
    const results = page.getByTestId('pulse-results');
    await results.waitFor();
    const table = page.getByTestId('pulse-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(11);
    expect(await results.textContent()).toMatch(/Enheden: \d+ af \d+ har svaret/);
    expect(await sidewaysOverflow(page)).toBe(0);
    await expectAxeClean(page);
    await page.close();
  });
});
