// Narrowing a short list (events, networks) with the directory's Danish-forgiving matching:
// folding (æ/ø/å and the old spellings), prefixes while typing, typo readings only for a word
// that matches nothing as typed, every word must match, and the list's own order kept.
import { describe, expect, it } from 'vitest';
import { createListMatcher } from '../../src/shared/search/list-matcher';

const texts = [
  'Caféseminar: Demens og nattevagter. Hvordan skaber vi rolige aftener for borgere med demens? Café Demens Nattevagt',
  'Den Lærende Medarbejder. Kursus i videndeling. Kursus Kompetenceudvikling',
  'Temadag om rehabilitering. Hverdagsrehabilitering i hjemmeplejen. Temadag',
  'Fællesskab og trivsel i ældreplejen. Workshop',
  'Sagsbehandling for begyndere. Case-baseret kursus. Kursus',
];
const matcher = createListMatcher(texts);
const found = (query: string) => {
  const items = matcher.match(query);
  return items && [...items].sort((a, b) => a - b);
};

describe('createListMatcher', () => {
  it('forgives a typo in a word that matches nothing as typed: "demenz" finds the dementia café', () => {
    expect(found('demenz')).toEqual([0]);
    expect(found('rehabiliterign')).toEqual([2]);
    expect(found('nattevagtr')).toEqual([0]);
  });

  it('folds Danish letters and the old spellings both ways', () => {
    expect(found('faellesskab')).toEqual([3]);
    expect(found('ældre')).toEqual([3]);
    expect(found('laerende')).toEqual([1]);
    expect(found('CAFE')).toEqual([0]);
  });

  it('matches word starts while typing, one letter included', () => {
    expect(found('rehab')).toEqual([2]);
    expect(found('t')).toEqual([2, 3]);
    expect(found('kur')).toEqual([1, 4]);
  });

  it('takes no typo readings for a word that matches as typed', () => {
    // "case" is a word here: "cafe" (one edit away) is not read as it, nor the other way.
    expect(found('case')).toEqual([4]);
    expect(found('cafe')).toEqual([0]);
  });

  it('needs every word, and waits for a last one-letter word still being typed', () => {
    expect(found('kursus videndeling')).toEqual([1]);
    expect(found('kursus demens')).toEqual([]);
    expect(found('demens n')).toEqual([0]);
    expect(found('kursus z')).toEqual([1, 4]);
  });

  it('says null for an empty query (the whole list), and finds nothing far off', () => {
    expect(matcher.match('')).toBeNull();
    expect(matcher.match('  ,. ')).toBeNull();
    expect(found('zzzz')).toEqual([]);
    expect(createListMatcher([]).match('demens')).toEqual(new Set());
  });

  it('is fast enough for a few hundred items searched at each letter', () => {
    const many = Array.from({ length: 500 }, (_, i) => `${texts[i % texts.length]} nummer ${i} ${'ord'.repeat((i % 7) + 1)}`);
    const started = performance.now();
    const big = createListMatcher(many);
    for (const query of ['d', 'de', 'dem', 'deme', 'demen', 'demenz', 'demenz nat']) big.match(query);
    expect(big.match('demenz nat')!.size).toBe(100);
    expect(performance.now() - started).toBeLessThan(250);
  });
});
