// One sync at a time (sync.md): through the browser's Web Locks where there are any, else
// a queue of its own in which a failed task never holds up the next.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSyncLock } from '../../src/client/sync/lock';

afterEach(() => { vi.unstubAllGlobals(); });

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => { resolve = r; });
  return { promise, resolve };
};

describe('the sync lock without Web Locks', () => {
  it('runs tasks one after the other, in the order asked, each with its own result', async () => {
    vi.stubGlobal('navigator', {});
    const lock = createSyncLock();
    const log: string[] = [];
    const gate = deferred();
    const first = lock(async () => { log.push('first starts'); await gate.promise; log.push('first ends'); return 1; });
    const second = lock(async () => { log.push('second'); return 2; });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual(['first starts']);
    gate.resolve();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(log).toEqual(['first starts', 'first ends', 'second']);
  });

  it('passes a failure to its caller and still runs the next task', async () => {
    vi.stubGlobal('navigator', {});
    const lock = createSyncLock();
    const failing = lock(async () => { throw new Error('server down'); });
    const next = lock(async () => 'ran');
    await expect(failing).rejects.toThrow('server down');
    expect(await next).toBe('ran');
  });
});

describe('the sync lock with Web Locks', () => {
  it('asks the browser for the named lock, so that other tabs wait too', async () => {
    const request = vi.fn((_name: string, task: () => Promise<unknown>) => task());
    vi.stubGlobal('navigator', { locks: { request } });
    const lock = createSyncLock('videnbro-sync-test');
    expect(await lock(async () => 'synced')).toBe('synced');
    expect(request).toHaveBeenCalledWith('videnbro-sync-test', expect.any(Function));
    const byDefault = createSyncLock();
    await byDefault(async () => undefined);
    expect(request).toHaveBeenLastCalledWith('videnbro-sync', expect.any(Function));
  });
});
