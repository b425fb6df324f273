// One log line per request (logging/logger.ts): its id (the caller's X-Request-Id when it
// is a plain token, else a new one, sent back in the reply), method, matched route (a
// pattern, never a path with an id in it), status, duration in ms, and the person as an
// opaque id. Nothing from the query, the body, the cookies or the headers beyond that.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from './app-env';
import { opaquePerson, type Logger } from '../logging/logger';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function logRequests(logger: Logger, key: Buffer): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header('x-request-id');
    const reqId = given && REQUEST_ID.test(given) ? given : randomUUID();
    c.header('X-Request-Id', reqId);
    try {
      await next();
    } finally {
      const personId = c.get('personId');
      logger.info({
        reqId, method: c.req.method, route: routePath(c) || 'unmatched', status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10, ...(personId && { person: opaquePerson(personId, key) }),
      }, 'request');
    }
  };
}
