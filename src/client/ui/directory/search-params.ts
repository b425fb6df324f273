// The directory's query and filters as URL search params (Danish names), so a search
// can be shared as a link and survives a reload. Anything malformed is dropped.
// Plain checks, not valibot: this runs in the first paint, and its budget is tight.
import type { SearchFilters } from '../../../shared/search';

export interface DirectorySearch {
  q?: string;
  omraade?: string;
  enhed?: string;
  niveau?: 1 | 2 | 3;
  kanHjaelpe?: boolean;
  videndeler?: boolean;
  /** The query as typed, without typo readings ("Søg i stedet efter »…«"). */
  eksakt?: boolean;
}

const flag = (value: unknown): boolean => value === true || value === 'true' || value === '1';
function level(value: unknown): 1 | 2 | 3 | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return n === 1 || n === 2 || n === 3 ? n : undefined;
}
const MAX_TEXT = 200;
/** Longer text is cut, not dropped: a pasted query must not empty the search box. */
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.slice(0, MAX_TEXT) : undefined);

/** Keeps each valid param, drops the rest: a bad link still opens the directory. */
export function parseDirectorySearch(raw: Record<string, unknown>): DirectorySearch {
  const search: DirectorySearch = {};
  const q = text(raw.q);
  if (q) search.q = q;
  const omraade = text(raw.omraade);
  if (omraade) search.omraade = omraade;
  const enhed = text(raw.enhed);
  if (enhed) search.enhed = enhed;
  const niveau = level(raw.niveau);
  if (niveau && niveau > 1) search.niveau = niveau;
  if (flag(raw.kanHjaelpe)) search.kanHjaelpe = true;
  if (flag(raw.videndeler)) search.videndeler = true;
  if (search.q && flag(raw.eksakt)) search.eksakt = true;
  return search;
}

/** True when any filter is set (the query and `eksakt` are not filters). */
export function hasFilters(search: DirectorySearch): boolean {
  return Boolean(search.omraade || search.enhed || search.niveau || search.kanHjaelpe || search.videndeler);
}

/** The same search with every filter cleared. */
export const withoutFilters = (search: DirectorySearch): DirectorySearch =>
  ({ ...search, omraade: undefined, enhed: undefined, niveau: undefined, kanHjaelpe: undefined, videndeler: undefined });

export function filtersOf(search: DirectorySearch): SearchFilters {
  return {
    ...(search.omraade && { areaId: search.omraade }),
    ...(search.enhed && { unitId: search.enhed }),
    ...(search.niveau && { minLevel: search.niveau }),
    ...(search.kanHjaelpe && { canHelp: true }),
    ...(search.videndeler && { knowledgeSharer: true }),
  };
}
