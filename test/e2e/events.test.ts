// Events in a real browser: the poster's sign-up QR opened signed out, kept through the
// sign-in, one tap offline (pending), confirmed online; a full course gives a waiting-list
// place; the section lists and searches events.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { dismissInstallOffer, openTab, signInWithDemo, waitForSynced } from '../support/e2e-helpers';
import { startSeminarSoon } from '../support/e2e-database';
import { demoInstant } from '../../src/server/seed/demo-day';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-events-'));
const dbFile = path.join(dir, 'db.sqlite');
let server: ServerProcess;
let lis: Browser;
let anna: Browser;
let bo: Browser;

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${dbFile}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '300' });
  lis = await launchBrowser();
  anna = await launchBrowser();
  bo = await launchBrowser();
});
afterAll(async () => {
  await lis?.close();
  await anna?.close();
  await bo?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

const state = (page: Page) => page.locator('[data-testid="event-state"]').first();

describe('events', () => {
  it('QR sign-up: signed out → sign in → one tap → pending offline → confirmed online', async () => {
    const page = await lis.context.newPage();
    const id = 's-videndeling-i-praksis';
    await page.goto(`${server.url}/s/${id}?t=${encodeURIComponent('Videndeling i praksis')}&d=${demoInstant('2027-01-13T11:30:00.000Z')}`);
    // Signed out, the sign-in page names the event the poster was for.
    await page.getByRole('heading', { level: 1, name: 'Log ind for at tilmelde dig Videndeling i praksis' }).waitFor();
    await page.locator('button[data-email="lis@fjordby.example"]').click();
    await page.waitForURL((url) => url.pathname === `/s/${id}`);
    await page.getByRole('heading', { name: 'Videndeling i praksis' }).waitFor();
    await waitForSynced(page);
    await dismissInstallOffer(page);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await expect.poll(() => state(page).getAttribute('data-state')).toBe('none');

    await lis.context.setOffline(true);
    await page.getByRole('button', { name: 'Tilmeld' }).click();
    // Offline nothing is sent: it says saved.
    await expect.poll(() => state(page).textContent()).toBe('Tilmelding gemt — sendes, når der er forbindelse');
    expect(await axeViolations(page)).toEqual([]);

    await lis.context.setOffline(false);
    await waitForSynced(page);
    await expect.poll(() => state(page).textContent(), { timeout: 20_000 }).toBe('Bekræftet');
  });

  it('a full course says so before the tap, and gives the waiting-list place it promised', async () => {
    const page = await lis.context.newPage();
    await page.goto(`${server.url}/arrangementer/s-laerende-medarbejder`);
    await page.getByRole('heading', { name: 'Den Lærende Medarbejder' }).waitFor();
    await waitForSynced(page);
    expect(await page.getByRole('button', { name: 'Tilmeld', exact: true }).count()).toBe(0);
    const promise = await page.getByTestId('event-full').textContent();
    const place = /som nr\. (\d+)\.$/.exec(promise ?? '')?.[1];
    expect(promise).toMatch(/^Alle pladser er taget\. Du kommer på ventelisten som nr\. \d+\.$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skriv mig på ventelisten' }).click();
    await expect.poll(() => state(page).textContent(), { timeout: 20_000 }).toBe(`Venteliste nr. ${place}`);
    expect(await page.getByTestId('event-full').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists upcoming events and mine, searches with the Danish fold, and shows my states', async () => {
    const page = await anna.context.newPage();
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await waitForSynced(page);
    await dismissInstallOffer(page);
    await openTab(page, 'Kalender');
    const cafe = page.locator('li[data-seminar-id="s-cafe-demens-nat"]');
    await cafe.waitFor();
    expect(await cafe.textContent()).toMatch(/\d+\/40 pladser · ved sidste synkronisering/);
    expect(await cafe.locator('[data-testid="event-state"]').textContent()).toBe('Bekræftet');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Søg i arrangementer').fill('laerende');
    await page.locator('li[data-seminar-id="s-laerende-medarbejder"]').waitFor();
    await expect.poll(() => cafe.count()).toBe(0);

    await page.getByLabel('Søg i arrangementer').fill('');
    await page.getByRole('button', { name: 'Mine' }).click();
    await page.locator('li[data-seminar-id="s-temadag-rehabilitering"]').waitFor();
    expect(await page.locator('li[data-seminar-id="s-temadag-rehabilitering"] [data-testid="event-state"]').textContent()).toBe('Deltog');
    expect(await page.locator('li[data-seminar-id="s-kursus-selvledelse"]').textContent()).toContain('Arrangementet er aflyst.');
    expect(await page.locator('li[data-seminar-id="s-kursus-selvledelse"] [data-testid="event-state"]').textContent()).toBe('Aflyst — du skal ikke møde op');

    await page.getByRole('link', { name: 'Caféseminar: Demens og nattevagter' }).click();
    await page.getByRole('heading', { name: 'Caféseminar: Demens og nattevagter', level: 1 }).waitFor();
    expect(await state(page).textContent()).toBe('Bekræftet');
    await page.getByRole('link', { name: 'Bo Østergaard' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A cancelled event I had a seat at: no "Bekræftet", no calendar entry, no button.
    await page.goto(`${server.url}/arrangementer/s-kursus-selvledelse`);
    await page.getByRole('heading', { name: 'Kursus: Selvledelse i hjemmeplejen' }).waitFor();
    await expect.poll(() => state(page).textContent()).toBe('Aflyst — du skal ikke møde op');
    expect(await page.getByRole('button', { name: 'Tilføj til kalender' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Tilmeld|Afmeld|Skriv mig på ventelisten)$/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('check-in: the organizer shows a new code; opened offline it waits, then is confirmed', async () => {
    // The server takes a check-in from an hour before the start (checkin.ts); the demo's café
    // lies days ahead of the real clock, so the server is told it starts in half an hour.
    startSeminarSoon(dbFile, 's-cafe-demens-nat');
    const organizer = await bo.context.newPage();
    await signInWithDemo(organizer, server.url, 'bo@fjordby.example');
    await waitForSynced(organizer);
    await dismissInstallOffer(organizer);
    await organizer.goto(`${server.url}/arrangementer/s-cafe-demens-nat`);
    await organizer.getByRole('heading', { name: 'For arrangøren' }).waitFor();
    await organizer.getByRole('button', { name: 'Ny kode' }).click();
    await waitForSynced(organizer);
    await expect.poll(() => organizer.getByText('Den nye kode gælder, når den er sendt.').count()).toBe(0);
    await organizer.locator('[data-testid="checkin-qr"]').waitFor();
    const link = await organizer.locator('[data-testid="checkin-link"]').getAttribute('href');
    expect(link).toMatch(/\/c\/s-cafe-demens-nat\?k=[A-Za-z0-9_-]{16,64}$/);
    expect(await organizer.locator('[data-testid="participants"]').textContent()).toContain('Anna Mikkelsen');
    expect(await axeViolations(organizer)).toEqual([]);

    const page = await anna.context.newPage();
    await page.goto(`${server.url}/arrangementer`);
    await waitForSynced(page);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await anna.context.setOffline(true);
    await page.goto(link!);
    const checkin = page.locator('[data-testid="checkin-state"]');
    await expect.poll(() => checkin.textContent()).toBe('Tjek-ind sendt — afventer bekræftelse');
    expect(await axeViolations(page)).toEqual([]);
    await anna.context.setOffline(false);
    await waitForSynced(page);
    await expect.poll(() => checkin.textContent(), { timeout: 20_000 }).toBe('Du er tjekket ind');

    // The organizer's attendance list ticks her off.
    await waitForSynced(organizer);
    await organizer.reload();
    await expect.poll(async () => organizer.getByLabel('Anna Mikkelsen').isChecked(), { timeout: 20_000 }).toBe(true);
  });

  it('the poster renders a QR and prints to PDF', async () => {
    const page = await bo.context.newPage();
    await page.goto(`${server.url}/arrangementer/s-cafe-demens-nat/plakat`);
    await page.locator('[data-testid="poster-qr"]').waitFor();
    expect(await page.locator('[data-testid="poster"]').textContent()).toContain('/s/s-cafe-demens-nat');
    expect(await axeViolations(page)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the organizer creates an event offline; it appears once the server has it, and can be cancelled', async () => {
    const page = await bo.context.newPage();
    await page.goto(`${server.url}/arrangementer`);
    await waitForSynced(page);
    await page.getByRole('link', { name: 'Nyt arrangement' }).click();
    const form = page.getByRole('form', { name: 'Nyt arrangement' });
    await form.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await bo.context.setOffline(true);
    await form.getByLabel('Titel').fill('Kaffemøde om forflytning');
    await form.getByLabel('Type').selectOption('cafe');
    await form.getByLabel('Beskrivelse').fill('Vi deler tips om forflytning.');
    await form.getByLabel('Starter').fill('2027-03-10T14:00');
    await form.getByLabel('Slutter').fill('2027-03-10T15:30');
    await form.getByLabel('Sted', { exact: true }).fill('Plejecenter Solbakken');
    await form.getByLabel('Antal pladser').fill('12');
    await form.getByRole('button', { name: 'Gem' }).click();
    await page.locator('[data-testid="event-draft"]').waitFor();
    await bo.context.setOffline(false);
    await waitForSynced(page);
    await page.getByRole('heading', { name: 'Kaffemøde om forflytning', level: 1 }).waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="event-seats"]').textContent()).toContain('0/12 pladser');

    await page.getByRole('button', { name: 'Aflys arrangementet' }).click();
    await page.getByRole('alertdialog', { name: 'Aflys arrangementet?' }).getByRole('button', { name: 'Ja, aflys' }).click();
    await waitForSynced(page);
    await page.getByText('Arrangementet er aflyst.').waitFor({ timeout: 20_000 });
  });

  it('Mig: the calendar subscription address works until it is stopped', async () => {
    const page = await anna.context.newPage();
    await page.goto(`${server.url}/mig`);
    await page.getByRole('heading', { name: 'Kalender-abonnement' }).waitFor();
    await page.getByRole('button', { name: 'Hent adresse' }).click();
    const url = await page.locator('[data-testid="feed-url"]').inputValue();
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    expect(await feed.text()).toContain('BEGIN:VALARM');
    // Opened in the phone's calendar by its webcal:// twin.
    expect(await page.getByRole('link', { name: 'Åbn i telefonens kalender' }).getAttribute('href')).toBe(url.replace(/^http:/, 'webcal:'));
    expect(await axeViolations(page)).toEqual([]);
    // A new address: the old one stops working.
    await page.getByRole('button', { name: 'Ny adresse' }).click();
    await expect.poll(() => page.locator('[data-testid="feed-url"]').inputValue()).not.toBe(url);
    expect((await page.request.get(url)).status()).toBe(404);
    const renewed = await page.locator('[data-testid="feed-url"]').inputValue();
    await page.getByRole('button', { name: 'Stop abonnementet' }).click();
    await page.getByText('Adressen virker ikke længere.').waitFor();
    expect((await page.request.get(renewed)).status()).toBe(404);
  });
});
