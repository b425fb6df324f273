// 405 with an Allow header for a known API path called with the wrong method (GET on
// push, POST on /api/me), instead of a 404 that would suggest the path is wrong.
import type { Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';

/** Exact paths and their methods, read from the app's own routes so the list never drifts. */
function allowedMethods(app: Hono<AppEnv>): Map<string, Set<string>> {
  const allowed = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || /[*:]/.test(route.path)) continue;
    const methods = allowed.get(route.path) ?? new Set<string>();
    methods.add(route.method);
    // Hono answers HEAD with the GET route.
    if (route.method === 'GET') methods.add('HEAD');
    allowed.set(route.path, methods);
  }
  return allowed;
}

/** Reads the routes on first use, when every route has been added. */
export function methodGuard(app: Hono<AppEnv>): MiddlewareHandler<AppEnv> {
  let allowed: Map<string, Set<string>> | null = null;
  return async (c, next) => {
    allowed ??= allowedMethods(app);
    const methods = allowed.get(c.req.path);
    if (methods && !methods.has(c.req.method)) {
      c.header('Allow', [...methods].join(', '));
      return errorResponse(c, 405, 'method_not_allowed');
    }
    await next();
  };
}
