// The organizer's side of events in a real browser: the form's network (only those Bo
// coordinates), competences and DLO characteristics reach the event page; cancelling asks
// in the app's own dialog (labelled, focus inside, Escape closes); the attendance list
// ticks people present offline, shows them as waiting, and sends them later.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { dismissInstallOffer, pendingCount, signInWithDemo, waitForSynced } from '../support/e2e-helpers';
import { startSeminarSoon } from '../support/e2e-database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-events-organizer-'));
const dbFile = path.join(dir, 'db.sqlite');
let server: ServerProcess;
let bo: Browser;

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${dbFile}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '300' });
  bo = await launchBrowser();
  const page = await bo.context.newPage();
  await signInWithDemo(page, server.url, 'bo@fjordby.example');
  await waitForSynced(page);
  await dismissInstallOffer(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.close();
});
afterAll(async () => {
  await bo?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('events: the organizer', () => {
  it('links a network Bo coordinates, competences and DLO characteristics; cancelling asks in a dialog', async () => {
    const page = await bo.context.newPage();
    await page.goto(`${server.url}/arrangementer/nyt`);
    const form = page.getByRole('form', { name: 'Nyt arrangement' });
    await form.waitFor();
    await waitForSynced(page);

    // Only the networks Bo coordinates are offered (he is no admin).
    const network = form.getByLabel('Netværk (valgfrit)');
    await expect.poll(async () => (await network.locator('option').allTextContents()).sort())
      .toEqual(['Intet netværk', 'Projektleder- og fundraisingnetværket', 'Videndelernetværket']);

    await form.getByLabel('Titel').fill('Videndelercafé om demens');
    await form.getByLabel('Type').selectOption('cafe');
    await form.getByLabel('Beskrivelse').fill('Vi deler erfaringer med demens på tværs af områder.');
    // Four months ahead, whatever day the test runs.
    const day = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Starter').fill(`${day}T14:00`);
    await form.getByLabel('Slutter').fill(`${day}T15:30`);
    await form.getByLabel('Sted', { exact: true }).fill('Rådhuset, mødelokale 2');
    await form.getByLabel('Antal pladser').fill('25');
    await network.selectOption({ label: 'Videndelernetværket' });
    await form.getByLabel('Søg i kompetencekataloget').fill('demen');
    await form.getByRole('button', { name: /^Tilføj Demens\b/ }).first().click();
    await form.getByRole('button', { name: 'Fjern Demens' }).waitFor();
    await form.getByLabel('5. Intern udveksling').check();
    await form.getByLabel('10. Miljø for læring').check();
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Gem' }).click();

    await waitForSynced(page);
    await page.getByRole('heading', { name: 'Videndelercafé om demens', level: 1 }).waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Videndelernetværket' }).waitFor();
    await page.getByRole('link', { name: 'Demens', exact: true }).waitFor();
    expect(await page.locator('[data-testid="event-dlo"] li').allTextContents()).toEqual(['5. Intern udveksling', '10. Miljø for læring']);
    const eventUrl = page.url();

    // The edit form starts from what the server holds.
    await page.getByRole('link', { name: 'Ret arrangement' }).click();
    const edit = page.getByRole('form', { name: 'Ret arrangement' });
    await edit.waitFor();
    expect(await edit.getByLabel('Netværk (valgfrit)').inputValue()).toBe('n-videndelere');
    expect(await edit.getByLabel('10. Miljø for læring').isChecked()).toBe(true);
    expect(await edit.getByLabel('1. En lærende tilgang til strategi').isChecked()).toBe(false);
    await edit.getByRole('button', { name: 'Fjern Demens' }).waitFor();

    // Cancelling asks first, in the app's own dialog; Escape leaves the event as it was.
    await page.goto(eventUrl);
    const cancel = page.getByRole('button', { name: 'Aflys arrangementet' });
    await cancel.click();
    const dialog = page.getByRole('alertdialog', { name: 'Aflys arrangementet?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('»Videndelercafé om demens« aflyses');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('[data-testid="cancel-event-dialog"]')?.matches(':modal'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aflys arrangementet');
    expect(await pendingCount(page)).toBe('0');
    expect(await page.getByText('Arrangementet er aflyst.').count()).toBe(0);

    await cancel.click();
    await dialog.getByRole('button', { name: 'Ja, aflys' }).click();
    await waitForSynced(page);
    await page.getByText('Arrangementet er aflyst.').waitFor({ timeout: 20_000 });
  });

  it('ticks a participant present offline: at once, marked as waiting, kept over a reload, sent when online', async () => {
    // The server takes ticks from an hour before the start (attendance-set.ts).
    startSeminarSoon(dbFile, 's-cafe-demens-nat');
    const page = await bo.context.newPage();
    await page.goto(`${server.url}/arrangementer/s-cafe-demens-nat`);
    await page.getByRole('heading', { name: 'For arrangøren' }).waitFor();
    await waitForSynced(page);
    const list = page.locator('[data-testid="participants"]');
    await list.waitFor();
    const unticked = list.locator('li:has(input:not(:checked))').first();
    const personId = await unticked.getAttribute('data-person-id');
    const row = list.locator(`li[data-person-id="${personId}"]`);
    const box = row.getByRole('checkbox');

    await bo.context.setOffline(true);
    await box.check();
    await expect.poll(() => row.getAttribute('data-pending')).toBe('true');
    expect(await box.isChecked()).toBe(true);
    expect(await row.locator('[data-testid="pending-badge"]').count()).toBe(1);
    expect(await pendingCount(page)).toBe('1');
    expect(await axeViolations(page)).toEqual([]);

    // Still offline, a reload (from the service worker) keeps the tick and its marker.
    await page.reload();
    await row.waitFor();
    expect(await row.getByRole('checkbox').isChecked()).toBe(true);
    expect(await row.getAttribute('data-pending')).toBe('true');

    await bo.context.setOffline(false);
    await waitForSynced(page);
    await expect.poll(() => row.getAttribute('data-pending'), { timeout: 20_000 }).toBe(null);
    expect(await row.getByRole('checkbox').isChecked()).toBe(true);
    await page.reload();
    await row.waitFor();
    await waitForSynced(page);
    expect(await row.getByRole('checkbox').isChecked()).toBe(true);
  });
});
