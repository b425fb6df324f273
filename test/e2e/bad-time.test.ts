// A row with a time no reader can read (issue 18): written into the database behind the
// server's back, as an older app version could have stored it. On the phone the events
// list still draws, the bad card says so, the event page opens with the same note and no
// calendar offer, its edit form opens, and the tab bar stays throughout.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { dismissInstallOffer, openTab, signInWithDemo, tab, waitForSynced } from '../support/e2e-helpers';
import { changeServerDatabase } from '../support/e2e-database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-bad-time-'));
const dbFile = path.join(dir, 'db.sqlite');
const BAD = 's-videndeling-i-praksis';
let server: ServerProcess;
let browser: Browser;
let organizer: Browser;

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${dbFile}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '300' });
  changeServerDatabase(dbFile, (db) => {
    const { value } = db.prepare('update version_counter set value = value + 1 where id = 1 returning value').get() as { value: number };
    // `+01` is an offset JavaScript cannot read: Date.parse gives NaN.
    db.prepare('update seminars set starts_at = ?, version = ? where id = ?').run('2027-01-13T12:30:00+01', value, BAD);
  });
  browser = await launchBrowser();
  organizer = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await organizer?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a seminar row with a time that cannot be read', () => {
  it('takes down nothing but its own card', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await waitForSynced(page);
    await dismissInstallOffer(page);
    await openTab(page, 'Kalender');

    const bad = page.locator(`li[data-seminar-id="${BAD}"]`);
    await bad.waitFor();
    expect(await bad.getByTestId('event-time-unreadable').textContent()).toMatch(/Tidspunktet for arrangementet kan ikke læses/);
    expect(await bad.textContent()).toMatch(/ukendt tidspunkt/);
    // The other cards draw as ever.
    const good = page.locator('li[data-seminar-id="s-cafe-demens-nat"]');
    expect(await good.textContent()).toMatch(/kl\. \d{2}\.\d{2}–\d{2}\.\d{2}/);
    expect(await good.getByTestId('event-time-unreadable').count()).toBe(0);
    expect(await tab(page, 'Mig').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await bad.getByRole('link').click();
    await page.getByRole('heading', { name: 'Videndeling i praksis', level: 1 }).waitFor();
    expect(await page.getByTestId('event-time-unreadable').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Tilføj til kalender' }).count()).toBe(0);
    expect(await page.getByTestId('screen-error').count()).toBe(0);
    expect(await tab(page, 'Kalender').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("opens the organizer's edit form with the unreadable time left blank to write again", async () => {
    const page = await organizer.context.newPage();
    await signInWithDemo(page, server.url, 'bo@fjordby.example');
    await waitForSynced(page);
    await page.goto(`${server.url}/arrangementer/${BAD}/rediger`);
    const start = page.locator('input[name="startsAt"]');
    await start.waitFor();
    expect(await start.inputValue()).toBe('');
    expect(await page.locator('input[name="endsAt"]').inputValue()).not.toBe('');
    expect(await page.getByTestId('screen-error').count()).toBe(0);
  });
});
