// The organisation import in Chromium (issue 20): the admin reaches it from Mig, picks the
// HR file, reads the dry run, confirms; axe clean, nothing off the side at 320 px, light
// and dark. Anna's phone, signed in before, shows her new unit after its next sync.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/spawn-server';
import { axeViolations, launchBrowser, type Browser } from '../support/browser';
import { expectSmallScreenClean } from '../support/small-screens';
import { dismissInstallOffer, openTab, signInWithDemo, waitForSynced } from '../support/e2e-helpers';
import { openDb } from '../../src/server/db/database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-e2e-import-'));
const dbFile = path.join(dir, 'db.sqlite');
let server: ServerProcess;
let admin: Browser;
let anna: Browser;

beforeAll(async () => {
  server = await spawnServer({ DATABASE_URL: `file:${dbFile}`, STATIC_DIR: path.resolve('dist'), DEMO_PEOPLE: '120' });
  admin = await launchBrowser();
  anna = await launchBrowser();
});
afterAll(async () => {
  await admin?.close();
  await anna?.close();
  await server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

const POLL = { timeout: 15_000 };

/** HR's file: everyone as they are, but Anna in a new unit of her area. */
async function hrFile(): Promise<string> {
  const db = openDb(`file:${dbFile}`);
  try {
    const rows = await db.kysely.selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id').innerJoin('areas', 'areas.id', 'units.area_id')
      .select(['people.name', 'people.email', 'people.title', 'units.name as unit', 'areas.name as area']).where('people.deleted', '=', 0).execute();
    const lines = rows.map((r) => [r.name, r.email, r.title, r.email === 'anna@fjordby.example' ? 'Fjordby Læringscenter' : r.unit, r.area].join(';'));
    const file = path.join(dir, 'medarbejdere.csv');
    fs.writeFileSync(file, `\uFEFF${['Navn;E-mail;Stilling;Enhed;Område', ...lines].join('\r\n')}\r\n`);
    return file;
  } finally {
    await db.close();
  }
}

describe('the organisation import', () => {
  it('is read as a dry run, confirmed by the admin, and reaches a moved colleague\'s phone', async () => {
    const phone = await anna.context.newPage();
    await signInWithDemo(phone, server.url, 'anna@fjordby.example');
    await waitForSynced(phone);
    await dismissInstallOffer(phone);
    await openTab(phone, 'Mig');
    const unitBefore = await phone.getByTestId('my-unit-link').textContent(POLL);
    expect(unitBefore).not.toBe('Fjordby Læringscenter');

    const page = await admin.context.newPage();
    await signInWithDemo(page, server.url, 'admin@fjordby.example');
    await waitForSynced(page);
    await dismissInstallOffer(page);
    await openTab(page, 'Mig');
    await page.getByRole('link', { name: 'Importér organisationen' }).click();
    await page.getByRole('heading', { name: 'Importér organisationen', level: 1 }).waitFor(POLL);
    expect(await axeViolations(page)).toEqual([]);

    // No file yet: said under the field, which gets focus.
    await page.getByRole('button', { name: 'Se hvad der ændres' }).click();
    await page.getByText('Vælg en fil først.').first().waitFor(POLL);

    await page.getByLabel('Fil fra løn- og personalesystemet').setInputFiles(await hrFile());
    await page.getByRole('button', { name: 'Se hvad der ændres' }).click();
    const result = page.getByTestId('import-result');
    await result.getByRole('heading', { name: 'Prøvekørsel – intet er gemt endnu.' }).waitFor(POLL);
    await result.getByText('Flytter enhed').click();
    await result.getByText(/^Anna .*: .* → Fjordby Læringscenter \(/).waitFor(POLL);
    expect(await result.getByText('Nye enheder').locator('..').textContent()).toContain('1');
    expect(await axeViolations(page)).toEqual([]);
    await expectSmallScreenClean(page);

    await page.getByRole('button', { name: 'Importér ændringerne' }).click();
    await result.getByRole('heading', { name: /^Importeret\./ }).waitFor(POLL);

    // Anna's phone: the next sync brings her new unit.
    await phone.reload();
    await waitForSynced(phone);
    await phone.getByTestId('my-unit-link').getByText('Fjordby Læringscenter').waitFor(POLL);
  });

  it('asks once which column a header of HR\'s own words is, and remembers it', async () => {
    const page = await admin.context.newPage();
    await page.goto(`${server.url}/admin/import`);
    await page.getByRole('heading', { name: 'Importér organisationen', level: 1 }).waitFor(POLL);
    const file = path.join(dir, 'eget-format.csv');
    fs.writeFileSync(file, fs.readFileSync(await hrFile(), 'utf8').replace('Navn;E-mail;Stilling;Enhed;Område', 'Navn;E-mail;Stilling;Arbejdssted;Forv.'));
    await page.getByLabel('Fil fra løn- og personalesystemet').setInputFiles(file);
    await page.getByRole('button', { name: 'Se hvad der ændres' }).click();
    const mapping = page.getByTestId('column-mapping');
    await mapping.getByText('Filen mangler kolonner, Videnbro kender: enhed, område.', { exact: false }).waitFor(POLL);
    expect(await axeViolations(page)).toEqual([]);
    await mapping.getByLabel('Kolonnen »Arbejdssted« er').selectOption('unit');
    await mapping.getByLabel('Kolonnen »Forv.« er').selectOption('area');
    await mapping.getByRole('button', { name: 'Læs filen igen med disse kolonner' }).click();
    // Read as a whole now: the organisation as it already is (imported above).
    await page.getByTestId('import-result').getByRole('heading', { name: 'Filen ændrer intet.' }).waitFor(POLL);
    await mapping.waitFor({ state: 'detached', ...POLL });
    // Remembered on this device: the next time, the same file is read at once.
    await page.reload();
    await page.getByText('Dine egne kolonnenavne bruges: Arbejdssted → enhed, Forv. → område.').waitFor(POLL);
    await page.getByLabel('Fil fra løn- og personalesystemet').setInputFiles(file);
    await page.getByRole('button', { name: 'Se hvad der ændres' }).click();
    await page.getByTestId('import-result').getByRole('heading', { name: 'Filen ændrer intet.' }).waitFor(POLL);
    expect(await page.getByTestId('column-mapping').count()).toBe(0);
    await page.getByRole('button', { name: 'Glem mine kolonnenavne' }).click();
    expect(await page.evaluate(() => localStorage.getItem('videnbro.importColumns'))).toBeNull();
  });

  it('shows the import and the sign-ins in the log, found by words and kind', async () => {
    const page = await admin.context.newPage();
    await page.goto(`${server.url}/mig`);
    await page.getByRole('link', { name: 'Log over handlinger' }).click();
    await page.getByRole('heading', { name: 'Log over handlinger', level: 1 }).waitFor(POLL);
    const list = page.getByTestId('log-list');
    await list.getByText('medarbejdere.csv').waitFor(POLL);
    await page.getByLabel('Slags').selectOption({ label: 'Login' });
    await page.getByRole('searchbox', { name: 'Søg på navn, e-mail eller fil' }).fill('anna@');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="log-list"] li')].every((li) => li.textContent?.includes('anna@fjordby.example')) && document.querySelectorAll('[data-testid="log-list"] li').length > 0);
    expect(await list.getByText('medarbejdere.csv').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Hent som CSV (regneark)' }).getAttribute('href')).toBe('/api/admin/log.csv?q=anna%40&action=signIn');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('finds a person, makes her a knowledge sharer and an organizer, and the server has it', async () => {
    const page = await admin.context.newPage();
    await page.goto(`${server.url}/mig`);
    await page.getByRole('link', { name: 'Personer og roller' }).click();
    await page.getByRole('heading', { name: 'Personer og roller', level: 1 }).waitFor(POLL);
    // By name through the directory's forgiving search: her surname with two letters swapped.
    const db0 = openDb(`file:${dbFile}`);
    const { name } = await db0.kysely.selectFrom('people').select('name').where('email', '=', 'anna@fjordby.example').executeTakeFirstOrThrow();
    await db0.close();
    const surname = name.split(' ').at(-1)!;
    const search = page.getByRole('searchbox', { name: 'Søg på navn eller e-mail' });
    await search.fill(`${name.split(' ')[0]} ${surname.slice(0, -2)}${surname.at(-1)}${surname.at(-2)}`);
    await page.getByTestId('people-matches').getByRole('button', { name: `Vælg ${name}` }).waitFor(POLL);
    // By e-mail as written.
    await search.fill('anna@fjordby');
    await page.getByRole('button', { name: /^Vælg Anna / }).click();
    const editor = page.getByTestId('person-editor');
    await editor.getByLabel(/^Videndeler for .+ \(kan kontaktes med spørgsmål\)$/).check();
    await editor.getByLabel('Arrangør (opretter arrangementer)').check();
    expect(await axeViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Gem ændringer' }).click();
    await editor.getByText(/^Gemt på serveren\./).waitFor(POLL);
    await waitForSynced(page);
    const db = openDb(`file:${dbFile}`);
    try {
      const anna = await db.kysely.selectFrom('people').select(['roles', 'knowledge_sharer']).where('email', '=', 'anna@fjordby.example').executeTakeFirstOrThrow();
      expect(anna).toEqual({ roles: '["employee","organizer"]', knowledge_sharer: 1 });
    } finally {
      await db.close();
    }
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('renames a unit and creates an area; a colleague\'s phone shows the new name', async () => {
    const page = await admin.context.newPage();
    await page.goto(`${server.url}/mig`);
    await page.getByRole('link', { name: 'Områder og enheder' }).click();
    await page.getByRole('heading', { name: 'Områder og enheder', level: 1 }).waitFor(POLL);
    const unitSelect = page.getByLabel('Enhed', { exact: true });
    const value = await unitSelect.locator('option', { hasText: 'Fjordby Læringscenter (' }).getAttribute('value');
    await unitSelect.selectOption(value!);
    expect(await page.getByLabel('Enhedens navn').inputValue()).toBe('Fjordby Læringscenter');
    await page.getByLabel('Enhedens navn').fill('Fjordby Videnscenter');
    await page.getByRole('button', { name: 'Gem enhed' }).click();
    await page.getByText(/^Gemt på serveren\./).waitFor(POLL);
    // A blank area name is said under the field.
    await page.getByRole('button', { name: 'Opret område' }).click();
    await page.getByText('Skriv et navn.').first().waitFor(POLL);
    await page.getByLabel('Områdets navn').fill('Klima og Miljø');
    await page.getByRole('button', { name: 'Opret område' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await waitForSynced(page);

    const phone = await anna.context.newPage();
    await phone.goto(`${server.url}/mig`);
    await waitForSynced(phone);
    await phone.getByTestId('my-unit-link').getByText('Fjordby Videnscenter').waitFor(POLL);
    const db = openDb(`file:${dbFile}`);
    try {
      expect(await db.kysely.selectFrom('areas').select('name').where('name', '=', 'Klima og Miljø').execute()).toEqual([{ name: 'Klima og Miljø' }]);
    } finally {
      await db.close();
    }
  });

  it('adds a competence to the catalogue, finds it by a synonym, and merges it into another', async () => {
    const page = await admin.context.newPage();
    await page.goto(`${server.url}/mig`);
    await page.getByRole('link', { name: 'Kompetencekataloget' }).click();
    await page.getByRole('heading', { name: 'Kompetencekataloget', level: 1 }).waitFor(POLL);
    const form = page.getByTestId('competence-form');
    // Without a name: said under the field, and nothing sent.
    await form.getByRole('button', { name: 'Gem kompetencen' }).click();
    await form.getByText('Skriv kompetencens navn.').first().waitFor(POLL);
    // A name the catalogue has: the server's refusal is said right here, not only on Mig.
    await form.getByLabel('Navn', { exact: true }).fill('Tegnsprog');
    await form.getByRole('button', { name: 'Gem kompetencen' }).click();
    await page.getByRole('alert').getByText('Ikke gemt: Der findes allerede en kompetence med det navn.', { exact: false }).waitFor(POLL);
    await form.getByLabel('Navn', { exact: true }).fill('Taktilt tegnsprog');
    await form.getByLabel('Synonymer').fill('døvblinde, håndtegn');
    await form.getByRole('button', { name: 'Gem kompetencen' }).click();
    await page.getByText(/^Gemt på serveren\./).waitFor(POLL);
    await waitForSynced(page);
    await page.getByRole('searchbox', { name: 'Find en kompetence' }).fill('håndtegn');
    await page.getByTestId('catalogue-list').getByText('Taktilt tegnsprog').waitFor(POLL);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Ret Taktilt tegnsprog' }).click();
    const merge = page.getByTestId('competence-merge');
    await merge.getByRole('heading', { name: 'Læg Taktilt tegnsprog sammen med en anden' }).waitFor(POLL);
    expect(await form.getByLabel('Navn', { exact: true }).inputValue()).toBe('Taktilt tegnsprog');
    await merge.getByLabel('Find den kompetence, den skal indgå i').fill('tegnsprog');
    await merge.getByRole('button', { name: /^Tegnsprog/ }).click();
    await merge.getByTestId('cat-merge-chosen').getByText('Indgår i: Tegnsprog').waitFor(POLL);
    expect(await axeViolations(page)).toEqual([]);
    await merge.getByRole('button', { name: 'Læg sammen' }).click();
    await page.getByText(/^Gemt på serveren\./).waitFor(POLL);
    await waitForSynced(page);
    const db = openDb(`file:${dbFile}`);
    try {
      expect(await db.kysely.selectFrom('competences').select(['deleted', 'merged_into']).where('name', '=', 'Taktilt tegnsprog').execute())
        .toEqual([{ deleted: 1, merged_into: 'tegnsprog' }]);
    } finally {
      await db.close();
    }
    // Gone from the admin's catalogue too, after the pull.
    await page.getByRole('searchbox', { name: 'Find en kompetence' }).fill('håndtegn');
    await page.getByText('Ingen kompetencer matcher »håndtegn«.').waitFor(POLL);
  });

  it('keeps every admin page whole at 200 % text and 320 px, light and dark, axe clean', async () => {
    const large = await launchBrowser({ defaultFontSize: 32, viewport: { width: 320, height: 640 } });
    try {
      const page = await large.context.newPage();
      await signInWithDemo(page, server.url, 'admin@fjordby.example');
      await waitForSynced(page);
      await dismissInstallOffer(page);
      for (const [path, heading] of [['import', 'Importér organisationen'], ['personer', 'Personer og roller'], ['enheder', 'Områder og enheder'], ['kompetencer', 'Kompetencekataloget'], ['log', 'Log over handlinger']]) {
        await page.goto(`${server.url}/admin/${path}`);
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor(POLL);
        await expectSmallScreenClean(page, { where: path });
      }
    } finally {
      await large.close();
    }
  });

  it('tells an employee that only admins can import', async () => {
    const page = await anna.context.newPage();
    await page.goto(`${server.url}/admin/import`);
    await page.getByText('Kun administratorer kan bruge denne side.').waitFor(POLL);
    expect(await axeViolations(page)).toEqual([]);
  });
});
