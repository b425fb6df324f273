// Safe edits in a real browser: a removed competence comes back with "Fortryd" (and an
// offline removal waits, marked, like any change); "Gemt på telefonen" goes once sent; a
// change the server refused is a notice on Mig, with a badge, kept across a reload until
// dismissed; and a shared phone can be signed out offline, after the app's own warning.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { dismissInstallOffer, openTab, pendingCount, signInWithDemo, tab, waitForSynced } from '../support/e2e-helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-edits-'));
const dbFile = path.join(dir, 'db.sqlite');
let server: ServerProcess;
let phone: Browser;
let page: Page;
const browserDialogs: string[] = [];

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${dbFile}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '300' });
  phone = await launchBrowser({ touch: true });
  page = await phone.context.newPage();
  page.on('dialog', (dialog) => { browserDialogs.push(dialog.message()); void dialog.dismiss(); });
  await signInWithDemo(page, server.url, 'anna@fjordby.example');
  await waitForSynced(page);
  await dismissInstallOffer(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
});
afterAll(async () => {
  await phone?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The server's database, read (and, for a refusal, changed) directly. */
function sql<T>(statement: string, ...params: unknown[]): T[] {
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    const prepared = db.prepare(statement);
    return (prepared.reader ? prepared.all(...params) : (prepared.run(...params), [])) as T[];
  } finally {
    db.close();
  }
}
const annaId = () => sql<{ id: string }>('select id from people where email = ?', 'anna@fjordby.example')[0]!.id;
const held = (competenceId: string) => sql<{ level: number; can_help: number; note: string }>(
  'select level, can_help, note from person_competences where person_id = ? and competence_id = ? and deleted = 0', annaId(), competenceId)[0];

/** A competence Anna does not hold yet, by name. */
function freeCompetence(skip: string[] = []): { id: string; name: string } {
  return sql<{ id: string; name: string }>(
    `select id, name from competences where deleted = 0 and id not in
       (select competence_id from person_competences where person_id = ? and deleted = 0)
     order by name`, annaId()).find((c) => !skip.includes(c.id))!;
}

async function addCompetence(competence: { name: string }, options: { level?: string; canHelp?: boolean; note?: string } = {}) {
  await page.getByRole('button', { name: 'Tilføj kompetence' }).click();
  const form = page.getByRole('form', { name: 'Tilføj kompetence' });
  await form.getByLabel('Søg i kompetencekataloget').fill(competence.name);
  await form.getByRole('button', { name: new RegExp(`^${competence.name}`) }).first().click();
  if (options.level) await form.getByLabel(options.level).check();
  if (options.canHelp) await form.getByLabel('Jeg kan hjælpe andre').check();
  if (options.note) await form.getByLabel('Note (valgfri)').fill(options.note);
  await form.getByRole('button', { name: 'Gem' }).click();
}

/** How many of this phone's changes the server has taken (its count for the device). */
const pushedCount = () => sql<{ n: number }>('select max(last_mutation_id) as n from clients')[0]?.n ?? 0;

const item = (competenceId: string) => page.locator(`[data-testid="my-competences"] [data-competence-id="${competenceId}"]`);

describe('safe edits', () => {
  it('puts a removed competence back, as it was, with "Fortryd"', async () => {
    await openTab(page, 'Mig');
    const competence = freeCompetence();
    await addCompetence(competence, { level: 'Ekspert', canHelp: true, note: 'Spørg mig gerne' });
    await expect.poll(() => held(competence.id), { timeout: 30_000 }).toEqual({ level: 3, can_help: 1, note: 'Spørg mig gerne' });
    await waitForSynced(page);

    await item(competence.id).getByRole('button', { name: `Fjern ${competence.name}` }).tap();
    const snackbar = page.locator('[data-testid="snackbar"]');
    await snackbar.waitFor();
    expect(await snackbar.textContent()).toContain(`${competence.name} er fjernet`);
    expect(await axeViolations(page)).toEqual([]);
    await snackbar.getByRole('button', { name: `Fortryd: sæt ${competence.name} tilbage` }).tap();
    await snackbar.waitFor({ state: 'hidden' });
    // The undo is a change of its own (read, checked, written on the device): it shows a moment after the tap.
    await expect.poll(() => item(competence.id).textContent()).toMatch(/Ekspert.*Kan hjælpe.*Spørg mig gerne/);
    // The removal and its undo both reach the server: it holds the row as it was.
    await expect.poll(() => pushedCount(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    await waitForSynced(page);
    expect(held(competence.id)).toEqual({ level: 3, can_help: 1, note: 'Spørg mig gerne' });
  });

  it('shows an offline removal as waiting, and takes it away once the server has it', async () => {
    const [first] = await page.locator('[data-testid="my-competences"] [data-competence-id]').evaluateAll((items) => items.map((i) => i.getAttribute('data-competence-id')!));
    await phone.context.setOffline(true);
    await item(first!).getByRole('button', { name: /^Fjern / }).tap();
    await expect.poll(() => item(first!).getAttribute('data-removing')).toBe('');
    expect(await item(first!).textContent()).toMatch(/Fjernes.*Venter på forbindelse/);
    await expect.poll(() => pendingCount(page)).toBe('1');
    await phone.context.setOffline(false);
    await waitForSynced(page);
    await expect.poll(() => item(first!).count()).toBe(0);
    expect(held(first!)).toBeUndefined();
  });

  it('says "Gemt på telefonen" until the change is sent', async () => {
    await phone.context.setOffline(true);
    await page.getByLabel('Om mig').fill('Nattevagt i Hjemmeplejen');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    const saved = page.locator('[data-testid="profile-saved"]');
    await saved.waitFor();
    expect(await saved.textContent()).toMatch(/Gemt på telefonen/);
    await phone.context.setOffline(false);
    await waitForSynced(page);
    await saved.waitFor({ state: 'detached' });
  });

  it('keeps a refused change as a notice on Mig, with badges, across a reload, until dismissed', async () => {
    const competence = freeCompetence();
    await phone.context.setOffline(true);
    await addCompetence(competence);
    // Meanwhile the competence leaves the catalogue: the server will refuse the change.
    sql('update competences set deleted = 1 where id = ?', competence.id);
    try {
      await phone.context.setOffline(false);
      await expect.poll(() => page.locator('[data-testid="sync-chip"]').getAttribute('data-rejected'), { timeout: 30_000 }).toBe('1');
      const notice = page.locator('[data-testid="notices"] li');
      await notice.first().waitFor();
      expect(await notice.count()).toBe(1);
      expect(await notice.textContent()).toMatch(/Ikke gennemført.*Kompetencen findes ikke længere i kataloget/);
      expect(await tab(page, 'Mig').textContent()).toMatch(/1 ny besked/);
      expect(await axeViolations(page)).toEqual([]);

      // The action that fixes it opens "Tilføj kompetence".
      await notice.getByRole('button', { name: 'Vælg en anden kompetence' }).tap();
      await page.getByRole('form', { name: 'Tilføj kompetence' }).waitFor();
      await page.getByRole('form', { name: 'Tilføj kompetence' }).getByRole('button', { name: 'Annuller' }).click();

      await page.reload();
      await notice.first().waitFor();
      expect(await notice.count()).toBe(1);
      expect(await tab(page, 'Mig').textContent()).toMatch(/1 ny besked/);

      await notice.getByRole('button', { name: /^Skjul: / }).tap();
      await notice.first().waitFor({ state: 'detached' });
      expect(await tab(page, 'Mig').textContent()).toBe('Mig');
      await expect.poll(() => page.locator('[data-testid="sync-chip"]').getAttribute('data-rejected')).toBe('0');
      await page.reload();
      await page.getByRole('heading', { name: 'Mine kompetencer' }).waitFor();
      expect(await page.locator('[data-testid="notices"]').count()).toBe(0);
    } finally {
      sql('update competences set deleted = 0 where id = ?', competence.id);
    }
  });

  it('signs a shared phone out offline after one warning in the app\'s own dialog', async () => {
    await waitForSynced(page);
    await phone.context.setOffline(true);
    await page.getByLabel('Om mig').fill('Skrevet lige før vagtskiftet');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await expect.poll(() => pendingCount(page)).toBe('1');

    await page.getByRole('button', { name: 'Log ud' }).tap();
    const dialog = page.getByRole('alertdialog', { name: 'Log ud?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/Du er offline.*1 ændring er ikke sendt endnu og går tabt/);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Log ud alligevel' }).tap();
    await page.waitForURL(/\/login$/);
    await page.getByRole('heading', { name: 'Log ind' }).first().waitFor();
    expect(browserDialogs).toEqual([]);

    // Nothing of Anna's is left on the phone; the sign-out is owed to the server.
    const device = await page.evaluate(() => new Promise<{ counts: number[]; meta: unknown[] }>((resolve, reject) => {
      const open = indexedDB.open('videnbro');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['log', 'outbox', 'overlay', 'meta']);
        const counts = ['log', 'outbox', 'overlay'].map((name) => tx.objectStore(name).count());
        const meta = tx.objectStore('meta').getAllKeys();
        tx.oncomplete = () => { open.result.close(); resolve({ counts: counts.map((c) => c.result), meta: meta.result }); };
      };
    }));
    expect(device).toEqual({ counts: [0, 0, 0], meta: ['signOutOwed'] });

    // Back online, the next start tells the server; the old cookie signs nobody in.
    await phone.context.setOffline(false);
    await page.reload();
    await page.locator('button[data-email]').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.evaluate(() => fetch('/api/me').then((r) => r.status))).toBe(401);
  });
});
