// "Find kolleger" on a phone, card by card: the whole card opens the person (one link),
// "Ring" on the card when the number is visible, back keeps the list and the scroll,
// typo readings are said (with the exact search a link away), an empty result names its
// filters, person pages link their competences, and every target is at least 44×44.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { signInWithDemo } from '../support/e2e-helpers';
import { nameMismatches, openDirectory, resultCards, smallTargets } from '../support/directory-e2e';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-cards-'));
const dbFile = path.join(dir, 'db.sqlite');
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${dbFile}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '400' });
  browser = await launchBrowser();
  const page = await browser.context.newPage();
  await signInWithDemo(page, server.url, 'anna@fjordby.example');
  // Signed in once for the whole profile; the first sync has the directory when Demens is found.
  await openDirectory(page, server.url, 'q=demens');
  await page.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** People whose number others do not see (hidden, or none), from the server's database. */
function peopleWithoutVisiblePhone(): { id: string; name: string }[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`select id, name from people where (phone_hidden = 1 or phone = '') and deleted = 0 order by id`).all() as { id: string; name: string }[];
  } finally {
    db.close();
  }
}

/** Shows `pages` more pages of results with "Vis … flere". */
async function showMore(page: Page, pages: number): Promise<void> {
  for (let i = 0; i < pages; i++) {
    const before = await resultCards(page).count();
    await page.getByRole('button', { name: /^Vis \d+ (flere|mere)$/ }).click();
    await expect.poll(() => resultCards(page).count()).toBeGreaterThan(before);
  }
}

/**
 * Checks each card on the page: one link to the person, covering the card, at least 48 px
 * high; a Ring link (above the card's link) exactly when the number is visible. Counts both kinds.
 */
async function checkCards(page: Page, hidden: Set<string>): Promise<{ withRing: number; withoutRing: number }> {
  const counts = { withRing: 0, withoutRing: 0 };
  const cards = resultCards(page);
  const count = await cards.count();
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    await card.scrollIntoViewIfNeeded();
    const facts = await card.evaluate((li) => {
      const rect = li.getBoundingClientRect();
      const hrefAt = (x: number, y: number) => document.elementFromPoint(x, y)?.closest('a')?.getAttribute('href') ?? null;
      const call = li.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
      const callRect = call?.getBoundingClientRect();
      return {
        personId: li.getAttribute('data-person-id')!,
        height: rect.height,
        personLinks: [...li.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.startsWith('/personer/')).length,
        tabStops: [...li.querySelectorAll('a[href], button, input, [tabindex]')].map((a) => (a.getAttribute('href')?.startsWith('tel:') ? 'tel' : 'person')),
        // Near the corners (where a thumb lands) and in the middle: all open the person.
        probes: [hrefAt(rect.left + 10, rect.top + 10), hrefAt(rect.left + 10, rect.bottom - 10), hrefAt(rect.right - 10, rect.bottom - 10),
          hrefAt(rect.left + rect.width / 2, rect.top + rect.height / 2)],
        call: call ? { href: call.getAttribute('href'), label: call.getAttribute('aria-label'), text: call.textContent,
          hit: hrefAt(callRect!.left + callRect!.width / 2, callRect!.top + callRect!.height / 2) } : null,
      };
    });
    const what = `card ${i} (${facts.personId})`;
    expect(facts.personLinks, what).toBe(1);
    expect(facts.height, what).toBeGreaterThanOrEqual(48);
    expect(facts.probes, what).toEqual(Array(4).fill(`/personer/${encodeURIComponent(facts.personId)}`));
    expect(facts.call !== null, `${what} has Ring exactly when its number is visible`).toBe(!hidden.has(facts.personId));
    if (facts.call) {
      counts.withRing++;
      expect(facts.call.href).toMatch(/^tel:\+?\d{8,}$/);
      expect(facts.call.hit).toBe(facts.call.href); // above the card's link, not under it
      expect(facts.call.text).toBe('Ring');
      expect(facts.call.label).toMatch(/^Ring til /); // the visible word starts its name (WCAG 2.5.3)
      expect(facts.tabStops, what).toEqual(['person', 'tel']);
    } else {
      counts.withoutRing++;
      expect(facts.tabStops, what).toEqual(['person']);
    }
  }
  return counts;
}

