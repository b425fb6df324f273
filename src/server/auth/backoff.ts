// The arithmetic of sign-in limits, kept pure so it can be tested without a database:
// growing delays after failed code checks, and fixed windows for code requests.

/** A counter of failures for one key: delays begin after `free` failures. */
export interface BackoffPolicy {
  /** Failures allowed without any delay (a person mistyping a code a few times). */
  free: number;
  /** The first delay; each further failure doubles it. */
  baseMs: number;
  /** Doubling stops here, so a person is never kept out for long. */
  maxMs: number;
  /** The counter is forgotten after this long without a failure. */
  forgetAfterMs: number;
}

export interface WindowPolicy { limit: number; windowMs: number }

/** How long the next check must wait after `failures` failures in a row (0: none). */
export function delayAfterFailures(failures: number, policy: BackoffPolicy): number {
  const over = failures - policy.free;
  if (over <= 0) return 0;
  // 2 ** 40 is already far past any cap; bounding the exponent keeps the number finite.
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(over - 1, 40));
}

/** Whole seconds for a Retry-After header: never 0, so a client always waits a little. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
