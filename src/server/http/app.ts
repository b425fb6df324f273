// The HTTP application: API routes behind their guards, then the built app.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppDeps, AppEnv } from './app-env';
import { BodyReadError, HttpError, errorResponse } from './errors';
import { limitBody, noStore, sameOriginOnly, securityHeaders } from './guards';
import { methodGuard } from './methods';
import { requireSession, resolveSession } from './session';
import { syncQuota } from './sync-quota';
import { pushSlots } from './push-slots';
import { authRoutes } from './auth-routes';
import { oidcRoutes } from './oidc-routes';
import { meRoutes } from './me-routes';
import { syncRoutes } from './sync-routes';
import { calendarRoutes } from './calendar-routes';
import { adminRoutes } from './admin-routes';
import { pushRoutes } from './push-routes';
import { findPerson } from '../db/people';
import { staticRoutes } from './static';
import { healthRoutes } from './health-routes';
import { metricsRoutes, timeRequests } from './metrics-routes';
import { logRequests } from './request-log';
import { randomBytes } from 'node:crypto';
import { routePath } from 'hono/route';
import { safeError, warn } from '../logging/safe-error';
import { isDatabaseUnavailable } from '../db/unavailable';

/** How long a client waits before it tries again while the database is away. */
const DATABASE_RETRY_AFTER_S = 5;

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  if (deps.metrics) app.use('*', timeRequests(deps.metrics));
  if (deps.logger) app.use('*', logRequests(deps.logger, deps.logKey ?? randomBytes(32)));
  app.use('*', securityHeaders(deps.config));
  // Sync replies compress themselves, and only when they are big enough to gain
  // (compressed-json.ts): gzipping every few-hundred-byte push reply here cost a tenth of a
  // sign-up's server time (hono's compress cannot see a reply's length).
  const compressOthers = compress();
  app.use('*', (c, next) => (c.req.path.startsWith('/api/sync/') ? next() : compressOthers(c, next)));
  app.use('*', async (c, next) => {
    c.set('db', deps.db);
    c.set('mail', deps.mail);
    c.set('mailQueue', deps.mailQueue);
    c.set('config', deps.config);
    c.set('clock', deps.clock);
    c.set('notifications', deps.notifications);
    c.set('waitlists', deps.waitlists);
    c.set('pulseResults', deps.pulseResults);
    if (deps.logger) c.set('logger', deps.logger);
    if (deps.metrics) c.set('metrics', deps.metrics);
    await next();
  });

  // no-store first, so every reply below it carries it, refusals included.
  app.use('/api/*', noStore, sameOriginOnly(deps.config), methodGuard(app), limitBody, resolveSession);
  app.route('/api/auth/oidc', oidcRoutes());
  app.route('/api/auth', authRoutes());
  app.use('/api/sync/*', requireSession);
  // Quota first: a push over its session's quota is refused before it waits for a slot.
  if (deps.config.syncQuota) app.use('/api/sync/*', syncQuota(deps.config.syncQuota), pushSlots(deps.config.syncQuota.slots));
  app.route('/api/sync', syncRoutes());
  app.get('/api/me', requireSession, async (c) => {
    const person = await findPerson(c.var.db.kysely, c.var.personId!);
    return person ? c.json({ person }) : errorResponse(c, 401, 'not_signed_in');
  });
  app.route('/api/me', meRoutes());
  app.route('/api', calendarRoutes());
  app.route('/api/admin', adminRoutes());
  app.route('/api/push', pushRoutes());
  app.get('/api/health', (c) => c.json({ ok: true }));
  // What the privacy notice and the accessibility statement fill in: read signed out too.
  app.get('/api/legal', (c) => c.json({ ...c.var.config.legal, retentionDays: c.var.config.retention.deactivatedDays }));
  app.all('/api/*', (c) => errorResponse(c, 404, 'not_found'));

  app.route('/', healthRoutes(deps.isStopping ?? (() => false)));
  if (deps.metrics) app.route('/', metricsRoutes(deps.metrics));
  if (deps.config.staticDir) app.route('/', staticRoutes(deps.config.staticDir));

  app.onError(async (error, c) => {
    if (error instanceof BodyReadError) {
      // A client that hung up mid-upload is no fault of ours: one line, no stack trace.
      // The path as asked (a body comes only with a POST, whose paths carry no token).
      warn(deps.logger, `[server] afbrudt forespørgsel: ${c.req.method} ${c.req.path} (${error.reason})`);
      c.header('Connection', 'close');
      return errorResponse(c, error.status, error.code);
    }
    if (error instanceof HttpError) {
      return errorResponse(c, error.status, error.code, error.details !== undefined ? { details: error.details } : {});
    }
    if (await isDatabaseUnavailable(error, deps.db)) {
      warn(deps.logger, `[server] databasen svarer ikke (the database does not answer): ${c.req.method} ${routePath(c) || 'unmatched'}`);
      c.header('Retry-After', String(DATABASE_RETRY_AFTER_S));
      return errorResponse(c, 503, 'database_unavailable');
    }
    if (deps.logger) deps.logger.error({ err: safeError(error), route: routePath(c) || 'unmatched' }, '[server] uventet fejl');
    else console.error('[server] uventet fejl', error);
    return errorResponse(c, 500, 'internal');
  });
  return app;
}
