// Debian's Chromium through playwright-core, each "browser" a fresh context (its own
// cookies, IndexedDB, service worker), and axe-core checks against WCAG 2.1 A/AA.
// Contexts share one Chromium per test worker (starting one costs 1.5–2 s here; the e2e
// files share their worker's modules, so it outlives each file); a test that needs Chromium
// switches or a profile of its own gets its own Chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser as Chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import { CHROMIUM } from './system-deps';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser { context: BrowserContext; close(): Promise<void> }

export interface BrowserOptions {
  /** The browser's default text size in px (its "font size" setting; Chromium's is 16). */
  defaultFontSize?: number;
  viewport?: { width: number; height: number };
  /** A phone: touch events, a coarse pointer, the mobile viewport. */
  touch?: boolean;
  /** More Chromium switches (the scanner test's fake camera). */
  args?: string[];
  /** No service worker: every request goes to the network, where the test can hold it up. */
  blockServiceWorkers?: boolean;
  /**
   * A profile of its own, where Chromium offers installing the app (the install offer's
   * tests). A context in the shared Chromium is off the record, and there it offers none.
   */
  installable?: boolean;
}

let shared: Promise<Chromium> | null = null;

/**
 * The worker's Chromium, started on first use and kept for the files that follow. It ends
 * with the worker: Playwright closes the browsers it launched when its process exits, and
 * Chromium on a debugging pipe closes itself when that pipe does.
 */
function sharedChromium(): Promise<Chromium> {
  shared ??= chromium.launch({ executablePath: CHROMIUM, args: ARGS }).then((browser) => {
    browser.once('disconnected', () => { shared = null; });
    return browser;
  });
  return shared;
}

function contextOptions(options: BrowserOptions): BrowserContextOptions {
  return {
    locale: 'da-DK',
    viewport: options.viewport ?? { width: 390, height: 844 },
    ...(options.touch && { hasTouch: true, isMobile: true }),
    ...(options.blockServiceWorkers && { serviceWorkers: 'block' as const }),
  };
}

/** Chromiums of their own that are still open (closed by their test, or at its file's end). */
const ownBrowsers = new Set<Browser>();

/**
 * Closes what a test file left open: the contexts in the shared Chromium and any Chromium
 * of its own (e2e-file-end.ts). The shared Chromium lives on for the next file, and a page
 * left open would otherwise go on syncing, and costing CPU, until the worker ends.
 */
export async function closeBrowsersOfFile(): Promise<void> {
  const browser = shared ? await shared : null;
  await Promise.all([...(browser?.contexts() ?? []).map((context) => context.close()), ...[...ownBrowsers].map((own) => own.close())]);
}

/** Ends the shared Chromium: for a script (the bench) that must exit after its last figure. */
export async function closeSharedChromium(): Promise<void> {
  const browser = await shared;
  shared = null;
  await browser?.close();
}

export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  if (options.args || options.installable) return launchOwnChromium(options);
  const context = await (await sharedChromium()).newContext(contextOptions(options));
  context.setDefaultTimeout(15_000);
  if (options.defaultFontSize) withDefaultFontSize(context, options.defaultFontSize);
  return { context, close: () => context.close() };
}

/**
 * Every page of the context with the browser's default text size set to `px`: the same
 * setting (WebPreferences' default font size) as the one in Chromium's settings that rem
 * sizes follow, set per page through DevTools, so the context can stay in the shared
 * Chromium (a Chromium of its own with that profile preference cost 1–2 s of CPU more).
 * A page the test opens gets it before it is handed over; a page the app opens, at once.
 */
function withDefaultFontSize(context: BrowserContext, px: number): void {
  const setFontSize = async (page: Page) => {
    // The session stays open with the page: DevTools ends its settings when it detaches.
    const session = await context.newCDPSession(page);
    await session.send('Page.setFontSizes', { fontSizes: { standard: px } });
  };
  const set = new WeakMap<Page, Promise<void>>();
  // Emitted for every page, before newPage() returns it.
  context.on('page', (page) => {
    const done = setFontSize(page);
    done.catch(() => undefined); // a popup closed at once: nothing to set, and not an unhandled rejection
    set.set(page, done);
  });
  const newPage = context.newPage.bind(context);
  context.newPage = async () => {
    const page = await newPage();
    await (set.get(page) ?? setFontSize(page));
    return page;
  };
}

/** A Chromium of its own, with a profile directory: for switches and the install offer. */
async function launchOwnChromium(options: BrowserOptions): Promise<Browser> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: [...ARGS, ...(options.args ?? [])],
    ...contextOptions(options),
  });
  // A step that cannot happen fails in seconds, naming the step, instead of at the test's time-out.
  context.setDefaultTimeout(15_000);
  const own: Browser = {
    context,
    async close() {
      ownBrowsers.delete(own);
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  ownBrowsers.add(own);
  return own;
}

declare global {
  interface Window { axe?: typeof Axe }
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let axeSource: string | null = null;

/**
 * WCAG 2.1 A and AA violations on the page as it is now; the tests expect none. axe-core
 * is put into the page once per document and run there directly: the Playwright wrapper
 * put it into every frame again on each call, 1.4 s a check on this machine against 0.1 s.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) {
    axeSource ??= fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
  }
  return page.evaluate(async (tags) => {
    const result = await window.axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, WCAG_21_AA);
}
