// A token bucket: up to `burst` tokens, refilled at `perSecond`. Pure, with the time
// passed in, so its arithmetic is tested without waiting.
export interface BucketPolicy { burst: number; perSecond: number }
export interface Bucket { tokens: number; at: number }

export type Take = { ok: true; bucket: Bucket } | { ok: false; bucket: Bucket; retryAfterMs: number };

/** The bucket refilled up to `now`. */
export function refill(bucket: Bucket | undefined, policy: BucketPolicy, now: number): Bucket {
  if (!bucket) return { tokens: policy.burst, at: now };
  const elapsed = Math.max(0, now - bucket.at);
  return { tokens: Math.min(policy.burst, bucket.tokens + (elapsed * policy.perSecond) / 1000), at: now };
}

/** Takes `cost` tokens, or says how long until there are enough (nothing is taken then). */
export function take(bucket: Bucket | undefined, cost: number, policy: BucketPolicy, now: number): Take {
  const current = refill(bucket, policy, now);
  // A cost above the burst could never be paid: charge it as a full bucket instead.
  const due = Math.min(cost, policy.burst);
  if (current.tokens >= due) return { ok: true, bucket: { tokens: current.tokens - due, at: now } };
  return { ok: false, bucket: current, retryAfterMs: Math.ceil(((due - current.tokens) * 1000) / policy.perSecond) };
}
