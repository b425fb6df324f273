// Sign-in by e-mail code in a real browser: the code's nonce cookie (HttpOnly,
// SameSite=Strict) set by the request travels with the app's own fetch of the code, and
// the same code typed in another browser is refused in Danish without spoiling it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { launchBrowser, type Browser } from '../support/browser';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-code-'));
const mailFile = path.join(dir, 'mail.log');
let server: ServerProcess;
let laptop: Browser;
let phone: Browser;

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), MAIL_FILE: mailFile });
  laptop = await launchBrowser();
  phone = await launchBrowser();
});
afterAll(async () => {
  await laptop?.close();
  await phone?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The code mailed to `email`, once the server's mail queue has written it. */
async function mailedCode(email: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const mails = fs.existsSync(mailFile) ? fs.readFileSync(mailFile, 'utf8').split('--- ').filter((m) => m.includes(`Til: ${email}\n`)) : [];
    const code = mails.at(-1)?.match(/kode til Videnbro er (\d{6})/)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code mailed to ${email}`);
}

async function askForCode(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Send kode' }).click();
  await page.getByLabel('Kode').waitFor();
}

describe('sign-in by code', () => {
  it('signs in in the browser that asked, and not in another', async () => {
    const asker = await laptop.context.newPage();
    await askForCode(asker, 'bo@fjordby.example');
    const code = await mailedCode('bo@fjordby.example');
    const cookies = await laptop.context.cookies(server.url);
    expect(cookies.find((c) => c.name === 'vb_code')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

    // Another browser, with the same e-mail and the right code: refused, nothing burned.
    const other = await phone.context.newPage();
    await other.goto(`${server.url}/login`);
    await other.getByLabel('E-mail').fill('bo@fjordby.example');
    await other.getByRole('button', { name: 'Send kode' }).click();
    await other.getByLabel('Kode').fill(code);
    await other.getByRole('button', { name: 'Log ind' }).click();
    expect(await other.getByRole('alert').textContent()).toMatch(/bestilt i en anden browser/);

    await asker.getByLabel('Kode').fill(code);
    await asker.getByRole('button', { name: 'Log ind' }).click();
    await asker.getByRole('heading', { name: 'Find kolleger' }).waitFor();
    // Signed in: the nonce is gone, the session cookie is there.
    const after = await laptop.context.cookies(server.url);
    expect(after.map((c) => c.name)).not.toContain('vb_code');
    expect(after.map((c) => c.name)).toContain('vb_session');
  });
});
