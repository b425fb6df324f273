// @vitest-environment jsdom
// Your place in "Find kolleger": kept per search and per person, in memory at once and in
// sessionStorage once scrolling pauses (so a reload finds it), the oldest dropped first.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const STORAGE_KEY = 'videnbro:directory-places';
/** A fresh copy of the module, as after a reload: only sessionStorage carries over. */
const load = async () => {
  vi.resetModules();
  return import('../../src/client/ui/directory/place');
};

beforeEach(() => {
  sessionStorage.clear();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('directory place', () => {
  it('keys a search by who searched, the query as typed (trimmed) and the filters', async () => {
    const { placeKey } = await load();
    expect(placeKey('p-anna', ' demens ', {})).toBe(placeKey('p-anna', 'demens', { q: 'other' }));
    expect(placeKey('p-anna', 'demens', {})).not.toBe(placeKey('p-bo', 'demens', {}));
    expect(placeKey('p-anna', 'demens', {})).not.toBe(placeKey('p-anna', 'demens', { kanHjaelpe: true }));
    expect(placeKey('p-anna', 'demens', {})).not.toBe(placeKey('p-anna', 'demens', { eksakt: true }));
  });

  it('recalls a place at once, and after a reload once it has been written', async () => {
    const place = await load();
    place.keepPlace('a', { shown: 30, scrollY: 1200, anchor: { id: 'p1', top: 12 } });
    expect(place.recallPlace('a')).toEqual({ shown: 30, scrollY: 1200, anchor: { id: 'p1', top: 12 } });
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull(); // not while scrolling goes on
    vi.advanceTimersByTime(1000);
    const reloaded = await load();
    expect(reloaded.recallPlace('a')).toEqual({ shown: 30, scrollY: 1200, anchor: { id: 'p1', top: 12 } });
    expect(reloaded.recallPlace('b')).toBeUndefined();
  });

  it('keeps the 20 most recent searches', async () => {
    const place = await load();
    for (let i = 0; i < 25; i++) place.keepPlace(`q${i}`, { shown: 15, scrollY: i });
    // q5…q24 are kept; q5 used again becomes the most recent, so a new one drops q6.
    place.keepPlace('q5', { shown: 15, scrollY: 99 });
    place.keepPlace('q25', { shown: 15, scrollY: 25 });
    vi.advanceTimersByTime(1000);
    const reloaded = await load();
    expect(reloaded.recallPlace('q4')).toBeUndefined();
    expect(reloaded.recallPlace('q6')).toBeUndefined();
    expect(reloaded.recallPlace('q5')?.scrollY).toBe(99);
    expect(reloaded.recallPlace('q24')?.scrollY).toBe(24);
  });

  it('ignores what it cannot read', async () => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([['a', { shown: 'x', scrollY: 1 }], ['b', { shown: 15, scrollY: 3, anchor: { id: 7 } }], 'c']));
    const place = await load();
    expect(place.recallPlace('a')).toBeUndefined();
    expect(place.recallPlace('b')).toEqual({ shown: 15, scrollY: 3 });
    sessionStorage.setItem(STORAGE_KEY, '{not json');
    expect((await load()).recallPlace('b')).toBeUndefined();
  });
});
