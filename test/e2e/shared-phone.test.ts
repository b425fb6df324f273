// Two people on one phone (one browser profile): Anna's offline change is kept for her
// when Bo signs in, never applied to Bo's account, and sent when Anna signs in again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { openTab, pendingCount, signInWithDemo, waitForSynced } from '../support/e2e-helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-phone-'));
const dbFile = path.join(dir, 'db.sqlite');
let server: ServerProcess;
let phone: Browser;

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${dbFile}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '300' });
  phone = await launchBrowser();
});
afterAll(async () => {
  await phone?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Reads the server's database directly: what each account really holds. */
function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
const personId = (email: string) => query<{ id: string }>('select id from people where email = ?', email)[0]!.id;
const holds = (person: string, competence: string) =>
  query('select id from person_competences where person_id = ? and competence_id = ? and deleted = 0', person, competence).length > 0;

describe('a phone shared by two people', () => {
  it('keeps Anna\'s offline change for Anna when Bo signs in, and sends it when she is back', async () => {
    const anna = personId('anna@fjordby.example');
    const bo = personId('bo@fjordby.example');
    const competence = query<{ id: string; name: string }>(
      `select id, name from competences where deleted = 0 and id not in
         (select competence_id from person_competences where person_id in (?, ?) and deleted = 0)
       order by name limit 1`, anna, bo)[0]!;

    const page = await phone.context.newPage();
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await waitForSynced(page);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });

    await phone.context.setOffline(true);
    await openTab(page, 'Mig');
    await page.getByRole('button', { name: 'Tilføj kompetence' }).click();
    const form = page.getByRole('form', { name: 'Tilføj kompetence' });
    await form.getByLabel('Søg i kompetencekataloget').fill(competence.name);
    await form.getByRole('button', { name: new RegExp(competence.name) }).first().click();
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => pendingCount(page)).toBe('1');

    // Anna's session ends (her cookie is gone); Bo picks up the phone and signs in.
    await phone.context.clearCookies();
    await phone.context.setOffline(false);
    await page.goto(`${server.url}/login`);
    await page.locator('button[data-email="bo@fjordby.example"]').click();
    const dialog = page.getByRole('alertdialog');
    // The hand-over reads the device's whole outbox and drafts first: on a busy machine (the
    // full suite on two cores) that has taken longer than the default 15 s once.
    await dialog.waitFor({ timeout: 40_000 });
    expect(await dialog.textContent()).toMatch(/1 ændring fra Anna/);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: /Gem til Anna/ }).click();

    await page.getByRole('heading', { name: 'Find kolleger' }).waitFor();
    await waitForSynced(page);
    expect(holds(bo, competence.id)).toBe(false);
    expect(holds(anna, competence.id)).toBe(false);

    // Bo signs out; Anna signs in again on the same phone: her change goes out as hers.
    await openTab(page, 'Mig');
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL(/\/login$/);
    await signInWithDemo(page, server.url, 'anna@fjordby.example');
    await waitForSynced(page);
    await expect.poll(() => holds(anna, competence.id)).toBe(true);
    expect(holds(bo, competence.id)).toBe(false);
  });
});
