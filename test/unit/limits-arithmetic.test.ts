// The pure parts of the limits: doubling delays, token buckets, which address a
// request comes from, and the mail queue that keeps replies from waiting.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { delayAfterFailures, retryAfterSeconds } from '../../src/server/auth/backoff';
import { PAIR_BACKOFF } from '../../src/server/auth/sign-in-limits';
import { take, type Bucket } from '../../src/server/http/token-bucket';
import { normalizeAddress, pickClientAddress } from '../../src/server/http/client-address';
import { createTaskQueue } from '../../src/server/auth/task-queue';

describe('delayAfterFailures', () => {
  it('is free at first, then doubles from one second up to the cap', () => {
    const delays = Array.from({ length: 18 }, (_, i) => delayAfterFailures(i + 1, PAIR_BACKOFF));
    expect(delays.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(delays.slice(5, 9)).toEqual([1000, 2000, 4000, 8000]);
    expect(Math.max(...delays)).toBe(15 * 60_000);
  });
  it('never shrinks as failures grow, and never passes the cap', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
      const d = delayAfterFailures(n, PAIR_BACKOFF);
      return d <= PAIR_BACKOFF.maxMs && d <= delayAfterFailures(n + 1, PAIR_BACKOFF);
    }));
  });
  it('rounds Retry-After up to whole seconds, at least one', () => {
    expect([retryAfterSeconds(1), retryAfterSeconds(1000), retryAfterSeconds(1001), retryAfterSeconds(0)]).toEqual([1, 1, 2, 1]);
  });
});

describe('token bucket', () => {
  const policy = { burst: 2000, perSecond: 200 };
  it('lets a burst through, then refills at the rate', () => {
    let bucket: Bucket | undefined;
    for (let i = 0; i < 4; i++) {
      const r = take(bucket, 500, policy, 0);
      expect(r.ok).toBe(true);
      bucket = r.bucket;
    }
    const over = take(bucket, 500, policy, 0);
    expect(over).toMatchObject({ ok: false, retryAfterMs: 2500 });
    expect(take(over.bucket, 500, policy, 2500).ok).toBe(true);
  });
  it('never goes below zero or above the burst', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 5000 }))), (steps) => {
      let bucket: Bucket | undefined;
      let now = 0;
      for (const [cost, wait] of steps) {
        now += wait;
        bucket = take(bucket, cost, policy, now).bucket;
        if (bucket.tokens < 0 || bucket.tokens > policy.burst) return false;
      }
      return true;
    }));
  });
});

describe('client address', () => {
  it('uses the socket unless proxies are trusted, then the hop our proxy added', () => {
    expect(pickClientAddress('10.0.0.1', '1.2.3.4', 0)).toBe('10.0.0.1');
    expect(pickClientAddress('10.0.0.1', 'forged, 1.2.3.4', 1)).toBe('1.2.3.4');
    expect(pickClientAddress('10.0.0.1', 'client, 1.2.3.4, 10.0.0.2', 2)).toBe('1.2.3.4');
    expect(pickClientAddress('10.0.0.1', '1.2.3.4', 3)).toBe('1.2.3.4');
    expect(pickClientAddress('10.0.0.1', undefined, 1)).toBe('10.0.0.1');
  });
  it('folds IPv4-mapped IPv6 to IPv4 and IPv6 to its /64', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64');
    expect(normalizeAddress('2001:DB8:0000:0001:bbbb:1:2:3')).toBe('2001:db8:0:1::/64');
    expect(normalizeAddress('[::1]')).toBe('0:0:0:0::/64');
  });
});

describe('task queue', () => {
  it('runs tasks after the caller goes on, and drains', async () => {
    const queue = createTaskQueue({ log: () => undefined });
    const done: number[] = [];
    queue.push(async () => { done.push(1); });
    expect(done).toEqual([]);
    expect(await queue.drain(1000)).toBe(true);
    expect(done).toEqual([1]);
  });
  it('gives up on a hanging task and drops tasks past its bound', async () => {
    const queue = createTaskQueue({ concurrency: 1, maxPending: 1, taskTimeoutMs: 20, log: () => undefined });
    expect(queue.push(() => new Promise<void>(() => undefined))).toBe(true);
    expect(queue.push(async () => undefined)).toBe(false);
    expect(await queue.drain(1000)).toBe(true);
  });
});
