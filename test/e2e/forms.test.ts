// The form kit in a real browser (issue 19): the event form, creating a network, giving a
// network a task and a unit's core knowledge, at 390×844 and 320×640, light and dark and at
// 200 % text. Every control is measured (at least 44 px high, at least 16 px text, so
// iPhones do not zoom), takes the theme's colours (not the browser's grey in the dark), and
// axe finds nothing. Saving an event that ends before it starts shows the error under
// "Slutter", focused and on screen, clear of the top line and the tab bar.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { signInWithDemo, waitForSynced } from '../support/e2e-helpers';
import { sidewaysOverflow } from '../support/directory-e2e';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-forms-'));
let server: ServerProcess;
/** Bo organizes events; Lis leads a unit (core knowledge) and may create and task networks. */
const browsers: Record<'bo' | 'lis' | 'boLarge' | 'lisLarge', Browser | undefined> = { bo: undefined, lis: undefined, boLarge: undefined, lisLarge: undefined };

const VIEWPORTS = [{ width: 390, height: 844 }, { width: 320, height: 640 }] as const;

async function signedIn(largeText: boolean, email: string): Promise<Browser> {
  // A profile whose text-size setting is twice the default (32 px instead of 16): 200 %.
  const browser = await launchBrowser(largeText ? { defaultFontSize: 32 } : {});
  const page = await browser.context.newPage();
  await signInWithDemo(page, server.url, email);
  await waitForSynced(page);
  await page.close();
  return browser;
}

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '300' });
  [browsers.bo, browsers.lis, browsers.boLarge, browsers.lisLarge] = await Promise.all([
    signedIn(false, 'bo@fjordby.example'), signedIn(false, 'lis@fjordby.example'),
    signedIn(true, 'bo@fjordby.example'), signedIn(true, 'lis@fjordby.example'),
  ]);
});
afterAll(async () => {
  await Promise.all(Object.values(browsers).map((browser) => browser?.close()));
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface FormUnderTest { name: string; who: 'bo' | 'lis'; open(page: Page): Promise<Locator> }

const FORMS: FormUnderTest[] = [
  {
    name: 'the event form',
    who: 'bo',
    async open(page) {
      await page.goto(`${server.url}/arrangementer/nyt`);
      const form = page.getByRole('form', { name: 'Nyt arrangement' });
      await form.getByLabel('Netværk (valgfrit)').locator('option', { hasText: 'Videndelernetværket' }).waitFor({ state: 'attached' });
      return form;
    },
  },
  {
    name: 'creating a network',
    who: 'lis',
    async open(page) {
      await page.goto(`${server.url}/netvaerk`);
      await page.getByRole('button', { name: 'Opret netværk' }).click();
      const form = page.getByRole('form', { name: 'Opret netværk' });
      await form.waitFor();
      return form;
    },
  },
  {
    name: 'giving a network a task',
    who: 'lis',
    async open(page) {
      await page.goto(`${server.url}/netvaerk/n-ledere-aeldre`);
      const form = page.getByRole('form', { name: 'Giv netværket en opgave' });
      await form.waitFor();
      return form;
    },
  },
  {
    name: 'a unit\'s core knowledge',
    who: 'lis',
    async open(page) {
      await page.goto(`${server.url}/enheder/u-hjemmepleje-nord`);
      await page.getByRole('button', { name: 'Tilføj kerneviden' }).first().click();
      const form = page.getByTestId('core-form');
      await form.waitFor();
      return form;
    },
  },
];

interface Measured { controls: number; problems: string[] }

/**
 * Every control of the form: its height (a checkbox's or radio's whole label, the target
 * a finger hits), its text size, and its colours against the theme's paper and ink.
 */
function measure(form: Locator): Promise<Measured> {
  return form.evaluate((element) => {
    const token = (name: string, property: 'backgroundColor' | 'color') => {
      const probe = document.createElement('div');
      probe.style.setProperty(property === 'color' ? 'color' : 'background-color', `var(${name})`);
      document.body.append(probe);
      const value = getComputedStyle(probe)[property];
      probe.remove();
      return value;
    };
    const paper = token('--paper', 'backgroundColor');
    const ink = token('--ink', 'color');
    const problems: string[] = [];
    const controls = [...element.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')]
      .filter((control) => control.type !== 'hidden');
    for (const control of controls) {
      const choice = control.type === 'checkbox' || control.type === 'radio';
      const target = (choice ? control.closest('label') : control) ?? control;
      const name = `${control.tagName.toLowerCase()}[${control.type}] ${control.labels?.[0]?.textContent?.trim().slice(0, 30) ?? ''}`;
      const { height } = target.getBoundingClientRect();
      const fontSize = parseFloat(getComputedStyle(target).fontSize);
      if (height < 44) problems.push(`${name}: ${height.toFixed(1)} px high`);
      if (fontSize < 16) problems.push(`${name}: ${fontSize} px text`);
      if (!choice) {
        const style = getComputedStyle(control);
        if (style.backgroundColor !== paper) problems.push(`${name}: background ${style.backgroundColor}, not the paper ${paper}`);
        if (style.color !== ink) problems.push(`${name}: text ${style.color}, not the ink ${ink}`);
      }
    }
    return { controls: controls.length, problems };
  });
}

describe('the form kit in every form', () => {
  it.each(FORMS)('$name: controls ≥ 44 px and ≥ 16 px text in the theme\'s colours, axe clean, at 320 and 390 px, light, dark and 200 % text', async (form) => {
    for (const largeText of [false, true]) {
      const browser = browsers[largeText ? (`${form.who}Large` as const) : form.who]!;
      const page = await browser.context.newPage();
      const located = await form.open(page);
      // The large text is seen in the dark, the harder of the two for contrast.
      for (const colorScheme of largeText ? ['dark'] as const : ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize(viewport);
          const where = `${form.name}, ${colorScheme}, ${viewport.width}×${viewport.height}${largeText ? ', 200 % text' : ''}`;
          const { controls, problems } = await measure(located);
          expect(controls, where).toBeGreaterThanOrEqual(3);
          expect(problems, where).toEqual([]);
          expect(await sidewaysOverflow(page), where).toBe(0);
          expect(await axeViolations(page), where).toEqual([]);
        }
      }
      await page.close();
    }
  });
});

/** The part of the window not covered by the sticky top line or the tab bar. */
function visibleBand(page: Page): Promise<{ top: number; bottom: number }> {
  return page.evaluate(() => {
    const topBar = document.querySelector('.top-bar')?.getBoundingClientRect();
    const tabBar = document.querySelector<HTMLElement>('.tab-bar');
    const tabTop = tabBar && !tabBar.hidden ? tabBar.getBoundingClientRect().top : window.innerHeight;
    return { top: Math.max(0, topBar?.bottom ?? 0), bottom: Math.min(window.innerHeight, tabTop) };
  });
}

describe('an error on saving', () => {
  it.each([
    { who: 'bo' as const, viewport: VIEWPORTS[0], text: '100 %' },
    { who: 'boLarge' as const, viewport: VIEWPORTS[1], text: '200 %' },
  ])('an end before the start is shown under Slutter, focused and on screen ($viewport.width px, $text text)', async ({ who, viewport }) => {
    const page = await browsers[who]!.context.newPage();
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: 'dark' });
    const form = await FORMS[0]!.open(page);
    const day = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Titel').fill('Caféseminar om forflytning');
    await form.getByLabel('Starter').fill(`${day}T14:00`);
    await form.getByLabel('Slutter').fill(`${day}T13:00`);
    await form.getByLabel('Sted', { exact: true }).fill('Rådhuset');
    // The date-time fields say which clock they mean.
    expect(await form.getByLabel('Starter').evaluate((input) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent)).toBe('Dansk tid.');
    await page.evaluate(() => window.scrollTo(0, 0));
    await form.getByRole('button', { name: 'Gem' }).click();

    const ends = form.getByLabel('Slutter');
    await expect.poll(() => ends.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await ends.getAttribute('aria-invalid')).toBe('true');
    const error = page.locator('#event-ends-error');
    expect(await error.textContent()).toBe('Slut skal være efter start.');
    expect(await ends.evaluate((input) => input.getAttribute('aria-describedby')?.split(' '))).toContain('event-ends-error');
    // The field and its error are on screen, not under the top line or the tab bar.
    const band = await visibleBand(page);
    for (const [what, box] of [['the field', await ends.boundingBox()], ['its error', await error.boundingBox()]] as const) {
      expect(box, what).not.toBeNull();
      expect(box!.y, `${what} below the top line`).toBeGreaterThanOrEqual(band.top - 0.5);
      expect(box!.y + box!.height, `${what} above the tab bar`).toBeLessThanOrEqual(band.bottom + 0.5);
    }
    // The summary at the top says it too (its list is the live region), as a link to the field.
    expect(await form.getByRole('alert').textContent()).toBe('Slut skal være efter start.');
    expect(await form.getByRole('alert').getByRole('link').getAttribute('href')).toBe('#event-ends');
    expect(page.url()).toMatch(/\/arrangementer\/nyt$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
