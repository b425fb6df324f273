// At most a few pushes run at once per process; the rest wait their turn. Pushes are
// bulk work (up to 500 transactions each) and SQLite takes one writer at a time anyway:
// twenty running side by side only put twenty transactions in line ahead of every
// /api/me. Waiting pushes cost nothing; past `maxWaiting` a push is told to come back.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';

export interface PushSlotSettings { running: number; maxWaiting: number }

export function pushSlots(settings: PushSlotSettings): MiddlewareHandler<AppEnv> {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next(); // the slot passes straight on
    else running -= 1;
  };
  return async (c, next) => {
    if (c.req.method !== 'POST' || !c.req.path.endsWith('/push')) return next();
    if (running >= settings.running) {
      if (waiting.length >= settings.maxWaiting) {
        c.header('Retry-After', '1');
        return errorResponse(c, 429, 'rate_limited', { retryAfter: 1 });
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      running += 1;
    }
    try {
      await next();
    } finally {
      release();
    }
  };
}
