// Measurements the directory's browser tests share: cards, touch targets, sideways
// overflow, accessible names against visible text.
import type { Page } from 'playwright-core';

export const resultCards = (page: Page) => page.locator('[data-testid="result-list"] > li');

/** Opens the directory on `search` (a query string) and waits for its first card. */
export async function openDirectory(page: Page, baseUrl: string, search: string): Promise<void> {
  await page.goto(`${baseUrl}/?${search}`);
  await resultCards(page).first().waitFor({ timeout: 30_000 });
}

/**
 * Interactive elements in `main` smaller than 44×44 CSS px, described. A checkbox or radio
 * button counts as its label, which takes the tap as well.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(`main ${selector}`)].flatMap((element) => {
      const choice = element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio');
      const target = choice ? element.closest('label') ?? element : element;
      const rect = target.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return []; // not shown (closed details, hidden)
      return rect.width >= 44 && rect.height >= 44 ? [] : [`${element.outerHTML.slice(0, 90)} ${Math.round(rect.width)}×${Math.round(rect.height)}`];
    });
  });
}

/** How far the page reaches past the viewport sideways, in CSS px (0 when it does not). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Links and buttons whose aria-label does not contain their visible text (WCAG 2.5.3). */
export function nameMismatches(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const norm = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
    return [...document.querySelectorAll<HTMLElement>('main a[aria-label], main button[aria-label]')]
      .filter((element) => norm(element.innerText) !== '' && !norm(element.getAttribute('aria-label')!).includes(norm(element.innerText)))
      .map((element) => `${element.getAttribute('aria-label')} / ${element.innerText}`);
  });
}
