// Scrolls the directory back to where a search's list was left, and keeps the place while
// it is shown: the shared list place (components/use-kept-place.ts), anchored by the cards'
// person ids and kept in the directory's own store (place.ts).
import { useKeptPlace as useListPlace } from '../components/use-kept-place';
import { directoryPlaces } from './place';

/**
 * `key` names the search on screen (placeKey), `shown` how many results it shows, and
 * `listShown` whether the list is drawn yet (the index may still be building).
 */
export function useKeptPlace(key: string, shown: number, listShown: boolean): void {
  useListPlace({ places: directoryPlaces, attribute: 'data-person-id', key, shown, listShown });
}
