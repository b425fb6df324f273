// @vitest-environment jsdom
// @vitest-environment jsdom
// When the app syncs by itself (sync.md): at start, when the network comes back, when the
// app becomes visible, and every minute while it is visible; never while it is hidden.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSyncTriggers } from '../../src/client/sync/triggers';
import type { SyncEngine } from '../../src/client/sync/engine';

let visibility: DocumentVisibilityState = 'visible';
let engine: { sync: ReturnType<typeof vi.fn>; stop: ReturnType<typeof vi.fn> };
let stopTriggers: (() => void) | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  engine = { sync: vi.fn(async () => 'done'), stop: vi.fn() };
  stopTriggers = startSyncTriggers(engine as unknown as SyncEngine);
  engine.sync.mockClear(); // the sync at start is its own test
});
afterEach(() => {
  stopTriggers?.();
  vi.useRealTimers();
});

const becomes = (state: DocumentVisibilityState) => {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('sync triggers', () => {
  it('syncs once at start', () => {
    stopTriggers?.();
    engine.sync.mockClear();
    stopTriggers = startSyncTriggers(engine as unknown as SyncEngine);
    expect(engine.sync).toHaveBeenCalledTimes(1);
  });

  it('syncs when the network comes back', () => {
    window.dispatchEvent(new Event('online'));
    expect(engine.sync).toHaveBeenCalledTimes(1);
  });

  it('syncs when the app becomes visible, not when it is hidden', () => {
    becomes('hidden');
    expect(engine.sync).not.toHaveBeenCalled();
    becomes('visible');
    expect(engine.sync).toHaveBeenCalledTimes(1);
  });

  it('syncs every minute while visible, and not while hidden', () => {
    vi.advanceTimersByTime(59_999);
    expect(engine.sync).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(engine.sync).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(engine.sync).toHaveBeenCalledTimes(2);
    visibility = 'hidden';
    vi.advanceTimersByTime(5 * 60_000);
    expect(engine.sync).toHaveBeenCalledTimes(2);
  });

  it('once stopped, nothing triggers a sync any more and the engine is stopped', () => {
    stopTriggers?.();
    stopTriggers = undefined;
    expect(engine.stop).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('online'));
    becomes('visible');
    vi.advanceTimersByTime(10 * 60_000);
    expect(engine.sync).not.toHaveBeenCalled();
  });
});
