// Push messages in Chromium (issue 22): Mig → "Besked til mig" reads well on a small phone,
// and its choices are changed offline, kept on the phone and sent when the connection is back;
// a message delivered to the service worker through the DevTools protocol
// (ServiceWorker.deliverPushMessage) shows a notification with the message's words, tag and
// the app's own link while the app is not in view (a tap on it opens the event in the app),
// and only starts a sync while it is.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { launchBrowser, type Browser } from '../support/browser';
import { signInWithDemo, waitForSynced } from '../support/e2e-helpers';
import { expectSmallScreenClean } from '../support/small-screens';
import SqliteDatabase from 'better-sqlite3';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-push-'));
let server: ServerProcess;
let browser: Browser;
const POLL = { timeout: 20_000 };

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '120' });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The app's service worker registration, as the DevTools protocol names it. */
async function registrationId(cdp: CDPSession): Promise<string> {
  const found = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL.startsWith(server.url) && !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  return found;
}

const shown = (page: Page) => page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications())
  .map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: (n.data as { url?: string } | null)?.url ?? null })));

describe('push messages', () => {
  it('shows "Besked til mig" on Mig, clean at 320 px in light and dark', async () => {
    const page = await browser.context.newPage();
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await waitForSynced(page);
    await page.goto(`${server.url}/mig`);
    const card = page.getByTestId('notify-card');
    await card.getByRole('heading', { name: 'Besked til mig' }).waitFor(POLL);
    await card.getByRole('button', { name: 'Få besked på denne telefon' }).waitFor(POLL);
    await expectSmallScreenClean(page, { where: 'mig' });
    await page.close();
  });

  it('keeps my choices of what to hear of: changed offline, saved on the phone, sent when back; a test message on request', async () => {
    const page = await browser.context.newPage();
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await waitForSynced(page);
    await page.goto(`${server.url}/mig#besked-til-mig`);
    const choices = page.getByTestId('notification-choices');
    const soon = choices.getByLabel('Påmindelse en time før et arrangement');
    await soon.waitFor(POLL);
    // The defaults: every topic by push, the hour-before reminder off, quiet from 21 to 7.
    expect(await soon.inputValue()).toBe('none');
    expect(await choices.getByLabel('Når jeg rykker op fra en venteliste').inputValue()).toBe('push');
    expect(await choices.getByLabel('Fra kl.').inputValue()).toBe('21');

    // The app's files kept by its service worker: a reload offline draws it.
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await browser.context.setOffline(true);
    try {
      await soon.selectOption({ label: 'Push og e-mail' });
      await choices.getByLabel('Hold beskeder tilbage om natten').uncheck();
      await expect.poll(() => choices.getByLabel('Fra kl.').count(), POLL).toBe(0);
      const state = page.getByTestId('notify-choices-state');
      await expect.poll(() => state.textContent(), POLL).toContain('Gemt på telefonen. Sendes, når der er forbindelse.');
      expect(await choices.getByRole('button', { name: 'Send en prøvebesked' }).isDisabled()).toBe(true);
      // Kept on the phone across a reload while offline.
      await page.reload();
      await expect.poll(() => page.getByTestId('notification-choices').getByLabel('Påmindelse en time før et arrangement').inputValue(), POLL).toBe('both');
    } finally {
      await browser.context.setOffline(false);
    }
    await waitForSynced(page);
    const stored = () => {
      const db = new SqliteDatabase(path.join(dir, 'db.sqlite'), { readonly: true });
      try {
        return db.prepare("select channels, quiet_hours from notification_settings where person_id = 'p-anna'").get();
      } finally {
        db.close();
      }
    };
    await expect.poll(stored, POLL).toEqual({ channels: '{"eventReminderSoon":"both"}', quiet_hours: 0 });
    expect(await page.getByTestId('notify-choices-state').textContent()).not.toContain('Gemt på telefonen');

    // No phone has push on here: the test message goes by e-mail, and says so.
    await page.getByTestId('notification-choices').getByRole('button', { name: 'Send en prøvebesked' }).click();
    await expect.poll(() => page.getByTestId('notification-choices').getByRole('status').last().textContent(), POLL)
      .toBe('Prøvebeskeden er sendt til din e-mail.');
    await page.close();
  });

  it('says so when turning messages on fails on the way, and keeps the button to try again', async () => {
    const page = await browser.context.newPage();
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await waitForSynced(page);
    await browser.context.grantPermissions(['notifications'], { origin: server.url });
    // A reply that is no key: nothing to subscribe with.
    await page.route('**/api/push/key', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ publicKey: 'AAAA' }) }));
    await page.goto(`${server.url}/mig`);
    const card = page.getByTestId('notify-card');
    await card.getByRole('button', { name: 'Få besked på denne telefon' }).click(POLL);
    await expect.poll(() => card.getByRole('alert').textContent(), POLL).toBe('Beskeder kunne ikke ændres på denne telefon lige nu. Prøv igen om lidt.');
    expect(await card.getByRole('button', { name: 'Få besked på denne telefon' }).isEnabled()).toBe(true);
    // A key of the right length that is no point on the curve: the browser refuses to subscribe.
    await page.unroute('**/api/push/key');
    const noPoint = Buffer.alloc(65).toString('base64url');
    await page.route('**/api/push/key', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ publicKey: noPoint }) }));
    const asked = page.waitForRequest('**/api/push/key', POLL);
    await card.getByRole('button', { name: 'Få besked på denne telefon' }).click(POLL);
    await asked;
    await expect.poll(() => card.getByRole('alert').textContent(), POLL).toBe('Beskeder kunne ikke ændres på denne telefon lige nu. Prøv igen om lidt.');
    expect(await card.getByRole('button', { name: 'Få besked på denne telefon' }).isEnabled()).toBe(true);
    await page.close();
  });

  it('shows a notification while the app is out of view, and only syncs while it is in view', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/mig`);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    // The start's own sync is over: a pull from now on is the message's.
    await waitForSynced(page);
    await browser.context.grantPermissions(['notifications'], { origin: server.url });
    const cdp = await browser.context.newCDPSession(page);
    const registration = await registrationId(cdp);
    const message = (tag: string) => JSON.stringify({
      kind: 'seatOpened', title: 'Du har fået en plads', body: 'Café om demens, i morgen kl. 14.00. Du er rykket op fra ventelisten.',
      url: '/arrangementer/s-cafe-demens-nat', tag,
    });

    // In view: the app syncs at once, no banner.
    const pulled = page.waitForRequest((request) => request.url().includes('/api/sync/pull'), POLL);
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: server.url, registrationId: registration, data: message('in-view') });
    await pulled;
    expect((await shown(page)).filter((n) => n.tag === 'in-view')).toEqual([]);

    // Out of view (the tab has left the app): a notification with the message's words and link.
    await page.goto('about:blank');
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: server.url, registrationId: registration, data: message('seat-s-cafe-demens-nat') });
    await page.goto(`${server.url}/mig`);
    await expect.poll(async () => (await shown(page)).filter((n) => n.tag === 'seat-s-cafe-demens-nat'), POLL).toEqual([{
      title: 'Du har fået en plads', body: 'Café om demens, i morgen kl. 14.00. Du er rykket op fra ventelisten.',
      tag: 'seat-s-cafe-demens-nat', url: `${server.url}/arrangementer/s-cafe-demens-nat`,
    }]);

    // A tap on it takes the open app to the event, and the notification goes. (The DevTools
    // protocol cannot tap a notification: the tap is dispatched in the service worker, as
    // the browser does; the worker's answer to it is the app's own code.)
    const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(server.url));
    expect(worker).toBeDefined();
    await worker!.evaluate(async (tag) => {
      const scope = self as unknown as {
        registration: { getNotifications(filter: { tag: string }): Promise<unknown[]> };
        dispatchEvent(event: Event): boolean;
        NotificationEvent: new (type: string, init: { notification: unknown }) => Event;
      };
      const [notification] = await scope.registration.getNotifications({ tag });
      scope.dispatchEvent(new scope.NotificationEvent('notificationclick', { notification }));
    }, 'seat-s-cafe-demens-nat');
    await page.waitForURL(`${server.url}/arrangementer/s-cafe-demens-nat`, POLL);
    await expect.poll(async () => (await shown(page)).filter((n) => n.tag === 'seat-s-cafe-demens-nat'), POLL).toEqual([]);
    await page.close();
  });
});
