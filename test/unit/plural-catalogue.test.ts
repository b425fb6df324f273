// Every count in the catalogues goes through the plural helper: a message with a number
// placeholder is a `<key>_one` / `<key>_other` pair (plural.ts), so no screen says
// "1 arrangementer" or "1 events". The rule: a placeholder is a number unless its name is
// one of the words below; a number outside a pair's `{n}` needs an entry, with its reason,
// in the short list of numbers that are not counts of a noun.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstPaintCatalogue } from '../../src/shared/i18n/messages-en';
import type { Catalogue } from '../../src/shared/i18n/messages';
import { translateCount } from '../../src/shared/i18n/plural';
import { errorMessages } from '../../src/shared/protocol';

/** Placeholders that stand for words, not numbers: what each one is filled with. */
const WORDS: Record<string, string> = {
  name: 'a person, competence, network or event name',
  names: 'a list of names',
  title: 'an event or learning title',
  person: 'a person name',
  unit: 'a unit name',
  area: 'an area name',
  q: 'the search as typed',
  what: 'a count already in words ("2 ændringer og 1 kladde", components/left-behind.ts)',
  email: 'an e-mail address',
  message: 'a server message',
  fields: 'a list of field names in words',
  header: 'a column header from the file',
  level: 'a level in words (Grundlæggende, Erfaren, Ekspert)',
  v: 'a version letter, A or B',
  how: 'how a file was read, in words ("CSV, utf-8")',
  date: 'a formatted date (a year is part of a date, never counted)',
  time: 'a formatted clock time or moment',
  place: 'an event\'s location as its organizer wrote it',
  question: 'a pulse check\'s question (a characteristic of the learning organisation) in words',
};

/** Numbers that are not counts of a noun, `key.placeholder` (a pair by its base key): why no plural form. */
const NOT_COUNTS: Record<string, string> = {
  'eventFullExpectedPlace.n': 'an ordinal: "som nr. {n}" on the waiting list',
  'stateWaitlisted.n': 'an ordinal: "Venteliste nr. {n}"',
  'gapShortCell.n': 'a signed difference in a table cell: "−{n}"',
  'refusedNeeds.now': 'a value after its label ("behov i dag 3"): no noun agrees with it',
  'refusedNeeds.later': 'a value after its label ("om 5 år 4"): no noun agrees with it',
  'unitSummaryShort.now': 'people short, with no noun after it: "mangler 2 i dag" reads for every number',
  'unitSummaryShort.later': 'people short, with no noun after it: "og 1 om 5 år" reads for every number',
  'resultCountMany.shown': 'how many of {n} are shown: the noun agrees with {n}',
  'unitRegistered.total': 'the whole that {n} is part of ("2 af 14"): the verb agrees with {n}',
  'pulseAnswered.total': 'the people asked, the whole that {n} is part of ("6 af 14 har svaret"): the verb agrees with {n}',
  'pulseAnswered.rate': 'a percentage ("43 %"): no noun agrees with it',
  'eventSeats.confirmed': 'the seats taken of the capacity {n}: the noun agrees with {n}',
  'eventSeatsNeverSynced.confirmed': 'the seats taken of the capacity {n}: the noun agrees with {n}',
  'importLine.n': 'a line number in a file: "Linje 14"',
  'formAtLeast.min': 'a number field\'s lower bound, with no noun: "Skriv mindst 1."',
  'formAtMost.max': 'a number field\'s upper bound, with no noun: "Skriv højst 500."',
  'formTooLong.max': 'a text field\'s length limit (maxLength), never 1: "tegn" is the same in both forms in Danish',
};

const sectionsDir = path.resolve('src/shared/i18n/sections');

