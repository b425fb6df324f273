// Scrolls the directory back to where a search's list was left, and keeps the place
// (how many were shown, the scroll position, the first card in view) while it is shown.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useRouter } from '@tanstack/react-router';
import { keepPlace, recallPlace, type Place } from './place';

/** The cards carry their person's id; the first one still in view anchors the place. */
const CARD = '[data-person-id]';

/**
 * The place as the window shows it now; undefined when no card is laid out (no results,
 * or the list already taken away by a navigation), which is no place worth keeping.
 */
function currentPlace(shown: number): Place | undefined {
  for (const card of document.querySelectorAll<HTMLElement>(CARD)) {
    const rect = card.getBoundingClientRect();
    if (rect.height === 0) return undefined;
    if (rect.bottom > 0) return { shown, scrollY: Math.round(window.scrollY), anchor: { id: card.dataset.personId!, top: Math.round(rect.top) } };
  }
  return undefined;
}

function scrollBackTo(place: Place): void {
  const anchor = place.anchor && document.querySelector(`${CARD.slice(0, -1)}="${CSS.escape(place.anchor.id)}"]`);
  if (anchor) window.scrollTo(0, window.scrollY + anchor.getBoundingClientRect().top - place.anchor!.top);
  else window.scrollTo(0, place.scrollY);
}

/**
 * `key` names the search on screen (placeKey), `shown` how many results it shows, and
 * `listShown` whether the list is drawn yet (the index may still be building).
 */
export function useKeptPlace(key: string, shown: number, listShown: boolean): void {
  const router = useRouter();
  const latest = useRef({ key, shown });
  latest.current = { key, shown };
  // Where to go back to, until done; nothing is kept before that (it would keep the top).
  const mountKey = useRef(key);
  const restoring = useRef(recallPlace(key));
  if (key !== mountKey.current) restoring.current = undefined;

  useLayoutEffect(() => {
    const place = restoring.current;
    if (!listShown || !place) return undefined;
    restoring.current = undefined;
    scrollBackTo(place);
    // The router scrolls (to the top, or to where it saw the window last) once it has
    // rendered a new location, in this same task, after this: go back to the place after
    // it, then stop listening.
    const unsubscribe = router.subscribe('onRendered', () => scrollBackTo(place));
    const timer = setTimeout(unsubscribe, 0);
    return () => { clearTimeout(timer); unsubscribe(); };
  }, [listShown]);

  useEffect(() => {
    // Scroll events come at most once a frame; keeping a place costs a few reads.
    const keep = () => {
      if (restoring.current) return;
      const place = currentPlace(latest.current.shown);
      if (place) keepPlace(latest.current.key, place);
    };
    keep();
    window.addEventListener('scroll', keep, { passive: true });
    return () => window.removeEventListener('scroll', keep);
  }, [shown]);
}
