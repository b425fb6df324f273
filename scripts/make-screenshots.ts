// Takes the manifest's screenshots (public/screenshots/*.png, 390 × 844, the phone size the
// app is made for) with Debian's Chromium against the built app and the demo data. Run by
// hand when the screens change (`node --import tsx scripts/make-screenshots.ts`); the
// pictures are committed, so builds need no browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfNeeded } from './build-if-needed';
import { spawnServer } from '../test/support/spawn-server';
import { launchBrowser } from '../test/support/browser';
import { dismissInstallOffer, openTab, signInWithDemo, waitForSynced } from '../test/support/e2e-helpers';

const out = path.resolve('public', 'screenshots');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-screenshots-'));

await buildIfNeeded();
const server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '2000' });
const browser = await launchBrowser({ viewport: { width: 390, height: 844 }, touch: true });
try {
  const page = await browser.context.newPage();
  await signInWithDemo(page, server.url, 'anna@fjordby.example');
  await waitForSynced(page);
  await dismissInstallOffer(page);
  fs.mkdirSync(out, { recursive: true });

  await page.getByLabel('Søg efter kompetence eller navn').fill('demens');
  await page.locator('[data-testid="result-list"] > li').first().waitFor();
  await page.getByLabel('Søg efter kompetence eller navn').blur();
  await page.screenshot({ path: path.join(out, 'find.png') });

  await openTab(page, 'Mig');
  await page.getByRole('heading', { name: 'Mine kompetencer' }).waitFor();
  await page.screenshot({ path: path.join(out, 'mig.png') });
  console.log(`Skærmbilleder skrevet i ${out}`);
} finally {
  await browser.close();
  await server.kill();
  fs.rmSync(dir, { recursive: true, force: true });
}
