// The in-app QR scanner in a real browser: Chromium's fake camera shows a QR code made with
// the `qrcode` package; the scanner (the zxing-wasm polyfill: desktop Chromium on Linux has
// no BarcodeDetector) reads a poster's sign-up code and opens its sign-up screen, keeps a
// foreign link as text, and without camera permission offers the typed code instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { dismissInstallOffer, openTab, signInWithDemo, waitForSynced } from '../support/e2e-helpers';
import { writeQrVideo } from '../support/fake-camera';
import { demoInstant } from '../../src/server/seed/demo-day';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-scanner-'));
const EVENT = { id: 's-fundraising', title: 'Fra idé til fondsansøgning', startsAt: demoInstant('2027-02-24T12:00:00.000Z') };
const FOREIGN = 'https://evil.example/s/s-fundraising';
const CHECKIN_CODE = 'Qm9vLWJhLWJvby1iYS1ib28x'; // the shape organizer-tools.ts newCheckinCode makes
let server: ServerProcess;
let anna: Browser;
let annaAtTheVenue: Browser;
let lis: Browser;
let bo: Browser;

const fakeCamera = (video: string) => ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`];

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '300' });
  // The poster's link (events/poster-screen.tsx signupUrl): title and start ride along.
  const poster = `${server.url}/s/${EVENT.id}?${new URLSearchParams({ t: EVENT.title, d: EVENT.startsAt })}`;
  writeQrVideo(path.join(dir, 'poster.y4m'), poster);
  writeQrVideo(path.join(dir, 'foreign.y4m'), FOREIGN);
  writeQrVideo(path.join(dir, 'checkin.y4m'), `${server.url}/c/${EVENT.id}?k=${CHECKIN_CODE}`);
  anna = await launchBrowser({ args: fakeCamera(path.join(dir, 'poster.y4m')) });
  annaAtTheVenue = await launchBrowser({ args: fakeCamera(path.join(dir, 'checkin.y4m')) });
  lis = await launchBrowser({ args: fakeCamera(path.join(dir, 'foreign.y4m')), viewport: { width: 320, height: 640 } });
  // A camera, but no one to say yes: headless Chromium answers the prompt with "no".
  bo = await launchBrowser({ args: ['--use-fake-device-for-media-stream'] });
});
afterAll(async () => {
  await anna?.close();
  await annaAtTheVenue?.close();
  await lis?.close();
  await bo?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every request the page makes, to check where the scanner's code and wasm come from. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Keeps every camera stream the page opens, to check that leaving the scanner stops them. */
async function keepStreams(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams = streams;
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
  });
}

async function signIn(page: Page, email: string): Promise<void> {
  await signInWithDemo(page, server.url, email);
  await waitForSynced(page);
  await dismissInstallOffer(page);
}

describe('QR scanner', () => {
  it('reads a poster\'s sign-up QR through the fake camera, offline, and opens its sign-up screen', async () => {
    const page = await anna.context.newPage();
    await keepStreams(page);
    const requests = recordRequests(page);
    await signIn(page, 'anna@fjordby.example');
    await openTab(page, 'Kalender');
    expect(requests.some((url) => /scanner-screen|zxing/.test(url))).toBe(false); // nothing of it before it opens

    // In the basement: the scanner's chunks and wasm come from the service worker's precache.
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await anna.context.setOffline(true);
    await page.getByRole('link', { name: 'Scan QR' }).click();
    await page.waitForURL((url) => url.pathname === `/s/${EVENT.id}`, { timeout: 60_000 });
    await page.getByRole('heading', { name: EVENT.title }).waitFor();
    await page.getByRole('button', { name: 'Tilmeld' }).waitFor();
    expect(new URL(page.url()).searchParams.get('t')).toBe(EVENT.title);
    await anna.context.setOffline(false);

    // The polyfill read it, with its wasm from our own origin: nothing from a CDN.
    expect(requests.filter((url) => /zxing_reader-[\w-]+\.wasm$/.test(url)).map((url) => new URL(url).origin)).toEqual([server.url]);
    expect(requests.filter((url) => /^https?:/.test(url) && new URL(url).origin !== server.url)).toEqual([]);
    // Leaving the scanner stopped the camera.
    const tracks = await page.evaluate(() => (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams
      .flatMap((stream) => stream.getTracks().map((track) => track.readyState)));
    expect(tracks.length).toBeGreaterThan(0);
    expect(tracks.every((state) => state === 'ended')).toBe(true);
  });

  it('reads the venue\'s check-in QR and opens the check-in', async () => {
    const page = await annaAtTheVenue.context.newPage();
    await signIn(page, 'anna@fjordby.example');
    await page.goto(`${server.url}/scan`);
    await page.waitForURL((url) => url.pathname === `/c/${EVENT.id}`, { timeout: 60_000 });
    expect(new URL(page.url()).searchParams.get('k')).toBe(CHECKIN_CODE);
    await page.getByTestId('checkin-state').waitFor();
  });

  it('shows a foreign link as text and does not open it; axe clean at 320 px', async () => {
    const page = await lis.context.newPage();
    const requests = recordRequests(page);
    await signIn(page, 'lis@fjordby.example');
    await page.goto(`${server.url}/scan`);
    const foreign = page.getByTestId('scan-foreign');
    await expect.poll(() => foreign.textContent().catch(() => null), { timeout: 60_000 }).toBe(FOREIGN);
    expect(await page.locator('.scanner').getAttribute('data-reader')).toBe('zxing');
    expect(await page.getByRole('status').filter({ hasText: 'ikke et link fra Videnbro' }).textContent()).toContain(FOREIGN);
    expect(new URL(page.url()).pathname).toBe('/scan');
    expect(requests.some((url) => url.includes('evil.example'))).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('without camera permission: a Danish message, and the typed code opens the sign-up', async () => {
    const page = await bo.context.newPage();
    await signIn(page, 'bo@fjordby.example');
    await page.goto(`${server.url}/scan`);
    const problem = page.getByTestId('scan-problem');
    await expect.poll(() => problem.getAttribute('data-problem').catch(() => null), { timeout: 30_000 }).toBe('denied');
    expect(await problem.textContent()).toMatch(/^Videnbro har ikke lov til at bruge kameraet\./);
    expect(await axeViolations(page)).toEqual([]);

    const field = page.getByLabel('Kode eller link');
    await field.fill('https://evil.example/s/s-fundraising');
    await field.press('Enter');
    await expect.poll(() => page.locator('#scan-type-error').textContent()).toBe('Det er ikke en kode eller et link fra Videnbro, så det bliver ikke åbnet.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/scan');

    await field.fill(EVENT.id);
    await page.getByRole('button', { name: 'Åbn' }).click();
    await page.waitForURL((url) => url.pathname === `/s/${EVENT.id}`);
    await page.getByRole('heading', { name: EVENT.title }).waitFor();
  });
});
