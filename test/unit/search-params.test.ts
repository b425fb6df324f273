// The directory's URL params: valid ones kept, malformed ones dropped, mapped to filters.
import { describe, expect, it } from 'vitest';
import { filtersOf, parseDirectorySearch } from '../../src/client/ui/directory/search-params';

describe('directory search params', () => {
  it('keeps valid params in both their JSON and plain forms', () => {
    expect(parseDirectorySearch({ q: 'demens nat', omraade: 'a-aeldre', enhed: 'u-nord', niveau: '3', kanHjaelpe: true, videndeler: '1' }))
      .toEqual({ q: 'demens nat', omraade: 'a-aeldre', enhed: 'u-nord', niveau: 3, kanHjaelpe: true, videndeler: true });
  });
  it('drops what it cannot use', () => {
    expect(parseDirectorySearch({ q: 42, niveau: 7, kanHjaelpe: 'måske', extra: 'x' })).toEqual({});
    expect(parseDirectorySearch({ niveau: 1 })).toEqual({});
  });
  it('maps to search filters', () => {
    expect(filtersOf({ omraade: 'a', enhed: 'u', niveau: 2, kanHjaelpe: true, videndeler: true }))
      .toEqual({ areaId: 'a', unitId: 'u', minLevel: 2, canHelp: true, knowledgeSharer: true });
    expect(filtersOf({ q: 'x' })).toEqual({});
  });
});