describe('result cards', () => {
  it('are one link each that covers the card (at least 48 px high), with Ring when the number is visible', async () => {
    const page = await browser.context.newPage();
    const hiddenPeople = peopleWithoutVisiblePhone();
    const hidden = new Set(hiddenPeople.map((person) => person.id));
    // Everyone who can help with something: a long list.
    await openDirectory(page, server.url, 'kanHjaelpe=true');
    await showMore(page, 3);
    const many = await checkCards(page, hidden);
    expect(many.withRing).toBeGreaterThan(0);
    expect(await smallTargets(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // The seed hides about one number in twenty: someone whose number is hidden, by name.
    expect(hiddenPeople.length).toBeGreaterThan(0);
    await openDirectory(page, server.url, `q=${encodeURIComponent(hiddenPeople[0]!.name)}`);
    expect((await checkCards(page, hidden)).withoutRing).toBeGreaterThan(0);
  });

  it('say where the words were found when no competence matched', async () => {
    const page = await browser.context.newPage();
    await openDirectory(page, server.url, 'q=hjemmeplejen%20nord');
    const why = await resultCards(page).first().locator('.result-card__why').textContent();
    expect(why).toBe('Fundet i enheden');
    await openDirectory(page, server.url, 'q=anna');
    expect(await resultCards(page).first().locator('.result-card__why').textContent()).toMatch(/^Fundet i navnet/);
  });
});

describe('your place in the list', () => {
  it('is kept when going back from a person page, and on a reload: how many were shown and the scroll position', async () => {
    const page = await browser.context.newPage();
    await openDirectory(page, server.url, 'q=demens');
    await showMore(page, 1);
    const shown = await resultCards(page).count();
    expect(shown).toBe(30);
    const card = resultCards(page).nth(22);
    await card.scrollIntoViewIfNeeded();
    const id = (await card.getAttribute('data-person-id'))!;
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(400);
    /** Where the card opened is, in the window: the place to come back to. */
    const cardTop = () => page.evaluate((personId) => Math.round(document.querySelector(`[data-person-id="${personId}"]`)?.getBoundingClientRect().top ?? NaN), id);
    const top = await cardTop();
    const name = (await card.locator('.result-card__link').textContent())!;

    // A tap on the card's last line (not on the name) opens the person.
    const box = (await card.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 8);
    await page.waitForURL(/\/personer\//);
    await page.getByRole('heading', { level: 1, name }).waitFor();

    await page.goBack();
    await expect.poll(() => resultCards(page).count()).toBe(shown);
    await expect.poll(cardTop).toBe(top);

    // Coming back by a new link to the same search (as the Find tab does) finds it too.
    await page.goto(`${server.url}/kompetencer`);
    await page.getByRole('heading', { name: 'Kompetencekataloget' }).waitFor();
    await page.evaluate(() => { history.pushState(history.state, '', '/?q=demens'); dispatchEvent(new PopStateEvent('popstate')); });
    await expect.poll(() => resultCards(page).count()).toBe(shown);
    await expect.poll(cardTop).toBe(top);

    // A phone may reload the app in the background: the place survives that as well.
    await page.reload();
    await expect.poll(() => resultCards(page).count(), { timeout: 30_000 }).toBe(shown);
    await expect.poll(cardTop).toBe(top);

    // Another search starts at the top, with one page.
    await page.goto(`${server.url}/?q=ordblindhed`);
    await resultCards(page).first().waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await resultCards(page).count()).toBeLessThanOrEqual(15);
  });
});

describe('typo readings', () => {
  it('says which word was searched for, and searches for the word as typed on request', async () => {
    const page = await browser.context.newPage();
    await openDirectory(page, server.url, 'q=regnign');
    const notice = page.getByTestId('typo-reading');
    await expect.poll(() => notice.locator('p').first().textContent()).toBe('Viser resultater for »regning«.');
    expect(await axeViolations(page)).toEqual([]);

    await notice.getByRole('link', { name: 'Søg i stedet efter »regnign«' }).click();
    await expect.poll(() => page.url()).toContain('eksakt=true');
    await page.getByText('Ingen kolleger fundet for »regnign«.').waitFor();
    expect(await resultCards(page).count()).toBe(0);
    const exact = page.getByTestId('exact-search');
    expect(await exact.locator('p').first().textContent()).toBe('Søger kun efter »regnign«, præcis som det er skrevet.');
    expect(await axeViolations(page)).toEqual([]);

    // The way back, and typing a new query reads typos again.
    await exact.getByRole('link', { name: 'Søg også efter ord, der ligner' }).click();
    await resultCards(page).first().waitFor();
    expect(page.url()).not.toContain('eksakt');
    await page.goto(`${server.url}/?q=regnign&eksakt=true`);
    await page.getByTestId('exact-search').waitFor();
    await page.getByLabel('Søg efter kompetence eller navn').fill('fundrasing');
    await resultCards(page).first().waitFor();
    await expect.poll(() => page.getByTestId('typo-reading').locator('p').first().textContent()).toBe('Viser resultater for »fundraising«.');
    await expect.poll(() => page.url()).not.toContain('eksakt');
  });
});

describe('the empty state', () => {
  it('names the active filters and clears them with "Nulstil filtre"', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?q=demens&omraade=a-teknik&niveau=3&kanHjaelpe=true`);
    const empty = page.getByTestId('no-results');
    await empty.waitFor({ timeout: 30_000 });
    expect(await empty.locator('p').first().textContent()).toBe('Ingen kolleger fundet for »demens«.');
    expect(await empty.getByTestId('active-filters').locator('li').allTextContents())
      .toEqual(['Område: Teknik og miljø', 'Mindste niveau: Ekspert', 'Kan hjælpe andre']);
    expect(await smallTargets(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await empty.getByRole('button', { name: 'Nulstil filtre' }).click();
    await resultCards(page).first().waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=demens');
    expect(await page.getByTestId('no-results').count()).toBe(0);
  });
});

describe('a person page', () => {
  it('links each competence, names its contact links by their visible text, and has only large targets', async () => {
    const page = await browser.context.newPage();
    await openDirectory(page, server.url, 'q=demens');
    const name = (await resultCards(page).first().locator('.result-card__link').textContent())!;
    await resultCards(page).first().locator('.result-card__link').click();
    await page.getByRole('heading', { level: 1, name }).waitFor();

    const contact = await page.locator('.contact-actions a').evaluateAll((links) => links.map((a) => ({
      href: a.getAttribute('href')!, label: a.getAttribute('aria-label'), text: (a as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    })));
    expect(contact.every((link) => link.label === null)).toBe(true); // named by what it shows
    const tel = contact.find((link) => link.href.startsWith('tel:'));
    if (tel) expect(tel.text).toMatch(/^Ring \+45/);
    expect(contact.find((link) => link.href.startsWith('mailto:'))?.text).toMatch(/^Send e-mail \S+@fjordby\.example$/);
    expect(await nameMismatches(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    const competence = page.locator('.person-competences a').filter({ hasText: 'Demens' }).first();
    expect(await competence.getAttribute('href')).toMatch(/^\/kompetencer\//);
    await competence.click();
    await page.getByRole('heading', { level: 1, name: 'Demens' }).waitFor();
    await page.getByRole('heading', { name: 'Kolleger med kompetencen' }).waitFor();
  });

  it('explains "Videndeler" where the badge is shown', async () => {
    const page = await browser.context.newPage();
    await openDirectory(page, server.url, 'videndeler=true');
    await resultCards(page).first().locator('.result-card__link').click();
    await page.waitForURL(/\/personer\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The person page's badge (a span; the list's are list items, and may still be on the way out).
    await page.locator('main span.badge--sharer').waitFor();
    await page.getByText('En videndeler er udpeget i sit område til at dele viden og kan kontaktes med spørgsmål.').waitFor();
    // And by the filter that finds them.
    await page.goBack();
    await resultCards(page).first().waitFor();
    expect(await page.getByLabel('Kun videndelere').getAttribute('aria-describedby')).toBe('sharer-explained');
    expect(await page.locator('#sharer-explained').textContent()).toMatch(/^En videndeler er udpeget/);
  });
});

describe('the directory screen', () => {
  it('has only targets of at least 44×44 and names that contain what they show, filters open, at 390 and 320 px', async () => {
    const page = await browser.context.newPage();
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 640 });
      // With a filter set the filters are open; with a typo reading its notice is shown.
      await openDirectory(page, server.url, 'q=regnign&kanHjaelpe=true');
      await page.getByLabel('Kan hjælpe andre').waitFor();
      await page.getByTestId('typo-reading').waitFor();
      expect(await smallTargets(page), `${width} px`).toEqual([]);
      expect(await nameMismatches(page), `${width} px`).toEqual([]);
    }
  });
});
