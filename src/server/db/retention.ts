// What Videnbro keeps, and for how long (issue 21, part 4; the privacy notice states it):
// a person deactivated RETENTION_DEACTIVATED_DAYS ago (180 by default) is anonymised — their
// profile blanked, their competences, memberships and learnings gone from every phone (new
// tombstones), their sessions, calendar addresses and devices deleted; sign-in lines of the
// audit trail go after 12 months; sign-in codes, sessions and work-account sign-ins under
// way a day after they ended. The daily job (server.ts) logs the counts, never a name.
import { eraseNotificationSettings } from './notification-settings';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';
import { reserveVersions } from './versions';
import { DEFAULT_DEACTIVATED_DAYS } from '../../shared/legal';

const DAY = 86_400_000;
export const SIGN_IN_AUDIT_MONTHS = 12;

export interface RetentionSettings { deactivatedDays: number }
export const DEFAULT_RETENTION: RetentionSettings = { deactivatedDays: DEFAULT_DEACTIVATED_DAYS };

export interface PurgeCounts { people: number; learnings: number; signInLines: number; codes: number; sessions: number; oidcRequests: number }

/** Everything of one person gone from the server and, at their next pull, from every phone. */
export async function erasePerson(
  tx: Transaction<Database>, personId: string, now: string, { keepLearnings = false }: { keepLearnings?: boolean } = {},
): Promise<{ learnings: number }> {
  const [competences, memberships, learnings] = await Promise.all([
    tx.selectFrom('person_competences').select('id').where('person_id', '=', personId).where('deleted', '=', 0).execute(),
    tx.selectFrom('memberships').select('id').where('person_id', '=', personId).where('deleted', '=', 0).execute(),
    tx.selectFrom('learnings').select('id').where('author_id', '=', personId).where('deleted', '=', 0).execute(),
  ]);
  let next = await reserveVersions(tx, competences.length + memberships.length + learnings.length + 1);
  for (const row of competences) await tx.updateTable('person_competences').set({ deleted: 1, note: '', updated_at: now, version: next++ }).where('id', '=', row.id).execute();
  for (const row of memberships) await tx.updateTable('memberships').set({ deleted: 1, version: next++ }).where('id', '=', row.id).execute();
  for (const row of learnings) {
    // Kept without a name (the author's choice when deleting their account), or gone.
    const change = keepLearnings
      ? { author_name: '', version: next++ }
      : { deleted: 1, title: '', body: '', application: '', author_name: '', conflicts: '[]', updated_at: now, version: next++ };
    await tx.updateTable('learnings').set(change).where('id', '=', row.id).execute();
  }
  await tx.deleteFrom('sessions').where('person_id', '=', personId).execute();
  await tx.deleteFrom('calendar_feeds').where('person_id', '=', personId).execute();
  await tx.deleteFrom('push_subscriptions').where('person_id', '=', personId).execute();
  await tx.deleteFrom('notification_queue').where('person_id', '=', personId).execute();
  await eraseNotificationSettings(tx, personId);
  // That they answered pulse checks; the answers themselves were never theirs by name.
  await tx.deleteFrom('pulse_marks').where('person_id', '=', personId).execute();
  const clients = tx.selectFrom('clients').select('client_id').where('person_id', '=', personId);
  await tx.deleteFrom('mutation_refusals').where('client_id', 'in', clients).execute();
  await tx.deleteFrom('clients').where('person_id', '=', personId).execute();
  // The row stays (ids elsewhere point at it), with nothing of the person left in it.
  await tx.updateTable('people').set({
    name: '', email: `slettet-${personId}@invalid`, title: '', phone: '', phone_hidden: 1, bio: '', roles: '["employee"]',
    knowledge_sharer: 0, employee_number: null, deleted: 1, deactivated_at: null, version: next,
  }).where('id', '=', personId).execute();
  return { learnings: learnings.length };
}

export async function purgeDue(db: Kysely<Database>, now: Date, settings: RetentionSettings = DEFAULT_RETENTION): Promise<PurgeCounts> {
  const at = now.toISOString();
  const dayAgo = new Date(now.getTime() - DAY).toISOString();
  const peopleCutoff = new Date(now.getTime() - settings.deactivatedDays * DAY).toISOString();
  const auditCutoff = new Date(now);
  auditCutoff.setUTCMonth(auditCutoff.getUTCMonth() - SIGN_IN_AUDIT_MONTHS);

  const due = await db.selectFrom('people').select('id').where('deleted', '!=', 0).where('deactivated_at', 'is not', null)
    .where('deactivated_at', '<', peopleCutoff).execute();
  let learnings = 0;
  // One person per transaction: a crash leaves each either purged or not yet.
  for (const { id } of due) learnings += (await db.transaction().execute((tx) => erasePerson(tx, id, at))).learnings;

  const signInLines = await db.deleteFrom('audit_log').where('action', 'in', ['signIn', 'signInRefused']).where('at', '<', auditCutoff.toISOString()).executeTakeFirst();
  const codes = await db.deleteFrom('sign_in_codes').where('expires_at', '<', dayAgo).executeTakeFirst();
  const sessions = await db.deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', dayAgo), eb('revoked_at', '<', dayAgo)])).executeTakeFirst();
  const oidcRequests = await db.deleteFrom('oidc_requests').where('created_at', '<', dayAgo).executeTakeFirst();
  return {
    people: due.length, learnings, signInLines: Number(signInLines.numDeletedRows), codes: Number(codes.numDeletedRows),
    sessions: Number(sessions.numDeletedRows), oidcRequests: Number(oidcRequests.numDeletedRows),
  };
}
