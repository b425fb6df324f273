// The waiting list in a real browser: Anna asks for a seat at a full event and gets
// "Venteliste nr. 1"; elsewhere the one confirmed participant cancels (through the API, as
// Lis's own phone would); at Anna's next sync she is confirmed and told so in a notice,
// counted on the "Mig" tab, kept over a reload until she dismisses it. Giving the seat up asks first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type APIRequestContext } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { dismissInstallOffer, openTab, pendingCount, signInWithDemo, tab, waitForSynced } from '../support/e2e-helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-events-promoted-'));
let server: ServerProcess;
let anna: Browser;

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '300' });
  anna = await launchBrowser();
});
afterAll(async () => {
  await anna?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Someone else's phone, as far as the server sees it: a demo sign-in, then pushes with its cookie. */
async function phoneOf(email: string): Promise<APIRequestContext> {
  const phone = await request.newContext();
  const reply = await phone.post(`${server.url}/api/auth/demo`, { data: { email } });
  expect(reply.status()).toBe(200);
  return phone;
}

/** One mutation pushed as its own client. */
async function pushAs(phone: APIRequestContext, name: string, args: unknown): Promise<string> {
  const reply = await phone.post(`${server.url}/api/sync/push`, {
    data: { clientId: crypto.randomUUID(), mutations: [{ id: 1, name, args }] },
  });
  expect(reply.status()).toBe(200);
  const body = (await reply.json()) as { results: { status: string }[] };
  return body.results[0]!.status;
}

describe('events: promoted from the waiting list', () => {
  it('full event → "Venteliste nr. 1" → a cancellation elsewhere → promoted notice with a count, kept over a reload, dismissed', async () => {
    // Bo makes a one-seat event and Lis takes the seat, each from their own signed-in session.
    const bo = await phoneOf('bo@fjordby.example');
    const lis = await phoneOf('lis@fjordby.example');
    try {
      const id = crypto.randomUUID();
      const title = 'Kursus i svære samtaler';
      const start = Date.now() + 10 * 86_400_000;
      expect(await pushAs(bo, 'seminar.create', {
        id, title, description: 'Ét sted, én plads.', kind: 'course', location: 'Rådhuset',
        startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * 3_600_000).toISOString(), capacity: 1,
      })).toBe('applied');
      expect(await pushAs(lis, 'signup.request', { seminarId: id })).toBe('applied');

      const page = await anna.context.newPage();
      await signInWithDemo(page, server.url, 'anna@fjordby.example');
      await waitForSynced(page);
      await dismissInstallOffer(page);
      await page.goto(`${server.url}/arrangementer/${id}`);
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      const state = page.locator('[data-testid="event-state"]').first();
      expect(await page.locator('[data-testid="event-seats"]').textContent()).toMatch(/^1\/1 plads(?!er)/);
      await page.getByRole('button', { name: 'Skriv mig på ventelisten' }).click();
      await waitForSynced(page);
      await expect.poll(() => state.textContent(), { timeout: 20_000 }).toBe('Venteliste nr. 1');
      expect(await tab(page, 'Mig').textContent()).toBe('Mig');

      // Lis cancels on her phone: the server gives Anna the seat in the same transaction.
      expect(await pushAs(lis, 'signup.cancel', { seminarId: id })).toBe('applied');

      // Anna's next sync (a reload starts one) brings the seat and the notice.
      await page.reload();
      await waitForSynced(page);
      await expect.poll(() => state.textContent(), { timeout: 20_000 }).toBe('Bekræftet');
      await expect.poll(() => tab(page, 'Mig').textContent(), { timeout: 20_000 }).toMatch(/Mig, 1 ny besked$/);
      expect(await tab(page, 'Mig').locator('.count-badge').textContent()).toBe('1');

      await page.reload();
      await waitForSynced(page);
      await expect.poll(() => tab(page, 'Mig').textContent()).toMatch(/Mig, 1 ny besked$/);
      await openTab(page, 'Mig');
      const notice = page.locator('[data-testid="notices"] li');
      await notice.first().waitFor();
      expect(await notice.count()).toBe(1);
      expect(await notice.locator('.notice-item__title').textContent()).toBe(`Du har fået plads på ${title}`);
      expect(await axeViolations(page)).toEqual([]);

      await notice.getByRole('button', { name: `Skjul: Du har fået plads på ${title}` }).click();
      await notice.first().waitFor({ state: 'detached' });
      expect(await tab(page, 'Mig').textContent()).toBe('Mig');
      await page.reload();
      await waitForSynced(page);
      expect(await page.locator('[data-testid="notices"]').count()).toBe(0);
      expect(await tab(page, 'Mig').textContent()).toBe('Mig');

      // Giving the seat up asks first, in the app's own dialog; Escape keeps it.
      await page.goto(`${server.url}/arrangementer/${id}`);
      await expect.poll(() => state.textContent()).toBe('Bekræftet');
      await page.getByRole('button', { name: 'Afmeld' }).click();
      const ask = page.getByRole('alertdialog', { name: 'Afmeld dig?' });
      await ask.waitFor();
      expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.getAttribute('data-testid'))).toBe('cancel-signup-dialog');
      await page.keyboard.press('Escape');
      await ask.waitFor({ state: 'hidden' });
      expect(await pendingCount(page)).toBe('0');
      expect(await state.textContent()).toBe('Bekræftet');
    } finally {
      await bo.dispose();
      await lis.dispose();
    }
  });
});
