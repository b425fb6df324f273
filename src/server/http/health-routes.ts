// /healthz and /readyz for the load balancer and the monitoring (issue 23, part 2), no
// session needed. Health: the process runs. Readiness: the database answers and its
// migrations are current, and the process is not stopping; else 503 with the reason, so a
// load balancer sends no new requests here. Neither names versions or hosts.
import { Hono } from 'hono';
import type { AppEnv } from './app-env';
import { databaseAnswers, pendingMigrations } from '../db/readiness';

/** How long readiness waits for the database: well inside a load balancer's probe time-out. */
const DATABASE_PROBE_MS = 2_000;

export type NotReadyReason = 'database' | 'migrating' | 'stopping';

export function healthRoutes(isStopping: () => boolean) {
  const app = new Hono<AppEnv>();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const notReady = (reason: NotReadyReason) => c.json({ status: 'unavailable', reason }, 503);
    if (isStopping()) return notReady('stopping');
    if (!(await databaseAnswers(c.var.db, DATABASE_PROBE_MS))) return notReady('database');
    try {
      if ((await pendingMigrations(c.var.db)) > 0) return notReady('migrating');
    } catch {
      return notReady('database');
    }
    return c.json({ status: 'ready' });
  });
  return app;
}
