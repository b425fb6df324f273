// The HTTP application: API routes behind their guards, then the built app.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppDeps, AppEnv } from './app-env';
import { HttpError, errorResponse } from './errors';
import { limitBody, sameOriginOnly, securityHeaders } from './guards';
import { requireSession, resolveSession } from './session';
import { authRoutes } from './auth-routes';
import { syncRoutes } from './sync-routes';
import { findPerson } from '../db/people';
import { staticRoutes } from './static';

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders);
  app.use('*', compress());
  app.use('*', async (c, next) => {
    c.set('db', deps.db);
    c.set('mail', deps.mail);
    c.set('config', deps.config);
    await next();
  });

  app.use('/api/*', sameOriginOnly, limitBody, resolveSession);
  app.route('/api/auth', authRoutes());
  app.use('/api/sync/*', requireSession);
  app.route('/api/sync', syncRoutes());
  app.get('/api/me', requireSession, async (c) => {
    const person = await findPerson(c.var.db.kysely, c.var.personId!);
    return person ? c.json({ person }) : errorResponse(c, 401, 'not_signed_in');
  });
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.all('/api/*', (c) => errorResponse(c, 404, 'not_found'));

  if (deps.config.staticDir) app.route('/', staticRoutes(deps.config.staticDir));

  app.onError((error, c) => {
    if (error instanceof HttpError) {
      return errorResponse(c, error.status, error.code, error.details !== undefined ? { details: error.details } : {});
    }
    console.error('[server] uventet fejl', error);
    return errorResponse(c, 500, 'internal');
  });
  return app;
}
