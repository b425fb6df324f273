// Two tabs of the app share one device database: when one changes it, the other is told
// over BroadcastChannel, takes the new rows in, then redraws (sync.md).
import { describe, expect, it } from 'vitest';
import type { ChangeFeed } from '../../src/client/sync/change-feed';
import { trackedFeeds } from '../support/change-feeds';

const feed = trackedFeeds();

const within = <T>(promise: Promise<T>, ms = 2000) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms))]);

describe('the change feed between tabs', () => {
  it('tells the other tab, which reloads before its screens redraw', async () => {
    const channel = `videnbro-test-${crypto.randomUUID()}`;
    const tabA = feed(channel);
    const tabB = feed(channel);
    const events: string[] = [];
    tabA.subscribeRemote(async () => { events.push('A reloads'); });
    tabA.subscribe(() => events.push('A redraws'));
    tabB.subscribeRemote(async () => {
      events.push('B reloads');
      await new Promise((resolve) => setTimeout(resolve, 20));
      events.push('B reloaded');
    });
    const redrawnB = new Promise<void>((resolve) => tabB.subscribe(() => { events.push('B redraws'); resolve(); }));

    tabA.notify();
    // This tab's own screens hear of it at once; they need not reload from the database.
    expect(events).toEqual(['A redraws']);
    await within(redrawnB);
    expect(events).toEqual(['A redraws', 'B reloads', 'B reloaded', 'B redraws']);
  });

  it('reaches every other tab, both ways, and no tab on another channel', async () => {
    const channel = `videnbro-test-${crypto.randomUUID()}`;
    const [tabA, tabB, tabC] = [feed(channel), feed(channel), feed(channel)];
    const elsewhere = feed(`videnbro-test-${crypto.randomUUID()}`);
    let strayReloads = 0;
    elsewhere.subscribeRemote(async () => { strayReloads += 1; });
    const reloaded = (tab: ChangeFeed) => new Promise<void>((resolve) => {
      const stop = tab.subscribeRemote(async () => { stop(); resolve(); });
    });

    const bAndC = Promise.all([reloaded(tabB!), reloaded(tabC!)]);
    tabA!.notify();
    await within(bAndC);
    const a = reloaded(tabA!);
    tabC!.notify();
    await within(a);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(strayReloads).toBe(0);
  });
});
