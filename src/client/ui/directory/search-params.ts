// The directory's query and filters as URL search params (Danish names), so a search
// can be shared as a link and survives a reload. Anything malformed is dropped.
import * as v from 'valibot';
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

const Flag = v.pipe(v.union([v.boolean(), v.picklist(['true', '1'])]), v.transform((value) => value === true || value === 'true' || value === '1'));
const Level = v.pipe(v.union([v.number(), v.string()]), v.transform(Number), v.picklist([1, 2, 3]));
const MAX_TEXT = 200;
/** Longer text is cut, not dropped: a pasted query must not empty the search box. */
const Text = v.pipe(v.string(), v.transform((text) => text.slice(0, MAX_TEXT)));

/** Keeps each valid param, drops the rest: a bad link still opens the directory. */
export function parseDirectorySearch(raw: Record<string, unknown>): DirectorySearch {
  const take = <S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> | undefined => {
    const result = v.safeParse(schema, value);
    return result.success ? result.output : undefined;
  };
  const search: DirectorySearch = {};
  const q = take(Text, raw.q);
  if (q) search.q = q;
  const omraade = take(Text, raw.omraade);
  if (omraade) search.omraade = omraade;
  const enhed = take(Text, raw.enhed);
  if (enhed) search.enhed = enhed;
  const niveau = take(Level, raw.niveau);
  if (niveau && niveau > 1) search.niveau = niveau;
  if (take(Flag, raw.kanHjaelpe)) search.kanHjaelpe = true;
  if (take(Flag, raw.videndeler)) search.videndeler = true;
  if (search.q && take(Flag, raw.eksakt)) search.eksakt = true;
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
