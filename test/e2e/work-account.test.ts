// Sign-in with the work account in Chromium (issue 21, part 1), against a real OpenID
// provider started here (oidc-provider's own login form): a poster opened signed out →
// "Log ind med din arbejdskonto" → the provider's form → back at the event, signed in;
// an unknown work account ends on the sign-in page with the reason and whom to ask; with
// EMAIL_CODES=off only the work account is offered; with OIDC_LOGOUT=1 signing out ends the
// provider's session too. axe clean at 390 and 320 px.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { expectSmallScreenClean } from '../support/small-screens';
import { waitForSynced } from '../support/e2e-helpers';
import { signInAtProvider, startTestProvider, type TestProvider } from '../support/oidc-provider';
import { demoInstant } from '../../src/server/seed/demo-day';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-oidc-'));
let provider: TestProvider;
let server: ServerProcess;
let browser: Browser;
const POLL = { timeout: 20_000 };

beforeAll(async () => {
  provider = await startTestProvider();
  server = await spawnServer({
    DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '120',
    OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret,
    SUPPORT_CONTACT: 'IT-support, tlf. 7010 2030', EMAIL_CODES: 'off', OIDC_LOGOUT: '1',
    PRIVACY_CONTROLLER: 'Fjordby Kommune', PRIVACY_DPO: 'dpo@fjordby.example', ACCESSIBILITY_FEEDBACK: 'web@fjordby.example',
  });
  provider.configure({
    redirectUri: `${server.url}/api/auth/oidc/callback`,
    accounts: { 'lis.login': { email: 'lis@fjordby.example' }, 'anna.login': { email: 'anna@fjordby.example' }, 'ukendt.login': { email: 'ukendt@andetsted.example' } },
  });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.kill();
  await provider?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const atTheProvider = (page: Page, login: string) => signInAtProvider(page, provider.issuer, login);

/** A fresh page of `other` signed in through the work-account button, home and synced. */
async function signedInWithWorkAccount(other: Browser, login: string): Promise<Page> {
  const page = await other.context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByRole('link', { name: 'Log ind med din arbejdskonto' }).click();
  await atTheProvider(page, login);
  await page.waitForURL((url) => url.origin === server.url && url.pathname === '/', POLL);
  await waitForSynced(page);
  return page;
}

describe('the work account', () => {
  it('takes a poster opened signed out through the provider and back to its event', async () => {
    const page = await browser.context.newPage();
    const id = 's-videndeling-i-praksis';
    await page.goto(`${server.url}/s/${id}?t=${encodeURIComponent('Videndeling i praksis')}&d=${demoInstant('2027-01-13T11:30:00.000Z')}`);
    await page.getByRole('heading', { level: 1, name: 'Log ind for at tilmelde dig Videndeling i praksis' }).waitFor(POLL);
    const button = page.getByRole('link', { name: 'Log ind med din arbejdskonto' });
    await button.waitFor(POLL);
    // E-mail codes are off on this server: only the work account is offered.
    expect(await page.getByRole('button', { name: 'Send kode' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await button.click();
    await atTheProvider(page, 'lis.login');
    await page.waitForURL((url) => url.origin === server.url && url.pathname === `/s/${id}`, POLL);
    await page.getByRole('heading', { name: 'Videndeling i praksis' }).waitFor(POLL);
    await waitForSynced(page);
    expect(await page.evaluate(async () => (await (await fetch('/api/me')).json() as { person: { email: string } }).person.email)).toBe('lis@fjordby.example');
  });

  it('signs out of the provider too (OIDC_LOGOUT): back at the sign-in page, the next sign-in asks for the login again', async () => {
    const other = await launchBrowser();
    try {
      const page = await signedInWithWorkAccount(other, 'lis.login');
      await page.goto(`${server.url}/mig`);
      await page.getByRole('button', { name: 'Log ud' }).click();
      // The provider's own page asks to confirm, then sends the browser back.
      await page.waitForURL((url) => url.origin === provider.issuer && url.pathname.startsWith('/session/end'), POLL);
      await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await page.waitForURL((url) => url.origin === server.url && url.pathname === '/login', POLL);
      expect(await page.evaluate(async () => (await fetch('/api/me')).status)).toBe(401);
      await page.getByRole('link', { name: 'Log ind med din arbejdskonto' }).click();
      await page.locator('input[name="login"]').waitFor(POLL);
    } finally {
      await other.close();
    }
  });

  it('says why an unknown work account is refused, and whom to ask', async () => {
    const other = await launchBrowser({ viewport: { width: 320, height: 640 } });
    try {
      const page = await other.context.newPage();
      await page.goto(`${server.url}/login`);
      await page.getByRole('link', { name: 'Log ind med din arbejdskonto' }).click();
      await atTheProvider(page, 'ukendt.login');
      await page.waitForURL((url) => url.origin === server.url && url.pathname === '/login', POLL);
      expect(new URL(page.url()).searchParams.get('fejl')).toBe('oidc_unknown_person');
      await page.getByRole('alert').getByText('Din arbejdskonto er ikke kendt i Videnbro.', { exact: false }).waitFor(POLL);
      await page.getByText('Kontakt: IT-support, tlf. 7010 2030').waitFor(POLL);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('shows Lis everything stored about her on Mig → Mine data, and downloads it with her drafts', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/mig`);
    await page.getByRole('link', { name: 'Mine data' }).click();
    await page.getByRole('heading', { name: 'Mine data', level: 1 }).waitFor(POLL);
    await page.getByRole('heading', { name: 'Profil' }).waitFor(POLL);
    expect(await page.getByTestId('my-data-competences').getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('my-data-auditTrail').textContent()).toContain('oidc');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent mine data som fil (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe('videnbro-mine-data.json');
    const file = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { person: { email: string }; deviceDrafts: unknown[]; sessions: unknown[] };
    expect(file.person.email).toBe('lis@fjordby.example');
    expect(Array.isArray(file.deviceDrafts)).toBe(true);
    expect(file.sessions.length).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await expectSmallScreenClean(page);
  });

  it('tells a leader what to hand over before deleting, and deletes Anna\'s account, signing her out', async () => {
    const lisPage = await browser.context.newPage();
    await lisPage.goto(`${server.url}/mig/data`);
    const lisForm = lisPage.getByTestId('delete-account');
    await lisForm.waitFor(POLL);
    await lisForm.getByLabel('Skriv din e-mail (lis@fjordby.example) for at bekræfte').fill('lis@fjordby.example');
    await lisForm.getByRole('button', { name: 'Slet min konto' }).click();
    await lisForm.getByText('Du er leder af en enhed.', { exact: false }).waitFor(POLL);
    expect(await lisPage.evaluate(async () => (await fetch('/api/me')).status)).toBe(200);

    const other = await launchBrowser();
    try {
      const page = await signedInWithWorkAccount(other, 'anna.login');
      await page.goto(`${server.url}/mig/data`);
      const form = page.getByTestId('delete-account');
      await form.waitFor(POLL);
      // A slip of the finger is caught before anything is sent.
      await form.getByLabel('Skriv din e-mail (anna@fjordby.example) for at bekræfte').fill('ana@fjordby.example');
      await form.getByRole('button', { name: 'Slet min konto' }).click();
      await form.getByText('Skriv din egen e-mailadresse, præcis som den står på din profil.').first().waitFor(POLL);
      expect(await axeViolations(page)).toEqual([]);
      await form.getByLabel('Slet det').check();
      await form.getByLabel('Skriv din e-mail (anna@fjordby.example) for at bekræfte').fill('anna@fjordby.example');
      await form.getByRole('button', { name: 'Slet min konto' }).click();
      await page.waitForURL((url) => url.pathname === '/login', POLL);
      expect(await page.evaluate(async () => (await fetch('/api/me')).status)).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('shows the privacy notice and the accessibility statement signed out, in Danish and English', async () => {
    const other = await launchBrowser({ viewport: { width: 320, height: 640 } });
    try {
      const page = await other.context.newPage();
      await page.goto(`${server.url}/login`);
      await page.getByRole('link', { name: 'Privatlivspolitik' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sådan behandler vi dine oplysninger i Videnbro' }).waitFor(POLL);
      await page.getByText('Fjordby Kommune er dataansvarlig for oplysningerne i Videnbro.').waitFor(POLL);
      await page.getByText('Kontakt: dpo@fjordby.example').waitFor(POLL);
      await page.getByText('anonymiseres du 180 dage efter', { exact: false }).waitFor(POLL);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${server.url}/tilgaengelighed`);
      await page.getByRole('heading', { level: 1, name: 'Tilgængelighedserklæring for Videnbro' }).waitFor(POLL);
      await page.getByText('Oplever du en barriere, så skriv til web@fjordby.example.').waitFor(POLL);
      await expectSmallScreenClean(page);
      // In English after the choice is made (stored as the app stores it).
      await page.evaluate(() => localStorage.setItem('videnbro-lang', 'en'));
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Accessibility statement for Videnbro' }).waitFor(POLL);
    } finally {
      await other.close();
    }
  });
});
