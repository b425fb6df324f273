// The events list's view, query and kind in its address (?vis=mine&q=…&type=cafe), so
// "back" from an event and the Kalender tab bring the list as it was left. Anything
// malformed is dropped: a bad link still opens the list.
import { SEMINAR_KINDS, type Seminar } from '../../../shared/entities/seminar';

export type EventsView = 'upcoming' | 'mine';

export interface EventsSearch { view: EventsView; q: string; kind: Seminar['kind'] | '' }

const MAX_TEXT = 200;
/** The router reads "?q=12" as a number and "?q=true" as a boolean: both were typed as text. */
const text = (value: unknown): string =>
  (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value).slice(0, MAX_TEXT) : '');

export function parseEventsSearch(raw: Record<string, unknown>): EventsSearch {
  return {
    view: raw.vis === 'mine' ? 'mine' : 'upcoming',
    q: text(raw.q),
    kind: SEMINAR_KINDS.find((kind) => kind === raw.type) ?? '',
  };
}

export function eventsHref(search: EventsSearch): string {
  const params = new URLSearchParams();
  if (search.view === 'mine') params.set('vis', 'mine');
  if (search.q) params.set('q', search.q);
  if (search.kind) params.set('type', search.kind);
  const query = params.toString();
  return query ? `/arrangementer?${query}` : '/arrangementer';
}

/** The key of a list's place (components/kept-place.ts): who looks, the view, the query and the kind. */
export function eventsPlaceKey(owner: string | null, search: EventsSearch): string {
  return JSON.stringify(['events', owner, search.view, search.q.trim(), search.kind]);
}
