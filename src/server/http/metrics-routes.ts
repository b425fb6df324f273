// GET /metrics in Prometheus text format (issue 23, part 3), and the middleware that times
// every request by its matched route. The metrics say nothing of anyone, but they are the
// municipality's business: with METRICS_TOKEN set, only `Authorization: Bearer <token>`;
// without it, only from this machine and not through a proxy (a proxy on this machine
// would otherwise make every visitor look local).
import { timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { socketAddress } from './client-address';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';
import type { Metrics } from '../metrics/metrics';
import { clusterMetricsText } from '../metrics/cluster-metrics';

export function timeRequests(metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const labels = { method: c.req.method, route: routePath(c) || 'unmatched', status: String(c.res.status) };
      metrics.requestSeconds.observe(labels, (performance.now() - started) / 1000);
      metrics.requests.inc(labels);
    }
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

export function metricsRoutes(metrics: Metrics) {
  const app = new Hono<AppEnv>();
  app.get('/metrics', async (c) => {
    const token = c.var.config.metricsToken;
    if (token) {
      const given = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
      if (!sameToken(given, token)) return errorResponse(c, 401, 'metrics_not_allowed');
    } else {
      const remote = socketAddress(c);
      // Behind a proxy on this machine every visitor comes from loopback: with TRUST_PROXY set,
      // or any header a proxy adds, only the token will do.
      const proxied = c.var.config.trustProxy > 0 || ['x-forwarded-for', 'forwarded', 'x-real-ip', 'via'].some((h) => c.req.header(h) !== undefined);
      if (!LOOPBACK.test(remote) || proxied) return errorResponse(c, 403, 'metrics_not_allowed');
    }
    c.header('Content-Type', metrics.registry.contentType);
    c.header('Cache-Control', 'no-store');
    // Every worker's, summed, where there are several; else (or if the primary is slow) this process's.
    return c.body((await clusterMetricsText()) ?? await metrics.registry.metrics());
  });
  return app;
}
