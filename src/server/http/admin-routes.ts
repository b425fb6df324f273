// The administrators' endpoints. POST /api/admin/import?mode=dry-run|write takes an HR file
// (CSV or XLSX, the raw bytes as the body, up to 20 MB: guards.ts) and answers what it
// would change or changed: { summary, read, preview }. GET /api/admin/log (and log.csv)
// reads the audit trail, newest first, found by words and kind. A file upload is no outbox entry:
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
import { findPerson } from '../db/people';
import { findAudit } from '../db/audit-log';
import { deviceKind } from './device-kind';
import { buildCsv } from '../../shared/csv';
import { AuditQuerySchema, describeAuditValues } from '../../shared/audit';
import { ColumnMapSchema } from '../../shared/organisation-import/reply';
import { translate } from '../../shared/i18n/messages';
// The log's CSV says its kinds and devices in the same Danish words as the log screen.
import '../../shared/i18n/sections/admin';

const ImportQuery = v.strictObject({
  mode: v.picklist(['dry-run', 'write']),
  /** The file's name, for the audit trail. */
  name: v.optional(v.pipe(v.string(), v.maxLength(255)), ''),
  /** Headers mapped by hand on the screen (JSON: header → column). */
  columns: v.optional(ColumnMapSchema),
});
/** Entries a page of the log screen shows; the CSV export takes up to EXPORT_MAX. */
const LOG_PAGE = 50;
const EXPORT_MAX = 10_000;

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
    const { mode, name, columns: mapped } = parseWith(ImportQuery, c.req.query());
    const bytes = Buffer.from(await c.req.arrayBuffer());
    const now = () => new Date(c.var.clock());
    const me = await findPerson(c.var.db.kysely, c.var.personId!);
    const by = { actorId: c.var.personId, actor: me?.name ?? '', subject: name, device: deviceKind(c.req.header('user-agent')) };
    const { summary, columns, table, preview } = await oneAtATime(() => importOrganisation(c.var.db.kysely, bytes, { dryRun: mode === 'dry-run', mapped, now, by }));
    return c.json({ summary, columns, read: table, preview });
  });

  app.get('/log', async (c) => {
    const query = parseWith(AuditQuerySchema, c.req.query());
    return c.json(await findAudit(c.var.db.kysely, query, LOG_PAGE));
  });

  // The same entries as a spreadsheet (the one CSV writer: shared/csv.ts).
  app.get('/log.csv', async (c) => {
    const query = parseWith(AuditQuerySchema, c.req.query());
    const { entries } = await findAudit(c.var.db.kysely, query, EXPORT_MAX);
    const csv = buildCsv(['Tidspunkt', 'Hvem', 'Handling', 'Hvad', 'Før', 'Efter', 'Enhed'], entries.map((e) => [
      e.at, e.actor, translate('da', `logAction_${e.action}`), e.subject, describeAuditValues(e.before), describeAuditValues(e.after),
      translate('da', `logDevice_${e.device}`),
    ]));
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="videnbro-log.csv"' });
  });

  return app;
}
