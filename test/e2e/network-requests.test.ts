// Network requests end to end in real browsers (issue 19, part 5). Anna asks to join
// Lis's leader network; Lis approves from the notice on her Mig, in place, after following
// its link to the network; Bo declines Anna's waiting request to his project network from
// his notice. Anna's phone (320 px, dark) then tells her both answers, each with a link that
// opens the network, where the decline is said and asking again offered. Anna, now a
// member, reports on one of Lis's tasks and marks it solved: it appears with the report
// under Lis's "Opgaver jeg har givet" (read at 200 % text). Axe clean on every screen shown.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import Database from 'better-sqlite3';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { dismissInstallOffer, openTab, signInWithDemo, waitForSynced } from '../support/e2e-helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-network-requests-'));
let server: ServerProcess;
let anna: Browser;
let lis: Browser;
let bo: Browser;

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '300' });
  anna = await launchBrowser({ viewport: { width: 320, height: 640 }, touch: true });
  // Lis reads at 200 % text.
  lis = await launchBrowser({ defaultFontSize: 32 });
  bo = await launchBrowser();
});
afterAll(async () => {
  await Promise.all([anna?.close(), lis?.close(), bo?.close()]);
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A row's field in the server's database (read-only; WAL lets us read beside it). */
function onServer(sql: string, ...args: string[]): string | undefined {
  const db = new Database(path.join(dir, 'db.sqlite'), { readonly: true });
  try {
    return (db.prepare(sql).get(...args) as { value: string } | undefined)?.value;
  } finally {
    db.close();
  }
}
const membershipOnServer = (networkId: string, personId: string) =>
  onServer('select status as value from memberships where network_id = ? and person_id = ? and deleted = 0', networkId, personId);

/** Reloads and waits for a sync that began after it: what the server has now is on the device. */
async function syncAfresh(page: Page): Promise<void> {
  const before = (await page.locator('[data-testid="sync-chip"]').first().getAttribute('data-last-sync')) ?? '';
  await page.reload();
  await page.waitForFunction((last) => {
    const element = document.querySelector('[data-testid="sync-chip"]');
    return element?.getAttribute('data-state') === 'ok' && (element.getAttribute('data-last-sync') ?? '') > last;
  }, before, { timeout: 90_000 });
}

async function signIn(browser: Browser, email: string): Promise<Page> {
  const page = await browser.context.newPage();
  // A profile of its own (200 % text) may offer installing the app well after the first
  // sync: answered "Ikke nu" whenever it stands in the way.
  await page.addLocatorHandler(page.getByTestId('install-offer'), async (offer) => {
    await offer.getByRole('button', { name: 'Ikke nu' }).click();
  });
  await signInWithDemo(page, server.url, email);
  await waitForSynced(page);
  await dismissInstallOffer(page);
  return page;
}

/** Shown elements of `selector` that reach past the viewport's sides (sections clip, so the page's width alone would not tell). */
function pastTheEdge(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((within) => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>(`${within} *`)].flatMap((element) => {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return [];
      return rect.left < -0.5 || rect.right > width + 0.5 ? [`${element.outerHTML.slice(0, 80)} ${Math.round(rect.left)}–${Math.round(rect.right)}`] : [];
    });
  }, selector);
}

const POLL = { timeout: 15_000 };
const SERVER = { timeout: 60_000 };
const LEADERS = 'Ledernetværk Ældre og sundhed';
const PROJECTS = 'Projektleder- og fundraisingnetværket';
const TASK = 'Del erfaringer med fastholdelse af nyuddannede';
const REPORT = 'Mentorordning i første halvår: alle fire blev.';
const notice = (page: Page, id: string) => page.locator(`[data-notice-id="${id}"]`);

