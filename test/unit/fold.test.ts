// Danish folding: case, accents, æ/ø/å and the old spellings meet.
import { describe, expect, it } from 'vitest';
import { foldDanish, matchesPrefixes } from '../../src/shared/search/fold';

describe('foldDanish', () => {
  it('treats aa = å, ae = æ, oe = ø', () => {
    expect(foldDanish('Ågård')).toBe(foldDanish('Aagaard'));
    expect(foldDanish('Ærø')).toBe(foldDanish('aeroe'));
    expect(foldDanish('Søren Østergaard')).toBe(foldDanish('soeren oestergård'));
  });
  it('drops case and accents', () => {
    expect(foldDanish('CAFÉ')).toBe(foldDanish('cafe'));
  });
});

describe('matchesPrefixes', () => {
  it('matches every word of the query as a prefix', () => {
    expect(matchesPrefixes('Demens og nattevagt', 'dem nat')).toBe(true);
    expect(matchesPrefixes('Demens og nattevagt', 'dem dag')).toBe(false);
    expect(matchesPrefixes('Sårpleje', 'saar')).toBe(true);
  });
});
