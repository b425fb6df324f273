// Your place in "Find kolleger", so that coming back (from a person page, or from another
// section) finds the list as it was left: per search, how many results were shown and how
// far down it was scrolled. Kept in sessionStorage, which survives the reload a phone may
// give a PWA in the background and belongs to this tab; the key names who searched.
import type { DirectorySearch } from './search-params';

/**
 * How many results were shown, how far down the page was scrolled, and the first card in
 * view with its distance from the top of the window: coming back, that card goes back to
 * that spot, even when something above the list has changed height since.
 */
export interface Place { shown: number; scrollY: number; anchor?: { id: string; top: number } }

const STORAGE_KEY = 'videnbro:directory-places';
/** Enough for going back and forth; the oldest go first. */
const MAX_PLACES = 20;
/** Scrolling keeps a place many times a second: storage is written once it pauses. */
const PERSIST_DELAY_MS = 300;

let places: Map<string, Place> | null = null;
let persistTimer: ReturnType<typeof setTimeout> | undefined;

/** The key of a search: who searched, the query as typed and the filters. */
export function placeKey(owner: string | null, query: string, search: DirectorySearch): string {
  return JSON.stringify([owner, query.trim(), search.omraade ?? '', search.enhed ?? '', search.niveau ?? 1,
    Boolean(search.kanHjaelpe), Boolean(search.videndeler), Boolean(search.eksakt)]);
}

function loaded(): Map<string, Place> {
  if (!places) {
    places = new Map();
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
      if (Array.isArray(stored)) {
        for (const entry of stored as unknown[]) {
          if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
          const place = entry[1] as Partial<Place> | null;
          if (!Number.isFinite(place?.shown) || !Number.isFinite(place?.scrollY)) continue;
          const anchor = typeof place?.anchor?.id === 'string' && Number.isFinite(place.anchor.top) ? { id: place.anchor.id, top: place.anchor.top } : undefined;
          places.set(entry[0], { shown: place!.shown!, scrollY: place!.scrollY!, ...(anchor && { anchor }) });
        }
      }
    } catch {
      // No storage (private mode) or a damaged entry: start afresh, in memory.
    }
  }
  return places;
}

export function recallPlace(key: string): Place | undefined {
  return loaded().get(key);
}

export function keepPlace(key: string, place: Place): void {
  const map = loaded();
  const kept = map.get(key);
  if (kept && kept.shown === place.shown && kept.scrollY === place.scrollY
    && kept.anchor?.id === place.anchor?.id && kept.anchor?.top === place.anchor?.top) return;
  map.delete(key);
  map.set(key, place);
  while (map.size > MAX_PLACES) map.delete(map.keys().next().value!);
  if (persistTimer === undefined) {
    // The page may be put away (or killed) before the timer: write then as well.
    addEventListener('pagehide', persist);
  }
  clearTimeout(persistTimer);
  persistTimer = setTimeout(persist, PERSIST_DELAY_MS);
}

function persist(): void {
  if (!places) return;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...places]));
  } catch {
    // Full or unavailable: the places are still kept in memory.
  }
}
