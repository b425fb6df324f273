// The directory's URL params: valid ones kept, malformed ones dropped, mapped to filters.
import { describe, expect, it } from 'vitest';
import { filtersOf, hasFilters, parseDirectorySearch, withoutFilters } from '../../src/client/ui/directory/search-params';

describe('directory search params', () => {
  it('keeps valid params in both their JSON and plain forms', () => {
    expect(parseDirectorySearch({ q: 'demens nat', omraade: 'a-aeldre', enhed: 'u-nord', niveau: '3', kanHjaelpe: true, videndeler: '1' }))
      .toEqual({ q: 'demens nat', omraade: 'a-aeldre', enhed: 'u-nord', niveau: 3, kanHjaelpe: true, videndeler: true });
  });
  it('keeps "eksakt" only with a query', () => {
    expect(parseDirectorySearch({ q: 'regnign', eksakt: 'true' })).toEqual({ q: 'regnign', eksakt: true });
    expect(parseDirectorySearch({ eksakt: 'true' })).toEqual({});
  });
  it('drops what it cannot use', () => {
    expect(parseDirectorySearch({ q: 42, niveau: 7, kanHjaelpe: 'måske', extra: 'x' })).toEqual({});
    expect(parseDirectorySearch({ niveau: 1 })).toEqual({});
  });
  it('maps to search filters', () => {
    expect(filtersOf({ omraade: 'a', enhed: 'u', niveau: 2, kanHjaelpe: true, videndeler: true }))
      .toEqual({ areaId: 'a', unitId: 'u', minLevel: 2, canHelp: true, knowledgeSharer: true });
    expect(filtersOf({ q: 'x', eksakt: true })).toEqual({});
  });
  it('tells filters from the query, and clears them', () => {
    expect(hasFilters({ q: 'x', eksakt: true })).toBe(false);
    expect(hasFilters({ niveau: 2 })).toBe(true);
    expect(filtersOf(withoutFilters({ q: 'x', omraade: 'a', enhed: 'u', niveau: 3, kanHjaelpe: true, videndeler: true }))).toEqual({});
    expect(withoutFilters({ q: 'x', enhed: 'u' }).q).toBe('x');
  });
});
