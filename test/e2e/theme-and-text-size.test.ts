// Night shifts and large text: the dark theme (prefers-color-scheme) is as readable as the
// light one (axe clean in both, at 390×844 and 320×640), the focus ring stands out in
// both, and the browser's own text size (200 %) scales the app without anything running
// off the side of a 320 px screen.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { signInWithDemo } from '../support/e2e-helpers';
import { openDirectory, resultCards, sidewaysOverflow, smallTargets } from '../support/directory-e2e';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-theme-'));
let server: ServerProcess;
let browser: Browser;
/** A second profile whose text-size setting is twice the default (32 px instead of 16). */
let largeText: Browser;

const VIEWPORTS = [{ width: 390, height: 844 }, { width: 320, height: 640 }] as const;

async function signedIn(which: Browser): Promise<void> {
  const page = await which.context.newPage();
  await signInWithDemo(page, server.url, 'anna@fjordby.example');
  await openDirectory(page, server.url, 'q=demens');
  await page.close();
}

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '400' });
  browser = await launchBrowser();
  largeText = await launchBrowser({ defaultFontSize: 32 });
  await signedIn(browser);
  await signedIn(largeText);
});
afterAll(async () => {
  await browser?.close();
  await largeText?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The screens of the directory in their several states, each ready when `open` returns. */
const SCREENS: { name: string; open(page: Page): Promise<void> }[] = [
  { name: 'results, filters open', open: (page) => openDirectory(page, server.url, 'q=demens&kanHjaelpe=true') },
  { name: 'a typo reading', open: async (page) => { await openDirectory(page, server.url, 'q=regnign'); await page.getByTestId('typo-reading').waitFor(); } },
  { name: 'nobody found, with filters', open: async (page) => { await page.goto(`${server.url}/?q=demens&omraade=a-teknik&niveau=3`); await page.getByTestId('no-results').waitFor({ timeout: 30_000 }); } },
  {
    name: 'a person page',
    open: async (page) => {
      await openDirectory(page, server.url, 'videndeler=true');
      await resultCards(page).first().locator('.result-card__link').click();
      await page.locator('.contact-actions').waitFor();
    },
  },
  {
    name: 'a competence page',
    open: async (page) => {
      await page.goto(`${server.url}/kompetencer`);
      await page.getByRole('link', { name: 'Demens', exact: true }).click();
      await page.getByRole('heading', { name: 'Kolleger med kompetencen' }).waitFor();
    },
  },
];

/**
 * Elements in `main` that reach past the window's right edge, whose content runs out of
 * their box (shown over a neighbour, or cut off), or that lie on top of one another.
 */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (element: Element) => element.outerHTML.slice(0, 80);
    const found = [...document.querySelectorAll<HTMLElement>('main *')].flatMap((element) => {
      const rect = element.getBoundingClientRect();
      // Not shown, or shown to screen readers only (a 1 px clipped box).
      if (rect.width <= 1 || rect.height <= 1) return [];
      const formControl = element.matches('input, select, textarea, option');
      if (rect.right > width + 0.5) return [`${describe(element)}: right edge ${Math.round(rect.right)} > ${width}`];
      if (!formControl && element.scrollWidth > element.clientWidth + 1) return [`${describe(element)}: content ${element.scrollWidth} > box ${element.clientWidth}`];
      return [];
    });
    // Siblings in a row of controls (a card's name and its Ring button) must not overlap.
    for (const card of document.querySelectorAll('main .result-card')) {
      const name = card.querySelector('.result-card__link')?.getBoundingClientRect();
      const call = card.querySelector('.result-card__call')?.getBoundingClientRect();
      if (name && call && name.right > call.left && name.left < call.right && name.bottom > call.top && name.top < call.bottom) {
        found.push(`${describe(card)}: the name lies under the Ring button`);
      }
    }
    return found;
  });
}

/** WCAG contrast of two computed colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('light and dark', () => {
  it('are both axe clean at 390×844 and 320×640, on every directory screen', async () => {
    const page = await browser.context.newPage();
    // Each screen opened once, then seen in every theme and size: both apply without a reload.
    for (const screen of SCREENS) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize(VIEWPORTS[0]);
      await screen.open(page);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize(viewport);
          const where = `${screen.name}, ${colorScheme}, ${viewport.width}×${viewport.height}`;
          expect(await axeViolations(page), where).toEqual([]);
          expect(await sidewaysOverflow(page), where).toBe(0);
        }
      }
    }
  });

  it('follow the system setting, with a focus ring that stands out in both', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(VIEWPORTS[0]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openDirectory(page, server.url, 'q=demens');
      const colours = await page.evaluate(() => {
        const root = getComputedStyle(document.documentElement);
        return { scheme: root.colorScheme, background: root.backgroundColor, ink: root.color };
      });
      expect(colours.scheme).toBe(colorScheme);
      const dark = contrast(colours.background, 'rgb(0, 0, 0)') < contrast(colours.background, 'rgb(255, 255, 255)');
      expect(dark, colorScheme).toBe(colorScheme === 'dark');
      expect(contrast(colours.ink, colours.background)).toBeGreaterThanOrEqual(7);

      // The keyboard reaches the first card's link: its ring goes round the whole card.
      await resultCards(page).first().locator('.result-card__link').focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const ring = await resultCards(page).first().evaluate((card) => {
        const link = card.querySelector('.result-card__link')!;
        const after = getComputedStyle(link, '::after');
        return {
          focused: document.activeElement === link, style: after.outlineStyle, width: parseFloat(after.outlineWidth), colour: after.outlineColor,
          card: getComputedStyle(card).backgroundColor, page: getComputedStyle(document.documentElement).backgroundColor,
        };
      });
      expect(ring.focused).toBe(true);
      expect(ring.style).toBe('solid');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      // Non-text contrast (WCAG 1.4.11): 3:1 against what it is drawn next to.
      expect(contrast(ring.colour, ring.card), colorScheme).toBeGreaterThanOrEqual(3);
      expect(contrast(ring.colour, ring.page), colorScheme).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('the browser\'s text size', () => {
  it('scales the app: the root follows the setting, nothing is fixed in px', async () => {
    const page = await largeText.context.newPage();
    await openDirectory(page, server.url, 'q=demens');
    const sizes = await page.evaluate(() => ({
      root: getComputedStyle(document.documentElement).fontSize,
      h1: getComputedStyle(document.querySelector('main h1')!).fontSize,
      card: getComputedStyle(document.querySelector('.result-card__link')!).fontSize,
    }));
    expect(sizes).toEqual({ root: '32px', h1: '48px', card: '33.6px' });
  });

  it('at 200 %, 320 px wide: nothing runs off the side or is cut off, targets stay large, axe stays clean', async () => {
    const page = await largeText.context.newPage();
    for (const screen of SCREENS) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize(VIEWPORTS[0]);
      await screen.open(page);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize(viewport);
          const where = `${screen.name}, ${colorScheme}, ${viewport.width} px, 200 %`;
          expect(await sidewaysOverflow(page), where).toBe(0);
          expect(await cutOff(page), where).toEqual([]);
          expect(await smallTargets(page), where).toEqual([]);
          if (viewport.width === 320) expect(await axeViolations(page), where).toEqual([]);
        }
      }
    }
  });
});
