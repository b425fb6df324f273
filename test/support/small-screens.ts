// The small-phone check the browser tests share: at 320 CSS px wide (WCAG 1.4.10's reflow
// width), in the light theme and in the dark one, nothing reaches past the right edge and
// axe finds no WCAG 2.1 A/AA violation.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './browser';

export const SMALL_SCREEN = { width: 320, height: 640 } as const;

export interface SmallScreenOptions {
  /** What is being looked at, named in each failure before the scheme ("log, dark"). */
  where?: string;
  /** The caller's own checks, made in each scheme after the overflow check and before axe; `at` names the place and scheme. */
  alsoCheck?: (at: string) => Promise<void>;
}

/**
 * At 320×640, light then dark: no sideways overflow and no axe violations, each failure
 * naming the scheme. Afterwards the page has its own viewport and colour scheme again:
 * tests that share one page go on at 390×844 in light.
 */
export async function expectSmallScreenClean(page: Page, options: SmallScreenOptions = {}): Promise<void> {
  const viewport = page.viewportSize();
  const wasDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  await page.setViewportSize(SMALL_SCREEN);
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const at = options.where ? `${options.where}, ${colorScheme}` : colorScheme;
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,
      }));
      // Within 320 px and within the viewport (the same here: headless Chromium hides scrollbars).
      expect(scrollWidth, `${at}: page width`).toBeLessThanOrEqual(Math.min(SMALL_SCREEN.width, clientWidth));
      await options.alsoCheck?.(at);
      expect(await axeViolations(page), at).toEqual([]);
    }
  } finally {
    await page.emulateMedia({ colorScheme: wasDark ? 'dark' : 'light' });
    if (viewport) await page.setViewportSize(viewport);
  }
}
