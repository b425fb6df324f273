// Networks in a real browser: find a network, ask to join offline (shown pending), come
// online, its coordinator approves on her own phone, and the new member sees its tasks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import Database from 'better-sqlite3';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { dismissInstallOffer, openTab, signInWithDemo, waitForSynced } from '../support/e2e-helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-networks-'));
let server: ServerProcess;
let anna: Browser;
let lis: Browser;

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '300' });
  anna = await launchBrowser();
  lis = await launchBrowser();
});
afterAll(async () => {
  await anna?.close();
  await lis?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The membership's status in the server's database (read-only; WAL lets us read beside it). */
function membershipOnServer(networkId: string, personId: string): string | undefined {
  const db = new Database(path.join(dir, 'db.sqlite'), { readonly: true });
  try {
    const row = db.prepare('select status from memberships where network_id = ? and person_id = ? and deleted = 0').get(networkId, personId) as { status: string } | undefined;
    return row?.status;
  } finally {
    db.close();
  }
}

const lastSyncOf = (page: Page) => page.locator('[data-testid="sync-chip"]').first().getAttribute('data-last-sync').then((value) => value ?? '');

/** Long enough for a lazy screen's first load or a sync round. */
const POLL = { timeout: 15_000 };
const TASK = 'Kortlæg kerneviden i alle aftaleenheder';

describe('joining a network that needs approval', () => {
  it('is asked offline, shown pending, approved by the coordinator, and then shows the tasks', async () => {
    const page = await anna.context.newPage();
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await waitForSynced(page);
    await dismissInstallOffer(page);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });

    // Find it: mine first (Anna is in Demensnetværket), the rest by kind, searched with Danish folding.
    await openTab(page, 'Netværk');
    await page.getByRole('heading', { name: 'Mine netværk' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Mine netværk' }).getByRole('link', { name: 'Demensnetværket' }).count(), POLL).toBe(1);
    await page.getByRole('heading', { name: 'Ledernetværk', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Søg i netværk').fill('aeldre sundhed');
    await expect.poll(() => page.locator('[data-network-id]').count(), POLL).toBe(1);
    await page.getByRole('link', { name: 'Ledernetværk Ældre og sundhed' }).click();
    await page.getByRole('heading', { name: 'Ledernetværk Ældre og sundhed' }).waitFor();
    expect(await page.getByText('Medlemskab efter godkendelse').count()).toBe(1);
    expect(await page.getByText('Medlemmer kan ses af netværkets medlemmer.').count()).toBe(1);
    expect(await page.getByText(TASK).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Offline: the request is queued and shown pending.
    await anna.context.setOffline(true);
    await page.getByRole('button', { name: 'Anmod om at blive medlem' }).click();
    const status = page.getByTestId('my-status');
    await expect.poll(() => status.textContent(), POLL).toBe('Anmodning gemt – sendes, når der er forbindelse');
    await expect.poll(() => page.getByTestId('membership').locator('[data-testid="pending-badge"]').textContent(), POLL).toBe('Venter på forbindelse');
    expect(await axeViolations(page)).toEqual([]);

    await anna.context.setOffline(false);
    await waitForSynced(page);
    await expect.poll(() => page.getByTestId('membership').locator('[data-testid="pending-badge"]').count(), POLL).toBe(0);
    await expect.poll(() => status.textContent(), POLL).toBe('Anmodning sendt – afventer godkendelse');
    // Not yet a member: the way out is taking the request back, not leaving.
    expect(await page.getByRole('button', { name: 'Træk anmodning tilbage' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Forlad netværket' }).count()).toBe(0);

    // Lis, the coordinator, approves on her own phone.
    const other = await lis.context.newPage();
    await signInWithDemo(other, server.url, 'lis@fjordby.example');
    await waitForSynced(other);
    await dismissInstallOffer(other);
    // Her list counts the requests waiting in the networks she coordinates.
    await openTab(other, 'Netværk');
    const card = other.locator('[data-network-id="n-ledere-aeldre"]').first();
    await expect.poll(() => card.getByTestId('requests-count').textContent(), POLL).toMatch(/^\d+ venter på godkendelse$/);
    await card.getByRole('link', { name: 'Ledernetværk Ældre og sundhed' }).click();
    const request = other.locator('[data-person-id="p-anna"]');
    await request.getByRole('button', { name: /^Godkend Anna/ }).waitFor();
    expect(await other.getByTestId('requests-waiting').textContent()).toMatch(/^\d+ venter på godkendelse$/);
    expect(await axeViolations(other)).toEqual([]);
    await request.getByRole('button', { name: /^Godkend Anna/ }).click();
    await waitForSynced(other);
    // The chip can read "synced" before the click's change is queued: wait for the server.
    await expect.poll(() => membershipOnServer('n-ledere-aeldre', 'p-anna'), { timeout: 60_000 }).toBe('active');
    await expect.poll(() => other.getByRole('region', { name: 'Anmodninger' }).locator('[data-person-id="p-anna"]').count(), POLL).toBe(0);

    // Anna's next sync brings the membership and the network's tasks: wait for a sync that
    // began after the reload (a slow start under load is not the failure looked for here).
    const syncedBefore = await lastSyncOf(page);
    await page.reload();
    await page.waitForFunction((before) => {
      const element = document.querySelector('[data-testid="sync-chip"]');
      return element?.getAttribute('data-state') === 'ok' && (element.getAttribute('data-last-sync') ?? '') > before;
    }, syncedBefore, { timeout: 90_000 });
    await expect.poll(() => page.getByText(TASK).count(), POLL).toBe(1);
    expect(await status.textContent()).toBe('Medlem');
    await page.getByRole('heading', { name: 'Koordinatorer' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // She leaves again, after confirming in the app's own dialog.
    await page.getByRole('button', { name: 'Forlad netværket' }).click();
    const dialog = page.getByTestId('leave-dialog');
    await dialog.getByRole('button', { name: 'Forlad netværket' }).click();
    await page.getByRole('button', { name: 'Anmod om at blive medlem' }).waitFor();
  });

  it('lets a leader create a network, give it a task, follow it when overdue, and report on a task', async () => {
    const page = await lis.context.newPage();
    await page.goto(`${server.url}/netvaerk`);
    await page.getByRole('heading', { name: 'Mine netværk' }).waitFor();
    await page.getByRole('button', { name: 'Opret netværk' }).click();
    const form = page.getByRole('form', { name: 'Opret netværk' });
    await form.getByLabel('Navn').fill('Nattevagter i ældreplejen');
    await form.getByLabel('Beskrivelse').fill('Vi deler erfaringer fra nattevagten.');
    await form.getByLabel('Slags').selectOption('professional');
    await form.getByLabel('Efter godkendelse').check();
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Opret netværk' }).click();
    await page.getByRole('heading', { name: 'Nattevagter i ældreplejen' }).waitFor();
    await expect.poll(() => page.getByTestId('my-status').textContent(), POLL).toBe('Koordinator');

    // A task with a due date already passed is marked overdue, here and on "Opgaver jeg har givet".
    const give = page.getByRole('form', { name: 'Giv netværket en opgave' });
    await give.getByLabel('Titel').fill('Saml nattevagtens gode råd');
    await give.getByLabel('Frist (valgfri)').fill('2026-01-05');
    await give.getByRole('button', { name: 'Giv opgaven' }).click();
    const task = page.locator('[data-task-id]', { hasText: 'Saml nattevagtens gode råd' });
    await expect.poll(() => task.getByTestId('overdue').count(), POLL).toBe(1);
    await waitForSynced(page);
    await page.goto(`${server.url}/netvaerk/opgaver`);
    await page.getByRole('heading', { name: 'Opgaver jeg har givet' }).waitFor();
    const given = page.locator('[data-task-id]', { hasText: 'Saml nattevagtens gode råd' });
    await expect.poll(() => given.getByTestId('overdue').count(), POLL).toBe(1);
    expect(await given.getByRole('link', { name: 'Nattevagter i ældreplejen' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // A member reports on a task and marks it done: the report says by whom.
    await page.goto(`${server.url}/netvaerk/n-ledere-aeldre`);
    const kerneviden = page.locator('[data-task-id="t-kerneviden"]');
    await kerneviden.getByLabel('Rapport').fill('Kortlagt i alle enheder.');
    await kerneviden.getByRole('button', { name: 'Gem og marker som løst' }).click();
    await waitForSynced(page);
    await expect.poll(() => kerneviden.textContent(), POLL).toMatch(/Løst.*Rapport fra Lis/);
    expect(await axeViolations(page)).toEqual([]);

    // A network's page lists the upcoming events it runs, each a link to the event.
    await page.goto(`${server.url}/netvaerk/n-videndelere`);
    const events = page.getByTestId('network-events');
    await expect.poll(() => events.getByRole('link', { name: 'Årlig workshop for videndelere 2027' }).count(), POLL).toBe(1);
    expect(await events.locator('[data-event-id]').count()).toBe(1);
    await events.getByRole('link', { name: 'Årlig workshop for videndelere 2027' }).click();
    await page.waitForURL(/\/arrangementer\/s-videndelerworkshop$/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
