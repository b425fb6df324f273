// Scrolls a list back to where a search's list was left, and keeps the place (how many
// were shown, the scroll position, the first card in view) while it is shown. Find, the
// events, the networks and the learnings use it, each with its cards' data attribute.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useRouter } from '@tanstack/react-router';
import type { Place, PlaceStore } from './kept-place';

export interface KeptPlaceOptions {
  places: PlaceStore;
  /**
   * The data attribute each card carries, its value unique on the page ("data-person-id"):
   * the first card still in view anchors the place.
   */
  attribute: string;
  /** Names the search on screen (who searched, the query, the filters). */
  key: string;
  /** How many results the list shows (a "Vis flere" list grows). */
  shown: number;
  /** Whether the list is drawn yet (the index may still be building, the rows loading). */
  listShown: boolean;
}

/**
 * The place as the window shows it now; undefined when no card is laid out (no results,
 * or the list already taken away by a navigation), which is no place worth keeping.
 */
function currentPlace(attribute: string, shown: number): Place | undefined {
  for (const card of document.querySelectorAll<HTMLElement>(`[${attribute}]`)) {
    const rect = card.getBoundingClientRect();
    if (rect.height === 0) return undefined;
    if (rect.bottom > 0) return { shown, scrollY: Math.round(window.scrollY), anchor: { id: card.getAttribute(attribute)!, top: Math.round(rect.top) } };
  }
  return undefined;
}

function scrollBackTo(attribute: string, place: Place): void {
  const anchor = place.anchor && document.querySelector(`[${attribute}="${CSS.escape(place.anchor.id)}"]`);
  if (anchor) window.scrollTo(0, window.scrollY + anchor.getBoundingClientRect().top - place.anchor!.top);
  else window.scrollTo(0, place.scrollY);
}

export function useKeptPlace({ places, attribute, key, shown, listShown }: KeptPlaceOptions): void {
  const router = useRouter();
  const latest = useRef({ key, shown });
  latest.current = { key, shown };
  // Where to go back to, until done; nothing is kept before that (it would keep the top).
  const mountKey = useRef(key);
  const restoring = useRef(places.recall(key));
  if (key !== mountKey.current) restoring.current = undefined;

  useLayoutEffect(() => {
    const place = restoring.current;
    if (!listShown || !place) return undefined;
    restoring.current = undefined;
    scrollBackTo(attribute, place);
    // The router scrolls (to the top, or to where it saw the window last) once it has
    // rendered a new location, in this same task, after this: go back to the place after
    // it, then stop listening.
    const unsubscribe = router.subscribe('onRendered', () => scrollBackTo(attribute, place));
    const timer = setTimeout(unsubscribe, 0);
    return () => { clearTimeout(timer); unsubscribe(); };
  }, [listShown]);

  useEffect(() => {
    // Scroll events come at most once a frame; keeping a place costs a few reads.
    const keep = () => {
      if (restoring.current) return;
      const place = currentPlace(attribute, latest.current.shown);
      if (place) places.keep(latest.current.key, place);
    };
    keep();
    window.addEventListener('scroll', keep, { passive: true });
    return () => window.removeEventListener('scroll', keep);
  }, [shown]);
}
