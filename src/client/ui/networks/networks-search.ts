// The networks list's query in its address (?q=…), so "back" from a network and the
// Netværk tab bring the list as it was left.

export interface NetworksSearch { q: string }

const MAX_TEXT = 200;

export function parseNetworksSearch(raw: Record<string, unknown>): NetworksSearch {
  // The router reads "?q=12" as a number and "?q=true" as a boolean: both were typed as text.
  const q = raw.q;
  return { q: typeof q === 'string' || typeof q === 'number' || typeof q === 'boolean' ? String(q).slice(0, MAX_TEXT) : '' };
}

export function networksHref(search: NetworksSearch): string {
  return search.q ? `/netvaerk?${new URLSearchParams({ q: search.q })}` : '/netvaerk';
}

/** The key of the list's place (components/kept-place.ts): who looks and the query. */
export function networksPlaceKey(owner: string | null, search: NetworksSearch): string {
  return JSON.stringify(['networks', owner, search.q.trim()]);
}
