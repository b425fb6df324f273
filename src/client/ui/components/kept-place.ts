// Your place in a list (Find's results, Kalender, Netværk, Læring), so that coming back
// (from a card's page, or from another section) finds the list as it was left: per search,
// how many were shown and how far down it was scrolled. Kept in sessionStorage, which
// survives the reload a phone may give a PWA in the background and belongs to this tab.

/**
 * How many results were shown, how far down the page was scrolled, and the first card in
 * view with its distance from the top of the window: coming back, that card goes back to
 * that spot, even when something above the list has changed height since.
 */
export interface Place { shown: number; scrollY: number; anchor?: { id: string; top: number } }

export interface PlaceStore {
  recall(key: string): Place | undefined;
  keep(key: string, place: Place): void;
}

/** Enough for going back and forth; the oldest go first. */
const MAX_PLACES = 20;
/** Scrolling keeps a place many times a second: storage is written once it pauses. */
const PERSIST_DELAY_MS = 300;

function read(storageKey: string): Map<string, Place> {
  const places = new Map<string, Place>();
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? '[]');
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
    places.clear();
  }
  return places;
}

/** The places of one kind of list, under their own key in sessionStorage (read when first asked). */
export function placeStore(storageKey: string): PlaceStore {
  let places: Map<string, Place> | null = null;
  let persistTimer: ReturnType<typeof setTimeout> | undefined;
  const loaded = () => (places ??= read(storageKey));

  function persist(): void {
    if (!places) return;
    try {
      sessionStorage.setItem(storageKey, JSON.stringify([...places]));
    } catch {
      // Full or unavailable: the places are still kept in memory.
    }
  }

  return {
    recall: (key) => loaded().get(key),
    keep(key, place) {
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
    },
  };
}
