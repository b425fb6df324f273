// Searching learnings: titles, texts and tags, Danish folding (æ/ø/å and the old spellings),
// prefixes while typing, typos that grow with word length, every word must match, titles
// and tags rank above texts, newer first on ties, and filters asked only of the matches.
import { describe, expect, it } from 'vitest';
import { createLearningIndex, type LearningDoc } from '../../src/shared/search/learning-index';

const doc = (id: string, title: string, tags: string, texts: string, order: number): LearningDoc => ({ id, title, tags, texts, order });

const docs = [
  doc('musik', 'Musik åbner for kontakt ved svær demens', 'Demens Intern udveksling Netværk', 'Personlige playlister dæmper uro om aftenen.', 5),
  doc('rutiner', 'Faste rutiner giver roligere aftenbesøg', 'Demens Nattevagt Kollega', 'Borgere med demens bliver mere urolige uden faste rutiner.', 4),
  doc('klarsprog', 'Klarsprog i afgørelser om hjemmehjælp', 'Klarsprog Sagsbehandling Kursus', 'Skriv svaret først, så begrundelsen.', 3),
  doc('skybrud', 'Skybrudssikring: erfaringer fra nabokommunen', 'Klimatilpasning Andet', 'Regnbede og forsænkede boldbaner holder på vandet.', 2),
  doc('oekonomi', 'Projektøkonomi for begyndere', 'Fundraising Kursus', 'Budgettet skal følge forandringsteorien.', 1),
];

describe('createLearningIndex', () => {
  const index = createLearningIndex(docs);

  it('finds by title, tag and text, title and tag matches first', () => {
    expect(index.search('demens').ids).toEqual(['musik', 'rutiner']);
    expect(index.search('playlister').ids).toEqual(['musik']);
    expect(index.search('sagsbehandling').ids).toEqual(['klarsprog']);
    // "uro" is in one text; "urolige" (a prefix reading) in another, whose title does not help.
    expect(index.search('uro').ids).toEqual(['musik', 'rutiner']);
  });

  it('folds case, æ/ø/å and the old spellings aa, ae, oe', () => {
    for (const q of ['ABNER', 'åbner', 'aabner']) expect(index.search(q).ids).toEqual(['musik']);
    expect(index.search('projektoekonomi').ids).toEqual(['oekonomi']);
    expect(index.search('dæmper').ids).toEqual(['musik']);
    expect(index.search('daemper').ids).toEqual(['musik']);
  });

  it('reads prefixes while typing and forgives typos by word length, not in short words', () => {
    expect(index.search('skybr').ids).toEqual(['skybrud']);
    expect(index.search('klimatilpasnig').ids).toEqual(['skybrud']); // a dropped letter
    expect(index.search('demnes').ids).toEqual(['musik', 'rutiner']); // a swap
    expect(index.search('uxo').ids).toEqual([]); // three letters: no typos
    expect(index.search('klimatilpasnig', { exact: true }).ids).toEqual([]);
  });

  it('needs every word, across fields; a one-letter last word waits for its next letter', () => {
    expect(index.search('demens nattevagt').ids).toEqual(['rutiner']);
    expect(index.search('demens playlister aften').ids).toEqual(['musik']);
    expect(index.search('demens skybrud').ids).toEqual([]);
    expect(index.search('klarsprog s').ids).toEqual(['klarsprog']);
  });

  it('looks at titles and tags only for a one- or two-letter start', () => {
    // "fo" starts "forsænkede" (a text) and "for" in a title; only the title counts.
    expect(index.search('fo').ids).toEqual(['musik', 'oekonomi']);
  });

  it('filters the matches, counts them all and returns the best `limit`, newer first on ties', () => {
    expect(index.search('kursus').ids).toEqual(['klarsprog', 'oekonomi']);
    expect(index.search('kursus', { limit: 1 })).toEqual({ ids: ['klarsprog'], total: 2 });
    expect(index.search('kursus', { accept: (id) => id !== 'klarsprog' })).toEqual({ ids: ['oekonomi'], total: 1 });
    expect(index.search('   ')).toEqual({ ids: [], total: 0 });
  });
});
