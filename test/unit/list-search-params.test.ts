// The section lists' state in their address: Kalender's view, query and kind, and Netværk's
// query, read back from what the router parsed (numbers and booleans as typed text), with
// anything malformed dropped, and written so that reading it again gives the same.
import { describe, expect, it } from 'vitest';
import { eventsHref, eventsPlaceKey, parseEventsSearch } from '../../src/client/ui/events/events-search';
import { networksHref, parseNetworksSearch } from '../../src/client/ui/networks/networks-search';

const searchOf = (href: string) => Object.fromEntries(new URL(href, 'https://x.example').searchParams);

describe('the events list in its address', () => {
  it('reads the view, query and kind, and drops what it does not know', () => {
    expect(parseEventsSearch({ vis: 'mine', q: 'demenz', type: 'cafe' })).toEqual({ view: 'mine', q: 'demenz', kind: 'cafe' });
    expect(parseEventsSearch({ vis: 'alle', q: { x: 1 }, type: 'party' })).toEqual({ view: 'upcoming', q: '', kind: '' });
    expect(parseEventsSearch({ q: 2027 }).q).toBe('2027');
    expect(parseEventsSearch({ q: 'x'.repeat(500) }).q).toHaveLength(200);
  });

  it('writes what it reads', () => {
    const search = { view: 'mine', q: 'æble & pære', kind: 'course' } as const;
    expect(parseEventsSearch(searchOf(eventsHref(search)))).toEqual(search);
    expect(eventsHref({ view: 'upcoming', q: '', kind: '' })).toBe('/arrangementer');
  });

  it('keeps a place per person, view, query (trimmed) and kind', () => {
    const base = { view: 'mine', q: 'demens', kind: '' } as const;
    expect(eventsPlaceKey('p-anna', base)).toBe(eventsPlaceKey('p-anna', { ...base, q: ' demens ' }));
    expect(eventsPlaceKey('p-anna', base)).not.toBe(eventsPlaceKey('p-bo', base));
    expect(eventsPlaceKey('p-anna', base)).not.toBe(eventsPlaceKey('p-anna', { ...base, view: 'upcoming' }));
    expect(eventsPlaceKey('p-anna', base)).not.toBe(eventsPlaceKey('p-anna', { ...base, kind: 'cafe' }));
  });
});

describe('the networks list in its address', () => {
  it('reads the query as text and writes it back', () => {
    expect(parseNetworksSearch({ q: true })).toEqual({ q: 'true' });
    expect(parseNetworksSearch({})).toEqual({ q: '' });
    expect(parseNetworksSearch(searchOf(networksHref({ q: 'ældre sundhed' })))).toEqual({ q: 'ældre sundhed' });
    expect(networksHref({ q: '' })).toBe('/netvaerk');
  });
});