describe('a request to join a network, answered', () => {
  it('is approved and declined from the coordinators\' notices, and told on the asker\'s phone with a working link', async () => {
    const phone = await signIn(anna, 'anna@fjordby.example');
    await phone.emulateMedia({ colorScheme: 'dark' });
    await phone.goto(`${server.url}/netvaerk/n-ledere-aeldre`);
    await phone.getByRole('button', { name: 'Anmod om at blive medlem' }).click();
    await expect.poll(() => membershipOnServer('n-ledere-aeldre', 'p-anna'), SERVER).toBe('pending');
    // Anna's request to Bo's project network has waited since before (the demo's own).
    expect(membershipOnServer('n-projekt-fundraising', 'p-anna')).toBe('pending');

    // Lis: the notice names Anna and the network, links to it, and answers in place.
    const lisPage = await signIn(lis, 'lis@fjordby.example');
    await openTab(lisPage, 'Mig');
    const request = notice(lisPage, 'networkRequest:n-ledere-aeldre:p-anna');
    await expect.poll(() => request.locator('.notice-item__title').textContent(), POLL).toBe(`Anna Mikkelsen vil gerne være medlem af ${LEADERS}`);
    expect(await axeViolations(lisPage)).toEqual([]);
    expect(await pastTheEdge(lisPage, '[data-testid="notices"]')).toEqual([]);
    await request.getByRole('link', { name: `Gå til ${LEADERS}` }).click();
    await lisPage.getByRole('heading', { name: LEADERS, level: 1 }).waitFor();
    await lisPage.goBack();
    await request.getByRole('button', { name: 'Godkend Anna Mikkelsen' }).click();
    const approved = request.getByTestId('request-outcome');
    await expect.poll(() => approved.locator('span').first().textContent(), POLL).toBe('Anna Mikkelsen er nu medlem.');
    expect(await request.getByRole('button', { name: 'Godkend Anna Mikkelsen' }).count()).toBe(0);
    await expect.poll(() => membershipOnServer('n-ledere-aeldre', 'p-anna'), SERVER).toBe('active');
    await expect.poll(() => approved.getByTestId('pending-badge').count(), POLL).toBe(0);
    expect(await axeViolations(lisPage)).toEqual([]);

    // Bo declines Anna's request from his notice.
    const boPage = await signIn(bo, 'bo@fjordby.example');
    await openTab(boPage, 'Mig');
    const boRequest = notice(boPage, 'networkRequest:n-projekt-fundraising:p-anna');
    await boRequest.getByRole('link', { name: `Gå til ${PROJECTS}` }).waitFor();
    await boRequest.getByRole('button', { name: 'Afvis Anna Mikkelsen' }).click();
    await expect.poll(() => membershipOnServer('n-projekt-fundraising', 'p-anna'), SERVER).toBe('declined');
    await waitForSynced(boPage);
    await expect.poll(() => boRequest.getByTestId('request-outcome').textContent(), POLL).toBe('Anmodningen er ikke længere åben: den er besvaret eller trukket tilbage.');
    expect(await axeViolations(boPage)).toEqual([]);

    // Anna's phone tells her both answers.
    await syncAfresh(phone);
    await openTab(phone, 'Mig');
    const welcome = notice(phone, 'networkApproved:n-ledere-aeldre:p-anna');
    const refusal = notice(phone, 'networkDeclined:n-projekt-fundraising:p-anna');
    await expect.poll(() => welcome.locator('.notice-item__title').textContent(), POLL).toBe(`Du er nu medlem af ${LEADERS}`);
    expect(await refusal.locator('.notice-item__title').textContent()).toBe(`Din anmodning om at blive medlem af ${PROJECTS} blev afvist`);
    expect(await axeViolations(phone)).toEqual([]);
    expect(await pastTheEdge(phone, '[data-testid="notices"]')).toEqual([]);

    // The decline's link: the network says so, and offers asking again, not withdrawing.
    await refusal.getByRole('link', { name: `Gå til ${PROJECTS}` }).click();
    await phone.getByRole('heading', { name: PROJECTS, level: 1 }).waitFor();
    await expect.poll(() => phone.getByTestId('my-status').textContent(), POLL).toBe('Din anmodning blev afvist');
    expect(await phone.getByRole('button', { name: 'Anmod igen' }).count()).toBe(1);
    expect(await phone.getByRole('button', { name: 'Træk anmodning tilbage' }).count()).toBe(0);
    expect(await axeViolations(phone)).toEqual([]);
    // Not among her networks any more.
    await openTab(phone, 'Netværk');
    const mine = phone.getByRole('region', { name: 'Mine netværk' });
    await expect.poll(() => mine.getByRole('link', { name: LEADERS }).count(), POLL).toBe(1);
    expect(await mine.getByRole('link', { name: PROJECTS }).count()).toBe(0);

    // The approval's link: she is a member, and sees the tasks.
    await openTab(phone, 'Mig');
    await welcome.getByRole('link', { name: `Gå til ${LEADERS}` }).click();
    await phone.getByRole('heading', { name: LEADERS, level: 1 }).waitFor();
    await expect.poll(() => phone.getByTestId('my-status').textContent(), POLL).toBe('Medlem');

    // She reports on one of Lis's tasks and marks it solved.
    const task = phone.locator('[data-task-id="t-fastholdelse"]');
    await task.getByLabel('Rapport').fill(REPORT);
    await task.getByRole('button', { name: 'Gem og marker som løst' }).click();
    await expect.poll(() => onServer('select status as value from network_tasks where id = ?', 't-fastholdelse'), SERVER).toBe('done');

    // Lis's "Opgaver jeg har givet": under the solved ones, with the report and who wrote it.
    await syncAfresh(lisPage);
    await lisPage.goto(`${server.url}/netvaerk/opgaver`);
    await lisPage.getByRole('heading', { name: 'Opgaver jeg har givet' }).waitFor();
    const solved = lisPage.getByRole('region', { name: 'Løste opgaver' });
    const given = solved.locator('[data-task-id="t-fastholdelse"]');
    await expect.poll(() => given.getByTestId('task-report').textContent(), POLL).toMatch(new RegExp(`^Rapport fra Anna Mikkelsen, .+${REPORT}$`));
    expect(await given.getByText(TASK, { exact: true }).count()).toBe(1);
    expect(await given.getByText('Løst', { exact: true }).count()).toBe(1);
    expect(await given.getByRole('link', { name: LEADERS }).count()).toBe(1);
    // Still open: the other task, above.
    const open = lisPage.getByRole('region', { name: 'Åbne opgaver' });
    expect(await open.locator('[data-task-id="t-kerneviden"]').count()).toBe(1);
    expect(await open.locator('[data-task-id="t-fastholdelse"]').count()).toBe(0);
    expect(await axeViolations(lisPage)).toEqual([]);
    expect(await pastTheEdge(lisPage, 'main')).toEqual([]);
  });
});
