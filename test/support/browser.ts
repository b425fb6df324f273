// Debian's Chromium through playwright-core, each context with a fresh profile, and
// axe-core checks against WCAG 2.1 A/AA.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
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
}

export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-chromium-'));
  if (options.defaultFontSize) {
    // The profile's own preference, as a user would set it: what rem sizes follow.
    fs.mkdirSync(path.join(dir, 'Default'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: options.defaultFontSize } } }));
  }
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: [...ARGS, ...(options.args ?? [])],
    locale: 'da-DK',
    viewport: options.viewport ?? { width: 390, height: 844 },
    ...(options.touch && { hasTouch: true, isMobile: true }),
    ...(options.blockServiceWorkers && { serviceWorkers: 'block' as const }),
  });
  // A step that cannot happen fails in seconds, naming the step, instead of at the test's time-out.
  context.setDefaultTimeout(15_000);
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** WCAG 2.1 A and AA violations on the page as it is now; the tests expect none. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
