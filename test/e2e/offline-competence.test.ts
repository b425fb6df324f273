// The walking skeleton in a real browser: sign in, go offline, add a competence, reload
// offline (still there, pending), come online (synced), and another person's device sees it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { openTab, pendingCount, signInWithDemo, waitForSynced } from '../support/e2e-helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-'));
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

async function signInAs(page: Page, email: string) {
  await signInWithDemo(page, server.url, email);
  await openTab(page, 'Mig');
  await page.getByRole('heading', { name: 'Mine kompetencer' }).waitFor();
}

describe('offline competence registration', () => {
  it('works offline, survives a reload offline, syncs, and reaches a colleague', async () => {
    const page = await anna.context.newPage();
    await signInAs(page, 'anna@fjordby.example');
    await waitForSynced(page);
    // The service worker has the shell before we cut the network.
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    expect(await axeViolations(page)).toEqual([]);

    await anna.context.setOffline(true);
    await page.getByRole('button', { name: 'Tilføj kompetence' }).click();
    const form = page.getByRole('form', { name: 'Tilføj kompetence' });
    await form.getByLabel('Søg i kompetencekataloget').fill('ordbl');
    await form.getByRole('button', { name: /Ordblindhed/ }).click();
    await form.getByLabel('Erfaren').check();
    await form.getByLabel('Jeg kan hjælpe andre').check();
    await form.getByLabel('Note (valgfri)').fill('Tager gerne en snak om hjælpemidler');
    await form.getByRole('button', { name: 'Gem' }).click();

    const item = page.locator('[data-competence-id="ordblindhed"]');
    await expect.poll(() => item.locator('[data-testid="pending-badge"]').textContent()).toBe('Venter på forbindelse');
    await expect.poll(() => pendingCount(page)).toBe('1');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { name: 'Mine kompetencer' }).waitFor();
    await expect.poll(() => item.locator('[data-testid="pending-badge"]').count()).toBe(1);
    expect(await item.textContent()).toContain('Kan hjælpe');

    await anna.context.setOffline(false);
    await waitForSynced(page);
    await expect.poll(() => item.locator('[data-testid="pending-badge"]').count()).toBe(0);
    expect(await item.textContent()).toContain('Erfaren');

    // A colleague's device pulls it.
    const other = await lis.context.newPage();
    await signInAs(other, 'lis@fjordby.example');
    await waitForSynced(other);
    // Read the colleague's device database: the pulled pages in its log.
    const seen = await other.evaluate(() => new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open('videnbro');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('log').objectStore('log').getAll();
        all.onerror = () => reject(all.error);
        all.onsuccess = () => {
          const changes = (all.result as { changes: { id: string; op: string; value?: unknown }[] }[]).flatMap((r) => r.changes);
          resolve(changes.filter((c) => c.id === 'p-anna:ordblindhed').at(-1)?.value);
        };
      };
    }));
    expect(seen).toMatchObject({ personId: 'p-anna', competenceId: 'ordblindhed', level: 2, canHelp: true });
  });

  it('is served by the service worker with no network, deep links too', async () => {
    const page = await anna.context.newPage();
    await anna.context.setOffline(true);
    try {
      // The old "Ikke gennemført" address leads to Mig, where refused changes are now shown.
      await page.goto(`${server.url}/ikke-gennemfoert`);
      await page.getByRole('heading', { name: 'Mine kompetencer' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/mig');
      await expect.poll(() => page.locator('[data-testid="sync-chip"]').getAttribute('data-state')).toBe('offline');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await anna.context.setOffline(false);
    }
  });

  it('has no accessibility violations on the sign-in and not-found screens', async () => {
    const fresh = await launchBrowser();
    try {
      const page = await fresh.context.newPage();
      await page.goto(`${server.url}/login`);
      await page.getByRole('heading', { name: 'Log ind' }).first().waitFor();
      await page.locator('button[data-email]').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('E-mail').fill('anna@fjordby.example');
      await page.getByRole('button', { name: 'Send kode' }).click();
      await page.getByLabel('Kode (6 cifre)').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      const signedIn = await anna.context.newPage();
      await signedIn.goto(`${server.url}/findes-ikke`);
      await signedIn.getByRole('heading', { name: 'Siden findes ikke.' }).waitFor();
      expect(await axeViolations(signedIn)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('warns before signing out with unsent changes, and wipes the device on sign-out', async () => {
    const page = await anna.context.newPage();
    const browserDialogs: string[] = [];
    page.on('dialog', (dialog) => { browserDialogs.push(dialog.message()); void dialog.dismiss(); });
    await page.goto(`${server.url}/mig`);
    await waitForSynced(page);
    await anna.context.setOffline(true);
    await page.getByLabel('Om mig').fill('Skrevet uden net');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await expect.poll(() => pendingCount(page)).toBe('1');

    // The app's own dialog, not the browser's; "Annuller" keeps everything.
    await page.getByRole('button', { name: 'Log ud' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Log ud?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/1 ændring er ikke sendt endnu og går tabt/);
    await dialog.getByRole('button', { name: 'Annuller' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(page.url()).toMatch(/\/mig$/);
    await expect.poll(() => pendingCount(page)).toBe('1');
    expect(browserDialogs).toEqual([]);

    await anna.context.setOffline(false);
    await waitForSynced(page);
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL(/\/login$/);
    // The app opens a fresh, empty database at the sign-in screen: nothing of Anna's is left.
    const left = await page.evaluate(() => new Promise<number[]>((resolve, reject) => {
      const open = indexedDB.open('videnbro');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['log', 'outbox', 'overlay', 'meta']);
        const counts = ['log', 'outbox', 'overlay', 'meta'].map((name) => tx.objectStore(name).count());
        tx.oncomplete = () => resolve(counts.map((c) => c.result));
      };
    }));
    expect(left).toEqual([0, 0, 0, 0]);
    const me = await page.evaluate(() => fetch('/api/me').then((r) => r.status));
    expect(me).toBe(401);
  });
});
