// The language, as a phone sees it (issue 19, part 7): English chosen on Mig is on
// <html lang> from the first paint after a reload, before the app's script has run (the
// inline script in index.html, allowed by the content security policy); the directory
// hint's own examples find colleagues in both languages; and the tab bar's words are never
// cut off ("Arrang…") on a 320 px phone, at normal text or at 200 %.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { signInWithDemo, waitForSynced } from '../support/e2e-helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-language-'));
let server: ServerProcess;
let browser: Browser;
/** A profile whose text size is twice the default (32 px instead of 16). */
let largeText: Browser;

async function signIn(which: Browser): Promise<void> {
  const page = await which.context.newPage();
  await signInWithDemo(page, server.url, 'anna@fjordby.example');
  await waitForSynced(page);
  await page.close();
}

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '400' });
  [browser, largeText] = await Promise.all([launchBrowser(), launchBrowser({ defaultFontSize: 32 })]);
  await Promise.all([signIn(browser), signIn(largeText)]);
});
afterAll(async () => {
  await browser?.close();
  await largeText?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Chooses the language on Mig, as a user would, whichever language the page is in now. */
async function chooseLanguage(page: Page, value: 'da' | 'en'): Promise<void> {
  await page.goto(`${server.url}/mig`);
  await page.getByRole('combobox', { name: /^(Sprog|Language)\b/ }).selectOption(value);
  await page.getByRole('heading', { name: value === 'da' ? 'Indstillinger' : 'Settings' }).waitFor();
}

describe('<html lang>', () => {
  it('is "en" from the first paint after English is chosen on Mig, and follows a change back', async () => {
    const page = await browser.context.newPage();
    await chooseLanguage(page, 'da');
    // The lang the document has when the parser reaches <body>: after the head's inline
    // script, before any module script (the app) has run, whatever it later sets.
    await page.addInitScript(() => {
      const seen = window as Window & { langAtBody?: string; appRanBeforeBody?: boolean };
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        seen.langAtBody = document.documentElement.lang;
        seen.appRanBeforeBody = document.getElementById('app')?.hasChildNodes() ?? false;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const atBody = () => page.evaluate(() => {
      const seen = window as Window & { langAtBody?: string; appRanBeforeBody?: boolean };
      return { lang: seen.langAtBody, appRan: seen.appRanBeforeBody };
    });

    await page.goto(`${server.url}/mig`);
    expect(await atBody()).toEqual({ lang: 'da', appRan: false });

    await chooseLanguage(page, 'en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.reload();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await atBody()).toEqual({ lang: 'en', appRan: false });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await axeViolations(page)).toEqual([]);

    // Back to Danish, without a reload: the app keeps the attribute in step.
    await chooseLanguage(page, 'da');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    await page.reload();
    await page.getByRole('heading', { name: 'Indstillinger' }).waitFor();
    expect(await atBody()).toEqual({ lang: 'da', appRan: false });
    await page.close();
  });
});

describe('the directory hint', () => {
  /** The examples the hint gives, as one would type them: "demens (dementia)" is typed "demens". */
  function examples(hint: string): string[] {
    const list = /(?:fx|e\.g\.) (.+?) (?:eller et navn|or a name)/.exec(hint)?.[1] ?? '';
    return list.split(', ').map((example) => example.replace(/\s*\(.*\)$/, '').trim()).filter((word) => word !== '');
  }

  it.each(['da', 'en'] as const)('in %s: every example finds colleagues', async (lang) => {
    const page = await browser.context.newPage();
    await chooseLanguage(page, lang);
    await page.goto(`${server.url}/`);
    const hint = page.locator('main p.muted', { hasText: lang === 'da' ? 'Skriv fx' : 'e.g.' }).first();
    await hint.waitFor();
    const words = examples((await hint.textContent()) ?? '');
    expect(words.length, `examples in "${await hint.textContent()}"`).toBeGreaterThanOrEqual(3);
    for (const word of words) {
      await page.goto(`${server.url}/?q=${encodeURIComponent(word)}`);
      // Found or not found, whichever the search says first.
      await page.locator('[data-testid="result-count"], [data-testid="no-results"]').first().waitFor({ timeout: 30_000 });
      const count = page.getByTestId('result-count');
      expect(await count.count(), `"${word}" finds no one`).toBe(1);
      expect(await count.textContent(), word).toMatch(lang === 'da' ? /kolleg(a|er) fundet|Viser \d+ af/ : /colleagues? found|Showing \d+ of/);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

interface TabMeasure { label: string; shown: boolean; fits: boolean; inside: boolean; iconShown: boolean; width: number; height: number; onScreen: boolean }

/** Each tab: its word, whether it is shown, fits its box (not cut to "Ar…") and stays inside the tab. */
function measureTabs(page: Page): Promise<TabMeasure[]> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="tab-bar"] .tab')].map((tab) => {
    const label = tab.querySelector<HTMLElement>('.tab__label')!;
    const box = tab.getBoundingClientRect();
    const words = label.getBoundingClientRect();
    const icon = tab.querySelector('.tab__icon')!.getBoundingClientRect();
    return {
      label: label.textContent ?? '',
      shown: words.width > 1 && words.height > 1,
      fits: label.scrollWidth <= label.clientWidth,
      inside: words.left >= box.left - 0.5 && words.right <= box.right + 0.5,
      iconShown: icon.width >= 16 && icon.height >= 16,
      width: box.width,
      height: box.height,
      onScreen: box.left >= -0.5 && box.right <= document.documentElement.clientWidth + 0.5,
    };
  }));
}

/** Every tab is at least 44 px, on screen, and named by its word (shown, or read when only the icon shows). */
async function expectWholeTabs(page: Page, where: string, mustShowWords: boolean): Promise<void> {
  const tabs = await measureTabs(page);
  expect(tabs.map((tab) => tab.label), where).toHaveLength(5);
  for (const tab of tabs) {
    const what = `${where}: ${tab.label}`;
    expect(tab.width, what).toBeGreaterThanOrEqual(44);
    expect(tab.height, what).toBeGreaterThanOrEqual(44);
    expect(tab.onScreen, what).toBe(true);
    if (mustShowWords) expect(tab.shown, what).toBe(true);
    if (tab.shown) {
      expect(tab.fits, `${what} is cut off`).toBe(true);
      expect(tab.inside, `${what} runs out of its tab`).toBe(true);
    } else {
      expect(tab.iconShown, `${what} shows neither its word nor its icon`).toBe(true);
    }
    const nav = page.getByRole('navigation', { name: where.includes('English') ? 'Main menu' : 'Hovedmenu' });
    expect(await nav.getByRole('link', { name: new RegExp(`^${tab.label}\\b`) }).count(), `${what} is its accessible name`).toBe(1);
  }
}

describe('the tab bar', () => {
  const sizes = [{ width: 320, height: 640 }, { width: 390, height: 844 }] as const;

  it('shows every word whole at 320 px, in Danish and in English, light and dark, axe clean', async () => {
    const page = await browser.context.newPage();
    for (const lang of ['Dansk', 'English'] as const) {
      await chooseLanguage(page, lang === 'English' ? 'en' : 'da');
      await page.goto(`${server.url}/arrangementer`);
      await page.locator('[data-testid="tab-bar"]').waitFor();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const size of sizes) {
          await page.setViewportSize(size);
          const where = `${lang}, ${colorScheme}, ${size.width}×${size.height}`;
          await expectWholeTabs(page, where, true);
          expect(await axeViolations(page), where).toEqual([]);
        }
      }
    }
    expect((await measureTabs(page)).map((tab) => tab.label)).toEqual(['Find', 'Networks', 'Events', 'Learning', 'Me']);
    await page.close();
  });

  it('cuts no word at 200 % text: whole words, or icons named by them', async () => {
    const page = await largeText.context.newPage();
    for (const lang of ['Dansk', 'English'] as const) {
      await chooseLanguage(page, lang === 'English' ? 'en' : 'da');
      await page.goto(`${server.url}/arrangementer`);
      await page.locator('[data-testid="tab-bar"]').waitFor();
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const size of sizes) {
          await page.setViewportSize(size);
          const where = `${lang}, ${colorScheme}, ${size.width}×${size.height}, 200 %`;
          await expectWholeTabs(page, where, false);
          expect(await axeViolations(page), where).toEqual([]);
        }
      }
      // Wide enough for the words at 200 % (a tablet): they come back.
      await page.setViewportSize({ width: 800, height: 1000 });
      await expectWholeTabs(page, `${lang}, 800 px, 200 %`, true);
    }
    await page.close();
  });
});
