// The directory search engine: Danish folding, typos, prefixes, ranking, filters,
// several words, suggestions, and changes applied in place.
import { describe, expect, it } from 'vitest';
import { createDirectoryIndex } from '../../src/shared/search';
import { directoryFixture as data, holding, person } from '../support/directory-fixture';

describe('createDirectoryIndex', () => {
  it('finds competence holders first, then mentions in a bio; level and "kan hjælpe" rank higher', () => {
    const index = createDirectoryIndex(data());
    expect(index.search('demens')).toEqual(['p2', 'p1', 'p4', 'p3']);
  });

  it('folds case, æ/ø/å and the old spellings', () => {
    const index = createDirectoryIndex(data());
    for (const query of ['aagaard', 'ÅGÅRD', 'Agård', 'soeren', 'søren']) expect(index.search(query)).toEqual(['p2']);
    expect(index.search('oestergaard')).toEqual(['p3']);
  });

  it('finds by synonym, by prefix while typing, and through typos that grow with word length', () => {
    const index = createDirectoryIndex(data());
    expect(index.search('alzh')).toContain('p2');
    expect(index.search('dysleksi')).toEqual(['p3']);
    expect(index.search('ordbl')).toEqual(['p3']);
    expect(index.search('demnes')).toContain('p1'); // a swap
    expect(index.search('fundrasing')).toEqual(['p5']); // a dropped letter in a long word
    expect(index.search('dem')).toContain('p1'); // prefix
    expect(index.search('dxm')).toEqual([]); // short words get no typos
  });

  it('narrows with several words, across fields', () => {
    const index = createDirectoryIndex(data());
    expect(index.search('demens nat')).toEqual(['p4']);
    // "nord" is also one typo from "ord…" (Ordblindhed); such readings rank far below.
    expect(index.search('demens nord')[0]).toBe('p1');
    const hits = index.searchHits('demens nord');
    expect(hits.slice(1).every((hit) => hit.score < hits[0]!.score / 2)).toBe(true);
    expect(index.search('sygeplejerske demens')).toEqual(['p2']);
  });

  it('puts people nearby first when scores tie', () => {
    const index = createDirectoryIndex(data());
    // p1 and p4 both hold demens at level 2 without "kan hjælpe".
    expect(index.search('demens', { near: { unitId: 'u-south', areaId: 'a-care' } }).slice(1, 3)).toEqual(['p4', 'p1']);
    expect(index.search('demens', { near: { unitId: 'u-north', areaId: 'a-care' } }).slice(1, 3)).toEqual(['p1', 'p4']);
  });

  it('filters by area, unit, level, "kan hjælpe" and knowledge sharers', () => {
    const index = createDirectoryIndex(data());
    expect(index.search('demens', { unitId: 'u-south' })).toEqual(['p2', 'p4']);
    expect(index.search('demens', { areaId: 'a-school' })).toEqual(['p3']); // her bio mentions it
    expect(index.search('demens', { minLevel: 3 })).toEqual(['p2']);
    expect(index.search('demens', { canHelp: true })).toEqual(['p2']);
    expect(index.search('', { knowledgeSharer: true })).toEqual(['p2']);
    expect(index.search('')).toEqual([]);
  });

  it('explains the match and suggests competences when nothing is found', () => {
    const index = createDirectoryIndex(data());
    expect(index.searchHits('demens nat')[0]?.competences.map((c) => c.competenceId).sort()).toEqual(['demens', 'nattevagt']);
    expect(index.search('demenz pleje hjem')).toEqual([]);
    expect(index.suggestCompetences('demenz')[0]).toBe('demens');
  });

  it('applies synced changes without rebuilding', () => {
    const index = createDirectoryIndex(data());
    index.apply([
      { type: 'personCompetence', op: 'put', id: 'p5:demens', value: holding('p5', 'demens', 3, true) },
      { type: 'personCompetence', op: 'del', id: 'p2:demens' },
      { type: 'person', op: 'put', id: 'p6', value: person('p6', 'Mette Nat', 'u-north') },
      { type: 'person', op: 'del', id: 'p3' },
      { type: 'unit', op: 'put', id: 'u-north', value: { id: 'u-north', areaId: 'a-care', name: 'Hjemmeplejen Nordvest' } },
      { type: 'competence', op: 'put', id: 'fundraising', value: { id: 'fundraising', name: 'Fundraising', category: 'Projekt', synonyms: ['fondsmidler'], description: '' } },
    ]);
    expect(index.search('demens')).toEqual(['p5', 'p1', 'p4']);
    expect(index.search('mette')).toEqual(['p6']);
    expect(index.search('karen')).toEqual([]);
    expect(index.search('nordvest')).toEqual(['p1', 'p5', 'p6']);
    expect(index.search('fondsmidler')).toEqual(['p5']);
    expect(index.search('fondsansøgning')).toEqual([]);
  });

  it('keeps a person\'s competences when the person is deleted and comes back, and never lists the absent', () => {
    const index = createDirectoryIndex(data());
    index.apply([{ type: 'person', op: 'del', id: 'p1' }]);
    expect(index.search('demens')).not.toContain('p1');
    expect(index.searchPage('demens').total).toBe(3);
    index.apply([{ type: 'person', op: 'put', id: 'p1', value: person('p1', 'Anna Mikkelsen', 'u-north') }]);
    expect(index.search('demens')).toContain('p1');
    index.apply([{ type: 'personCompetence', op: 'put', id: 'ghost:demens', value: holding('ghost', 'demens', 3, true) }]);
    expect(index.search('demens')).not.toContain('ghost');
  });

  it('removes a person-competence whose ids hold a colon', () => {
    const base = data();
    base.competences.push({ id: 'esco:42', name: 'Python', category: 'IT', synonyms: [], description: '' });
    const index = createDirectoryIndex(base);
    index.apply([{ type: 'personCompetence', op: 'put', id: 'p1:esco:42', value: { ...holding('p1', 'esco:42', 2), id: 'p1:esco:42' } }]);
    expect(index.search('python')).toEqual(['p1']);
    index.apply([{ type: 'personCompetence', op: 'del', id: 'p1:esco:42' }]);
    expect(index.search('python')).toEqual([]);
  });

  it('does not empty the list while the first letter of a next word is typed', () => {
    const index = createDirectoryIndex(data());
    expect(index.search('demens n')).toEqual(index.search('demens'));
    expect(index.search('demens no')).toEqual(['p1']);
  });

  it('suggests nothing for words too short to guess from, and ignores deleted competences in filters', () => {
    const index = createDirectoryIndex(data());
    expect(index.suggestCompetences('xyz')).toEqual([]);
    index.apply([{ type: 'competence', op: 'del', id: 'fundraising' }]);
    expect(index.search('', { minLevel: 1, unitId: 'u-north' })).toEqual(['p1']);
  });
});
