// The administrators' endpoints. POST /api/admin/import?mode=dry-run|write takes an HR file
// (CSV or XLSX, the raw bytes as the body, up to 20 MB: guards.ts) and answers what it
// would change or changed: { summary, read, preview }. A file upload is no outbox entry:
// admin work is online. Only an admin; anyone else gets 403 not_allowed and nothing runs.
import { Hono, type MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';
import { requireSession } from './session';
import { parseWith } from './parse';
import { loadViewer } from '../db/viewers';
import { hasRole } from '../rules/viewer';
import { importOrganisation, type ImportResult } from '../import/run-import';

const ImportQuery = v.strictObject({ mode: v.picklist(['dry-run', 'write']) });

const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const viewer = await loadViewer(c.var.db.kysely, c.var.personId!);
  if (!viewer || !hasRole(viewer, 'admin')) return errorResponse(c, 403, 'not_allowed');
  await next();
};

/** One import at a time on this server: two at once would each plan against the organisation before the other. */
let importing: Promise<unknown> = Promise.resolve();
function oneAtATime(run: () => Promise<ImportResult>): Promise<ImportResult> {
  const result = importing.then(run, run);
  importing = result.catch(() => undefined);
  return result;
}

export function adminRoutes() {
  const app = new Hono<AppEnv>();
  app.use('*', requireSession, requireAdmin);

  app.post('/import', async (c) => {
    const { mode } = parseWith(ImportQuery, c.req.query());
    const bytes = Buffer.from(await c.req.arrayBuffer());
    const now = () => new Date(c.var.clock());
    const { summary, table, preview } = await oneAtATime(() => importOrganisation(c.var.db.kysely, bytes, { dryRun: mode === 'dry-run', now }));
    return c.json({ summary, read: table, preview });
  });

  return app;
}
