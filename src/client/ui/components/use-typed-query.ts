// A list's search box whose text lives in the address: the box follows the keyboard at
// once (never waiting for the router), the address follows the box at each keystroke
// (so "back" from a card finds the search as typed), and an address changed from outside
// (back, a link, the tab bar) takes the box over.
import { useEffect, useRef, useState } from 'preact/hooks';

/** `inAddress` is the query the address holds now; `write` puts a new one there. */
export function useTypedQuery(inAddress: string, write: (query: string) => void): [string, (query: string) => void] {
  const [query, setQuery] = useState(inAddress);
  // What this box has written that the address may still show on its way to the latest:
  // those are not news from outside.
  const written = useRef<string[]>([]);
  useEffect(() => {
    const mine = written.current;
    if (mine.length > 0 && inAddress === mine.at(-1)) { written.current = []; return; }
    // One of mine on the way: the ones before it are past.
    const at = mine.indexOf(inAddress);
    if (at >= 0) { written.current = mine.slice(at + 1); return; }
    written.current = [];
    setQuery(inAddress);
  }, [inAddress]);
  const type = (next: string) => {
    setQuery(next);
    written.current.push(next);
    write(next);
  };
  return [query, type];
}
