// A screen that goes away stops listening to the change feed, and a closed tab hears
// nothing more: unsubscribing and closing really stop the calls.
import { describe, expect, it, vi } from 'vitest';
import { trackedFeeds } from '../support/change-feeds';

const feed = trackedFeeds();

/** Lets BroadcastChannel deliver what is under way. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('change feed subscriptions', () => {
  it('stop calling a listener of this tab once it unsubscribes', () => {
    const tab = feed(`videnbro-test-${crypto.randomUUID()}`);
    const kept = vi.fn();
    const dropped = vi.fn();
    tab.subscribe(kept);
    const unsubscribe = tab.subscribe(dropped);
    tab.notify();
    unsubscribe();
    tab.notify();
    expect(kept).toHaveBeenCalledTimes(2);
    expect(dropped).toHaveBeenCalledTimes(1);
  });

  it('stop asking a preparer to reload once it unsubscribes, and still redraw', async () => {
    const channel = `videnbro-test-${crypto.randomUUID()}`;
    const [tabA, tabB] = [feed(channel), feed(channel)];
    const reload = vi.fn(async () => undefined);
    const redraw = vi.fn();
    const stop = tabB.subscribeRemote(reload);
    tabB.subscribe(redraw);
    tabA.notify();
    await settle();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(redraw).toHaveBeenCalledTimes(1);
    stop();
    tabA.notify();
    await settle();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(redraw).toHaveBeenCalledTimes(2);
  });

  it('redraw even when the reload failed', async () => {
    const channel = `videnbro-test-${crypto.randomUUID()}`;
    const [tabA, tabB] = [feed(channel), feed(channel)];
    const redraw = vi.fn();
    tabB.subscribeRemote(async () => { throw new Error('database closed'); });
    tabB.subscribe(redraw);
    tabA.notify();
    await settle();
    expect(redraw).toHaveBeenCalledTimes(1);
  });

  it('hear nothing from the other tabs once closed', async () => {
    const channel = `videnbro-test-${crypto.randomUUID()}`;
    const [tabA, tabB] = [feed(channel), feed(channel)];
    const redraw = vi.fn();
    tabB.subscribe(redraw);
    tabB.close();
    tabA.notify();
    await settle();
    expect(redraw).not.toHaveBeenCalled();
  });
});
