// A browser without BroadcastChannel (older Safari, some embedded web views): the change
// feed still tells this tab's screens, and sending, subscribing and closing never throw.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChangeFeed } from '../../src/client/sync/change-feed';

afterEach(() => { vi.unstubAllGlobals(); });

describe('the change feed without BroadcastChannel', () => {
  it('tells this tab\'s listeners, and nothing throws', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const feed = createChangeFeed('videnbro-ingen-kanal');
    const heard: string[] = [];
    const unsubscribe = feed.subscribe(() => heard.push('redraw'));
    feed.subscribeRemote(async () => { heard.push('never: no other tab can reach us'); });
    feed.notify();
    unsubscribe();
    feed.notify();
    expect(heard).toEqual(['redraw']);
    expect(() => feed.close()).not.toThrow();
  });
});
