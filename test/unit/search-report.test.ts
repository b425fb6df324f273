// What the search engine tells the searcher besides who: the word a typo reading searched
// for (and a search without typo readings), and the fields a non-competence hit matched in.
import { describe, expect, it } from 'vitest';
import { createDirectoryIndex } from '../../src/shared/search';
import { directoryFixture, person } from '../support/directory-fixture';

const index = () => createDirectoryIndex(directoryFixture());

describe('typo readings', () => {
  it('names the word a typo-only query word was searched for, as the directory writes it', () => {
    expect(index().searchPage('fundrasing').readings).toEqual([{ typed: 'fundrasing', searchedFor: 'fundraising' }]);
    expect(index().searchPage('Fundrasing').readings).toEqual([{ typed: 'Fundrasing', searchedFor: 'Fundraising' }]);
    // Two readings one typo away ("demens", "demenssygdom"): the one as long as the word typed.
    expect(index().searchPage('demnes').readings).toEqual([{ typed: 'demnes', searchedFor: 'demens' }]);
    // Folded old spellings come back as written, on both sides; a name keeps its capital.
    expect(index().searchPage('aagaadr').readings).toEqual([{ typed: 'aagaadr', searchedFor: 'Aagaard' }]);
    expect(index().searchPage('Ågaadr').readings).toEqual([{ typed: 'Ågaadr', searchedFor: 'Aagaard' }]);
  });

  it('reports only the words that needed a typo reading, and none when nobody is found', () => {
    const directory = index();
    expect(directory.searchPage('leder fundrasing').readings).toEqual([{ typed: 'fundrasing', searchedFor: 'fundraising' }]);
    expect(directory.searchPage('demens').readings).toEqual([]);
    expect(directory.searchPage('dem').readings).toEqual([]); // a prefix is not a typo
    expect(directory.searchPage('demens nord').readings).toEqual([]); // "nord" matched as typed
    expect(directory.searchPage('fundrasing', { unitId: 'u-school' })).toEqual({ total: 0, hits: [], readings: [] });
  });

  it('searches exactly, without typo readings, when asked', () => {
    const directory = index();
    expect(directory.searchPage('demnes', {}, 50, { exact: true })).toEqual({ total: 0, hits: [], readings: [] });
    expect(directory.search('dem', {}, 50, { exact: true })).toEqual(directory.search('dem'));
    expect(directory.search('demens', {}, 50, { exact: true })).toEqual(['p2', 'p1', 'p4', 'p3']);
    // "nord" as typed, without its typo reading "ord…" (Ordblindhed).
    expect(directory.search('nord', {}, 50, { exact: true })).toEqual(['p1', 'p5']);
    expect(directory.search('nord')).toContain('p3');
  });

  it('reads new words after synced changes', () => {
    const directory = index();
    directory.apply([{ type: 'person', op: 'put', id: 'p6', value: person('p6', 'Mette Rasmussen', 'u-north', { title: 'Regnskabsmedarbejder' }) }]);
    expect(directory.searchPage('rasmusen').readings).toEqual([{ typed: 'rasmusen', searchedFor: 'Rasmussen' }]);
    expect(directory.search('rasmusen')).toEqual(['p6']);
  });
});

describe('why a hit matched', () => {
  const fieldsOf = (query: string) => Object.fromEntries(index().searchHits(query).map((hit) => [hit.personId, hit.matchedIn]));

  it('names the fields that hold the words when no competence matched', () => {
    expect(fieldsOf('anna')).toEqual({ p1: ['name'] });
    expect(fieldsOf('leder')).toEqual({ p5: ['title'] });
    expect(fieldsOf('nord')['p1']).toEqual(['unit']);
    expect(fieldsOf('lis nord')).toEqual({ p5: ['name', 'unit'] });
    expect(fieldsOf('lst')).toEqual({ p3: ['note'] });
    expect(fieldsOf('ældre')['p5']).toEqual(['area']);
    expect(fieldsOf('bedsteforældre')).toEqual({ p3: ['bio'] });
  });

  it('leaves it empty for competence matches and for a search by filters only', () => {
    const hits = index().searchHits('demens');
    expect(hits.find((hit) => hit.personId === 'p1')?.matchedIn).toEqual([]);
    expect(hits.find((hit) => hit.personId === 'p3')?.matchedIn).toEqual(['bio']); // her bio, not a competence
    expect(index().searchHits('', { knowledgeSharer: true })[0]?.matchedIn).toEqual([]);
  });

  it('names a field once and stops when every word is explained', () => {
    // "sundhed" starts a word of her title and is in her area ("Ældre og sundhed"): the title comes first.
    expect(fieldsOf('sundhedshjælper sundhed')['p1']).toEqual(['title']);
    expect(fieldsOf('anna sundhed')['p1']).toEqual(['name', 'title']); // "sundhed…" starts a word of her title
  });
});
