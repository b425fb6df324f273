// The learning log in a real browser: Anna writes a learning offline, reloads mid-text
// (the draft is there, from the phone), publishes it to her unit, and it is sent when the
// connection comes back; Lis in the same unit sees and finds it after a sync, Bo outside
// the unit does not; Lis's learning-meeting page lists it, prints to a PDF, and is marked
// as held (the next meeting starts from there). A learning the server refuses keeps its
// text on Mig, to copy or send again. Deleting asks first, in the app's own dialog.
// Axe-clean on every screen on the way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { dismissInstallOffer, openTab, pendingCount, signInWithDemo, tab, waitForSynced } from '../support/e2e-helpers';
import { nameMismatches, smallTargets } from '../support/directory-e2e';
import { expectSmallScreenClean } from '../support/small-screens';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-learning-'));
let server: ServerProcess;
let anna: Browser;
let lis: Browser;
let bo: Browser;

beforeAll(async () => {
  // The app as built for this run, in a copy of its own: a build started meanwhile by another
  // run on this machine must not change the files under the service worker's feet.
  const staticDir = path.join(dir, 'dist');
  fs.cpSync(path.resolve('dist'), staticDir, { recursive: true });
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: staticDir, DEMO_PEOPLE: '300' });
  [anna, lis, bo] = await Promise.all([launchBrowser(), launchBrowser(), launchBrowser()]);
});
afterAll(async () => {
  await Promise.all([anna?.close(), lis?.close(), bo?.close()]);
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Long enough for a lazy screen's first load or a sync round on a busy machine. */
const POLL = { timeout: 20_000 };
const TITLE = 'Playlister åbner for kontakt ved demens';
const FIRST_HALF = 'På temadagen hørte jeg om personlige playlister: de pårørende finder de sange, ';
const SECOND_HALF = 'borgeren holdt af som ung.';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await browser.context.newPage();
  await signInWithDemo(page, server.url, email);
  await waitForSynced(page);
  await dismissInstallOffer(page);
  return page;
}

const cards = (page: Page) => page.locator('[data-testid="learning-list"] > li');

/** Does `action`, then waits for a sync that ended after it with nothing left to send. */
async function syncedAfter(page: Page, action: () => Promise<void>): Promise<void> {
  const chip = page.locator('[data-testid="sync-chip"]');
  const before = await chip.getAttribute('data-last-sync');
  await action();
  await page.waitForFunction((last) => {
    const element = document.querySelector('[data-testid="sync-chip"]');
    return element?.getAttribute('data-state') === 'ok' && element.getAttribute('data-pending') === '0'
      && (element.getAttribute('data-last-sync') ?? '') !== (last ?? '');
  }, before, { timeout: 30_000 });
}

describe('a learning from the train home', () => {
  let page: Page;
  let learningId = '';

  it('is written offline, survives a reload mid-sentence as a draft, and is published to the unit', { timeout: 300_000 }, async () => {
    page = await signedIn(anna, 'anna@fjordby.example');
    // The service worker has the app before the network goes.
    // (Not waitForFunction with an async predicate: its promise counts as truthy at once, and
    // going offline while the worker still installs loses the worker and the offline reload.)
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await openTab(page, 'Læring');
    await expect.poll(() => cards(page).count(), POLL).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await anna.context.setOffline(true);
    await page.getByRole('link', { name: 'Skriv en læring' }).click();
    await page.getByLabel('Titel').waitFor(POLL);
    await page.getByLabel('Titel').fill(TITLE);
    await page.getByLabel('Hvad lærte jeg?').pressSequentially(FIRST_HALF);
    // Saved on the phone as typed, and the address names the draft.
    await expect.poll(() => page.getByTestId('draft-state').textContent(), POLL).toMatch(/^Kladde gemt i dag kl\. \d\d\.\d\d$/);
    await expect.poll(() => new URL(page.url()).searchParams.get('kladde'), POLL).toMatch(/^[0-9a-f-]{36}$/);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.getByLabel('Titel').waitFor(POLL);
    await expect.poll(() => page.getByLabel('Titel').inputValue(), POLL).toBe(TITLE);
    expect(await page.getByLabel('Hvad lærte jeg?').inputValue()).toBe(FIRST_HALF);

    // The draft waits on Læring too, to be picked up again.
    await tab(page, 'Læring').click();
    const draftLink = page.getByTestId('drafts').getByRole('link', { name: `Skriv videre: ${TITLE}` });
    await draftLink.click();
    await expect.poll(() => page.getByLabel('Hvad lærte jeg?').inputValue(), POLL).toBe(FIRST_HALF);

    const body = page.getByLabel('Hvad lærte jeg?');
    await body.focus();
    await page.keyboard.press('End');
    await body.pressSequentially(SECOND_HALF);
    await page.getByLabel('Hvordan kan vi bruge det?').fill('Vi beder de pårørende om tre yndlingssange.');
    await page.getByLabel('Hvor kom det fra?').selectOption('seminar');
    await page.getByLabel('Søg i kompetencekataloget').fill('demens');
    await page.getByRole('button', { name: /^Tilføj Demens\b/ }).first().click();
    await page.getByRole('checkbox', { name: '10. Miljø for læring' }).check();
    await page.getByRole('radio', { name: /^Min enhed/ }).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Gem læringen' }).click();

    await page.waitForURL(/\/laering\/[0-9a-f-]{36}$/, POLL);
    learningId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { name: TITLE }).waitFor();
    expect(await page.getByTestId('learning-audience').textContent()).toBe('Kan ses af: Min enhed');
    await expect.poll(() => page.locator('[data-testid="pending-badge"]').textContent(), POLL).toBe('Venter på forbindelse');
    expect(await pendingCount(page)).toBe('1');
    expect(await axeViolations(page)).toEqual([]);

    // The draft is gone with the publishing.
    await page.goto(`${server.url}/laering`);
    await cards(page).first().waitFor(POLL);
    expect(await page.getByTestId('drafts').count()).toBe(0);

    await anna.context.setOffline(false);
    await waitForSynced(page);
    const card = page.locator(`[data-learning-id="${learningId}"]`);
    await expect.poll(() => card.locator('[data-testid="pending-badge"]').count(), POLL).toBe(0);
  });

  it('reaches a colleague in the unit after a sync, found by search with a typo, and not someone outside it', { timeout: 300_000 }, async () => {
    const other = await signedIn(lis, 'lis@fjordby.example');
    await openTab(other, 'Læring');
    await other.getByRole('button', { name: 'Min enhed' }).click();
    const card = other.locator(`[data-learning-id="${learningId}"]`);
    await expect.poll(() => card.count(), POLL).toBe(1);
    expect(await card.textContent()).toContain('Anna Mikkelsen');
    await other.getByLabel('Søg i læring').fill('playlistr pårørende');
    await expect.poll(() => cards(other).first().getAttribute('data-learning-id'), POLL).toBe(learningId);
    expect(await axeViolations(other)).toEqual([]);

    const outside = await signedIn(bo, 'bo@fjordby.example');
    await openTab(outside, 'Læring');
    await outside.getByLabel('Søg i læring').fill('playlister pårørende');
    await expect.poll(() => outside.getByTestId('learning-count').textContent(), POLL).toBe('Ingen læring passer.');
    await outside.goto(`${server.url}/laering/${learningId}`);
    await outside.getByText('Læringen findes ikke på telefonen').waitFor(POLL);
  });

  it('is on the unit\'s learning-meeting page, which prints to A4 as a PDF', async () => {
    const other = lis.context.pages().at(-1)!;
    await other.goto(`${server.url}/laering/moede`);
    const item = other.locator(`[data-learning-id="${learningId}"]`).first();
    await item.waitFor(POLL);
    expect(await other.getByRole('heading', { name: 'Demens', exact: true }).count()).toBe(1);
    expect(await other.getByRole('button', { name: 'Marker mødet som holdt' }).count()).toBe(1);
    expect(await axeViolations(other)).toEqual([]);

    // Grouped by DLO characteristic instead: under "10. Miljø for læring".
    await other.getByLabel('Grupper efter').selectOption('dlo');
    await other.getByRole('heading', { name: '10. Miljø for læring' }).waitFor(POLL);

    await other.emulateMedia({ media: 'print' });
    expect(await other.locator('[data-testid="tab-bar"]').isVisible()).toBe(false);
    expect(await other.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    expect(await item.isVisible()).toBe(true);
    const pdf = await other.pdf({ format: 'A4', printBackground: true });
    await other.emulateMedia({ media: 'screen' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    fs.writeFileSync(path.join(dir, 'laerende-moede.pdf'), pdf);

    // Lis leads the unit: she marks the meeting as held, and it becomes the next start date.
    await syncedAfter(other, () => other.getByRole('button', { name: 'Marker mødet som holdt' }).click());
    await expect.poll(() => other.getByTestId('meeting-count').textContent(), POLL).toBe('Ingen ny læring i perioden.');
    await expect.poll(() => other.getByTestId('last-meeting').textContent(), POLL).toMatch(/^Sidste lærende møde: i dag$/);
    await other.reload();
    await other.getByTestId('meeting').waitFor(POLL);
    await expect.poll(() => other.getByTestId('meeting-count').textContent(), POLL).toBe('Ingen ny læring i perioden.');
  });

  it('refused by the server, keeps its text on Mig, to copy or to correct and send again', { timeout: 300_000 }, async () => {
    const refusedTitle = 'Sansehaver til borgere med demens';
    const refusedBody = 'Netværket besøgte et plejecenter med en sansehave, hvor beboerne selv kan gå ud.';
    await anna.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(`${server.url}/laering`);
    await anna.context.setOffline(true);
    await page.getByRole('link', { name: 'Skriv en læring' }).click();
    await page.getByLabel('Titel').waitFor(POLL);
    await page.getByLabel('Titel').fill(refusedTitle);
    await page.getByLabel('Hvad lærte jeg?').fill(refusedBody);
    await page.getByRole('radio', { name: 'Et af mine netværk' }).check();
    await page.getByLabel('Hvilket netværk?').selectOption({ label: 'Demensnetværket' });
    await page.getByRole('button', { name: 'Gem læringen' }).click();
    await page.waitForURL(/\/laering\/[0-9a-f-]{36}$/, POLL);

    // Meanwhile, on her computer, Anna leaves the network.
    const computer = await launchBrowser();
    try {
      const desk = await signedIn(computer, 'anna@fjordby.example');
      await desk.goto(`${server.url}/netvaerk/n-demens`);
      await desk.getByRole('button', { name: 'Forlad netværket' }).click();
      await syncedAfter(desk, () => desk.getByTestId('leave-dialog').getByRole('button', { name: 'Forlad netværket' }).click());
      expect(await desk.getByRole('button', { name: 'Bliv medlem' }).count()).toBe(1);
    } finally {
      await computer.close();
    }

    await anna.context.setOffline(false);
    await waitForSynced(page);
    await openTab(page, 'Mig');
    const notice = page.locator('[data-notice-id^="rejected:"]').filter({ hasText: refusedTitle });
    await notice.waitFor(POLL);
    expect(await notice.textContent()).toContain('Du kan kun dele en læring med et netværk, du er aktivt medlem af.');
    expect(await notice.getByTestId('refused-learning').textContent()).toContain(refusedBody);
    expect(await axeViolations(page)).toEqual([]);

    await notice.getByRole('button', { name: 'Kopiér teksten' }).click();
    await notice.getByText('Teksten er kopieret.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${refusedTitle}\n\n${refusedBody}`);

    await notice.getByRole('button', { name: 'Ret og prøv igen' }).click();
    await page.waitForURL(/\/laering\/ny\?kladde=/, POLL);
    await expect.poll(() => page.getByLabel('Titel').inputValue(), POLL).toBe(refusedTitle);
    expect(await page.getByLabel('Hvad lærte jeg?').inputValue()).toBe(refusedBody);
    await page.getByRole('radio', { name: /^Min enhed/ }).check();
    await page.getByRole('button', { name: 'Gem læringen' }).click();
    await page.waitForURL(/\/laering\/[0-9a-f-]{36}$/, POLL);
    await waitForSynced(page);
    await expect.poll(() => page.locator('[data-testid="pending-badge"]').count(), POLL).toBe(0);
    expect(await page.getByTestId('learning-audience').textContent()).toBe('Kan ses af: Min enhed');
    await openTab(page, 'Mig');
    await page.getByRole('heading', { name: 'Mine kompetencer' }).waitFor();
    expect(await page.locator('[data-notice-id^="rejected:"]').count()).toBe(0);
  });

  it('is deleted by its author only after a confirmation in the app\'s dialog', async () => {
    await page.goto(`${server.url}/laering/${learningId}`);
    await page.getByRole('button', { name: 'Slet læringen' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Slet »${TITLE}«?` });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Annuller' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('heading', { name: TITLE }).count()).toBe(1);

    await page.getByRole('button', { name: 'Slet læringen' }).click();
    await dialog.getByRole('button', { name: 'Slet læringen' }).click();
    await page.waitForURL(/\/laering$/, POLL);
    await waitForSynced(page);
    expect(await page.locator(`[data-learning-id="${learningId}"]`).count()).toBe(0);
  });
});

/** Elements in `main` past the window's right edge, or whose content runs out of their box. */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('main *')].flatMap((element) => {
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) return [];
      if (rect.right > width + 0.5) return [`${element.outerHTML.slice(0, 80)}: right edge ${Math.round(rect.right)} > ${width}`];
      const control = element.matches('input, select, textarea, option');
      return !control && element.scrollWidth > element.clientWidth + 1 ? [`${element.outerHTML.slice(0, 80)}: content ${element.scrollWidth} > ${element.clientWidth}`] : [];
    });
  });
}

/** The tab bar's tabs: each at least 44 × 44 and none over its neighbour. */
function tabProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const tabs = [...document.querySelectorAll<HTMLElement>('.tab')].map((tab) => ({ name: tab.dataset.section, rect: tab.getBoundingClientRect(), pill: tab.querySelector('.tab__icon')!.getBoundingClientRect() }));
    return tabs.flatMap(({ name, rect, pill }, i) => [
      ...(rect.width < 44 || rect.height < 44 ? [`${name}: ${Math.round(rect.width)}×${Math.round(rect.height)}`] : []),
      ...(pill.left < rect.left - 0.5 || pill.right > rect.right + 0.5 ? [`${name}: its icon reaches out of the tab`] : []),
      ...(i > 0 && tabs[i - 1]!.rect.right > rect.left + 0.5 ? [`${name} overlaps ${tabs[i - 1]!.name}`] : []),
    ]);
  });
}

describe('large text on a small phone', () => {
  it('at 200 %, 320 px wide, light and dark: the learning screens reflow, targets stay large, axe stays clean', { timeout: 300_000 }, async () => {
    const large = await launchBrowser({ defaultFontSize: 32, viewport: { width: 320, height: 640 } });
    try {
      const page = await signedIn(large, 'anna@fjordby.example');
      const screens: [string, () => Promise<void>][] = [
        ['Læring', async () => { await page.goto(`${server.url}/laering?q=demens`); await cards(page).first().waitFor(POLL); }],
        ['Ny læring', async () => { await page.goto(`${server.url}/laering/ny`); await page.getByLabel('Titel').waitFor(POLL); }],
        ['two versions', async () => { await page.goto(`${server.url}/laering/l-anna-overlevering`); await page.getByTestId('conflict-view').waitFor(POLL); }],
        ['Det lærende møde', async () => { await page.goto(`${server.url}/laering/moede`); await page.getByTestId('meeting-count').waitFor(POLL); }],
      ];
      for (const [name, open] of screens) {
        await open();
        await expectSmallScreenClean(page, {
          where: name,
          alsoCheck: async (at) => {
            expect(await cutOff(page), at).toEqual([]);
            expect(await smallTargets(page), at).toEqual([]);
            expect(await nameMismatches(page), at).toEqual([]);
            expect(await tabProblems(page), at).toEqual([]);
          },
        });
      }
    } finally {
      await large.close();
    }
  });
});
