// /api/me/export and /api/me/delete (issue 21): everything stored about me as a file, and
// deleting my account — confirmed by typing my e-mail, refused while I lead a unit, alone
// coordinate a network with members, or am the last admin (each with its code), and then
// done in one transaction: my future sign-ups cancelled (seats freed, waitlists promoted),
// my learnings deleted or kept without my name as I chose, everything else of mine erased
// (db/retention.ts), every session of mine ended. Devices drop my rows at their next pull.
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from './app-env';
import { requireSession, clearSessionCookie } from './session';
import { errorResponse } from './errors';
import { readJson } from './parse';
import { collectMyData } from '../db/my-data';
import { findPerson } from '../db/people';
import { loadViewer } from '../db/viewers';
import { countOtherAdmins } from '../db/people-admin';
import { futureSignups, networksToHandOver } from '../db/account-deletion';
import { erasePerson } from '../db/retention';
import { reserveVersions } from '../db/versions';
import { recordAudit } from '../db/audit-log';
import { signupCancel } from '../mutators/signup-cancel';
import { lockSeminars } from '../db/seminars';
import { normalizeEmail } from '../auth/login-codes';

const DeleteRequest = v.strictObject({
  confirm: v.pipe(v.string(), v.maxLength(254)),
  learnings: v.picklist(['delete', 'anonymise']),
});

export function meRoutes() {
  const app = new Hono<AppEnv>();
  app.use('*', requireSession);

  // Everything stored about me, as a file (GDPR art. 15): never cached on the way.
  app.get('/export', async (c) => {
    const data = await collectMyData(c.var.db.kysely, c.var.personId!, new Date(c.var.clock()));
    if (!data) return errorResponse(c, 401, 'not_signed_in');
    c.header('Cache-Control', 'no-store');
    c.header('Content-Disposition', 'attachment; filename="videnbro-mine-data.json"');
    return c.json(data);
  });

  app.post('/delete', async (c) => {
    const body = await readJson(c, DeleteRequest);
    const { db: { kysely: db, dialect } } = c.var;
    const personId = c.var.personId!;
    const [person, viewer] = await Promise.all([findPerson(db, personId), loadViewer(db, personId)]);
    if (!person || !viewer) return errorResponse(c, 401, 'not_signed_in');
    if (normalizeEmail(body.confirm) !== person.email) return errorResponse(c, 400, 'delete_confirm_mismatch');
    if (viewer.roles.includes('admin') && await db.transaction().execute((tx) => countOtherAdmins(tx, personId)) === 0) return errorResponse(c, 409, 'last_admin');
    if (viewer.roles.includes('leader')) return errorResponse(c, 409, 'delete_leader_handover');
    const networks = await networksToHandOver(db, personId);
    if (networks.length > 0) return errorResponse(c, 409, 'delete_coordinator_handover', { networks });

    const now = new Date(c.var.clock()).toISOString();
    await db.transaction().execute(async (tx) => {
      const ctx = { tx, viewer, dialect, now, nextVersion: () => reserveVersions(tx), reserveVersions: (n: number) => reserveVersions(tx, n) };
      const seminars = await futureSignups(tx, personId, now);
      await lockSeminars(tx, seminars, dialect);
      for (const seminarId of seminars) await signupCancel(ctx, { seminarId });
      await erasePerson(tx, personId, now, { keepLearnings: body.learnings === 'anonymise' });
      // The line says that it happened, not who it was: the person is gone.
      await recordAudit(tx, { at: new Date(now), actorId: null, actor: '', action: 'accountDeleted', subject: personId, before: {}, after: { learnings: body.learnings }, device: 'unknown' });
    });
    await c.var.waitlists.settle(); // their places on waitlists, given up
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  return app;
}
