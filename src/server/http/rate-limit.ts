// A small fixed-window limiter in memory, for demo sign-in only: it guards against
// runaway loops on demo servers. Real sign-in limits live in the database
// (auth/sign-in-limits.ts), so they survive restarts and hold across processes.
export interface RateLimiter { allow(key: string, now?: number): boolean }

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    allow(key, now = Date.now()) {
      const current = windows.get(key);
      if (!current || current.resetAt <= now) {
        if (windows.size > 10_000) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
        windows.set(key, { count: 1, resetAt: now + windowMs });
        return true;
      }
      current.count += 1;
      return current.count <= limit;
    },
  };
}
