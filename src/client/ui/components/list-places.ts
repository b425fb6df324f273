// Where the section lists (Kalender, Netværk, Læring) were left, one store for the three
// (Find keeps its own: directory/place.ts); each key starts with its section's name.
import { placeStore } from './kept-place';

export const listPlaces = placeStore('videnbro:list-places');
