// Change feeds opened by a test, closed after each one (a BroadcastChannel left open keeps delivering).
import { afterEach } from 'vitest';
import { createChangeFeed, type ChangeFeed } from '../../src/client/sync/change-feed';

/** Registers the clean-up in the calling test file; returns what opens a tracked feed on a channel. */
export function trackedFeeds(): (channel: string) => ChangeFeed {
  const opened: ChangeFeed[] = [];
  afterEach(() => { for (const feed of opened.splice(0)) feed.close(); });
  return (channel) => {
    const made = createChangeFeed(channel);
    opened.push(made);
    return made;
  };
}
