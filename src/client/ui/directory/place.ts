// Your place in "Find kolleger", so that coming back (from a person page, or from another
// section) finds the list as it was left: per search, how many results were shown and how
// far down it was scrolled (components/kept-place.ts); the key names who searched.
import { placeStore, type Place } from '../components/kept-place';
import type { DirectorySearch } from './search-params';

export type { Place };

export const directoryPlaces = placeStore('videnbro:directory-places');

/** The key of a search: who searched, the query as typed and the filters. */
export function placeKey(owner: string | null, query: string, search: DirectorySearch): string {
  return JSON.stringify([owner, query.trim(), search.omraade ?? '', search.enhed ?? '', search.niveau ?? 1,
    Boolean(search.kanHjaelpe), Boolean(search.videndeler), Boolean(search.eksakt)]);
}

export const recallPlace = (key: string): Place | undefined => directoryPlaces.recall(key);
export const keepPlace = (key: string, place: Place): void => directoryPlaces.keep(key, place);