/** Every catalogue: the core one, each section's, and the server's error messages. */
async function allCatalogues(): Promise<[string, Catalogue][]> {
  const sections = await Promise.all(fs.readdirSync(sectionsDir).filter((file) => file.endsWith('.ts')).map(async (file) => {
    const module = (await import(path.join(sectionsDir, file))) as Record<string, unknown>;
    return Object.values(module)
      .filter((value): value is Catalogue => typeof value === 'object' && value !== null)
      .map((catalogue): [string, Catalogue] => [file, catalogue]);
  }));
  return [['messages.ts', firstPaintCatalogue], ...sections.flat(), ['protocol/errors.ts', errorMessages]];
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
/** `resultCount` of `resultCount_one`; `learnSource_other` is not a plural form unless a `learnSource_one` exists. */
function pairBase(key: string, keys: Map<string, unknown>): string | null {
  const [, base, form] = /^(.+)_(one|other)$/.exec(key) ?? [];
  if (base === undefined) return null;
  return form === 'one' || keys.has(`${base}_one`) ? base : null;
}

interface Finding { problems: string[]; allowed: Set<string> }

/** What the rule finds wrong in a catalogue, and which NOT_COUNTS entries it leaned on. */
function scan(keys: Map<string, { da: string; en: string }>): Finding {
  const problems: string[] = [];
  const allowed = new Set<string>();
  for (const [key, entry] of keys) {
    const base = pairBase(key, keys);
    const paired = base !== null && keys.has(`${base}_one`) && keys.has(`${base}_other`);
    if (base !== null && !paired) problems.push(`${key}: a counted form without its partner (${base}_one / ${base}_other)`);
    for (const text of [entry.da, entry.en]) {
      for (const name of placeholders(text)) {
        if (Object.hasOwn(WORDS, name)) continue;
        // A pair's {n} is its count: the plural helper picks the form by it.
        if (paired && name === 'n') continue;
        const entryName = `${paired ? base : key}.${name}`;
        if (Object.hasOwn(NOT_COUNTS, entryName)) allowed.add(entryName);
        else problems.push(`${key}: {${name}} is a number without a plural form ("${text}")`);
      }
    }
  }
  return { problems: [...new Set(problems)], allowed };
}

describe('the catalogues count through the plural helper', () => {
  it('has no number placeholder without an _one form, and no stale exception', async () => {
    const keys = new Map<string, { da: string; en: string }>();
    for (const [, catalogue] of await allCatalogues()) for (const [key, entry] of Object.entries(catalogue)) keys.set(key, entry);
    expect(keys.size).toBeGreaterThan(300);
    const { problems, allowed } = scan(keys);
    expect(problems).toEqual([]);
    expect(Object.keys(NOT_COUNTS).filter((entry) => !allowed.has(entry))).toEqual([]);
  });

  it('catches a count written without its pair', () => {
    const found = scan(new Map([
      ['eventsCount', { da: '{n} arrangementer', en: '{n} events' }],
      ['lonely_one', { da: '1 netværk', en: '1 network' }],
      ['unitShort', { da: '{risks} sårbare', en: '{risks} vulnerable' }],
    ]));
    expect(found.problems).toEqual([
      'eventsCount: {n} is a number without a plural form ("{n} arrangementer")',
      'eventsCount: {n} is a number without a plural form ("{n} events")',
      'lonely_one: a counted form without its partner (lonely_one / lonely_other)',
      'unitShort: {risks} is a number without a plural form ("{risks} sårbare")',
      'unitShort: {risks} is a number without a plural form ("{risks} vulnerable")',
    ]);
  });

  it('needs only one and other in Danish and English', () => {
    for (const locale of ['da-DK', 'en-GB']) {
      expect(new Intl.PluralRules(locale).resolvedOptions().pluralCategories.sort(), locale).toEqual(['one', 'other']);
    }
  });

  it('reads right for 0, 1 and 2 where the issue found it wrong', async () => {
    await import('../../src/shared/i18n/sections/units');
    await import('../../src/shared/i18n/sections/events');
    expect(translateCount('da', 'unitSummaryRisks', 1)).toBe('1 sårbar');
    expect(translateCount('da', 'unitSummaryRisks', 2)).toBe('2 sårbare');
    expect(translateCount('da', 'closeCountEvents', 1)).toBe('1 arrangement');
    expect(translateCount('da', 'closeCountLearnings', 0)).toBe('0 læringer');
    expect(translateCount('en', 'closeCountEvents', 1)).toBe('1 event');
    expect(translateCount('en', 'pendingCount', 1)).toBe('1 change waiting');
    expect(translateCount('da', 'pendingCount', 1234)).toBe('1.234 ændringer venter');
    expect(translateCount('da', 'eventSeatsNeverSynced', 1, { confirmed: 0 })).toBe('0/1 plads');
  });
});
