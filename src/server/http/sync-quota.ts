// Per-session quotas on /api/sync: a token bucket per session, counted in mutations for
// push and in requests for pull, so a few runaway or hostile devices cannot starve the
// rest (/api/me stays fast while others flood push). Over quota: 429 rate_limited
// with Retry-After; the app keeps its outbox and tries again later (sync.md).
//
// The buckets live in memory, per process, unlike the sign-in limits: this is the hot
// path, and a database write per push would add the very load the quota is there to
// shed. What is lost on a restart is at most one fresh burst per session, and with
// several processes each grants its own share; that is fine for a load guard, which
// (unlike sign-in) guards no secret.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';
import { readBody } from './parse';
import { take, refill, type Bucket, type BucketPolicy } from './token-bucket';
import { retryAfterSeconds } from '../auth/backoff';
import { MAX_MUTATIONS_PER_PUSH } from '../../shared/protocol';
import type { PushSlotSettings } from './push-slots';

export interface SyncQuotaSettings { push: BucketPolicy; pull: BucketPolicy; slots: PushSlotSettings }

/** A full outbox of 2,000 goes at once; after that 200 mutations a second per session. */
export const DEFAULT_SYNC_QUOTA: SyncQuotaSettings = {
  push: { burst: 2000, perSecond: 200 },
  pull: { burst: 100, perSecond: 20 },
  slots: { running: 2, maxWaiting: 200 },
};

const MAX_BUCKETS = 50_000;

function createBuckets(policy: BucketPolicy) {
  const buckets = new Map<string, Bucket>();
  return {
    take(key: string, cost: number, now: number) {
      const result = take(buckets.get(key), cost, policy, now);
      if (buckets.size >= MAX_BUCKETS && !buckets.has(key)) {
        // A full bucket is the same as no bucket: forget those; then, if still full, the oldest.
        for (const [k, b] of buckets) if (refill(b, policy, now).tokens >= policy.burst) buckets.delete(k);
        if (buckets.size >= MAX_BUCKETS) buckets.delete(buckets.keys().next().value!);
      }
      buckets.set(key, result.bucket);
      return result;
    },
  };
}

/** Mutations in a push body; a malformed body costs 1 (the handler refuses it anyway). */
function mutationCount(body: unknown): number {
  const mutations = (body as { mutations?: unknown } | null)?.mutations;
  return Array.isArray(mutations) ? Math.max(1, Math.min(mutations.length, MAX_MUTATIONS_PER_PUSH)) : 1;
}

/** Must run after the session is known (requireSession): the bucket is the session's. */
export function syncQuota(settings: SyncQuotaSettings): MiddlewareHandler<AppEnv> {
  const push = createBuckets(settings.push);
  const pull = createBuckets(settings.pull);
  return async (c, next) => {
    const key = c.get('sessionId') ?? c.get('personId') ?? 'anonymous';
    const now = c.get('clock')();
    const path = c.req.path;
    let result: ReturnType<typeof push.take> | null = null;
    // The body is read once here; Hono keeps it, so the push handler reads the same text.
    if (path.endsWith('/push') && c.req.method === 'POST') result = push.take(key, mutationCount(await readBody(c)), now);
    else if (path.endsWith('/pull') && c.req.method === 'GET') result = pull.take(key, 1, now);
    if (result && !result.ok) {
      const seconds = retryAfterSeconds(result.retryAfterMs);
      c.header('Retry-After', String(seconds));
      return errorResponse(c, 429, 'rate_limited', { retryAfter: seconds });
    }
    await next();
  };
}
