// The audit trail: one row per admin action, import, sign-in and refused sign-in, read
// newest first by the admin's log screen and its CSV export. Never a code, token or cookie.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema';
import { containsPattern, likeEscaped } from './like';
import type { AuditAction, AuditEntry, AuditQuery, DeviceKind } from '../../shared/audit';

export interface AuditRecord {
  at: Date;
  actorId: string | null;
  /** Who, in words: the person's name, or "IT (kommandolinje)". */
  actor: string;
  action: AuditAction;
  /** What it concerns: an e-mail address, a file's name. */
  subject: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  device: DeviceKind;
}

export async function recordAudit(db: Kysely<Database> | Transaction<Database>, entry: AuditRecord): Promise<void> {
  await db.insertInto('audit_log').values({
    id: randomUUID(), at: entry.at.toISOString(), actor_id: entry.actorId, actor: entry.actor, action: entry.action,
    subject: entry.subject, before: JSON.stringify(entry.before ?? {}), after: JSON.stringify(entry.after ?? {}), device: entry.device,
  }).execute();
}

/** `%`, `_` and `\` typed by the admin are themselves, not patterns. */
/** Newest first, `limit` at a time; `before` pages on (the last entry's time). */
export async function findAudit(db: Kysely<Database>, query: AuditQuery, limit: number): Promise<{ entries: AuditEntry[]; more: boolean }> {
  let select = db.selectFrom('audit_log').selectAll();
  if (query.action) select = select.where('action', '=', query.action);
  // Newest first by (at, id): the next page starts right after the last entry shown.
  const { before, beforeId } = query;
  if (before && beforeId) select = select.where((eb) => eb.or([eb('at', '<', before), eb.and([eb('at', '=', before), eb('id', '<', beforeId)])]));
  else if (before) select = select.where('at', '<', before);
  const words = query.q?.trim();
  if (words) {
    const pattern = containsPattern(words.toLowerCase());
    select = select.where((eb) => eb.or([likeEscaped(sql`lower(actor)`, pattern), likeEscaped(sql`lower(subject)`, pattern)]));
  }
  const rows = await select.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  return {
    more: rows.length > limit,
    entries: rows.slice(0, limit).map((r) => ({
      id: r.id, at: r.at, actorId: r.actor_id, actor: r.actor, action: r.action, subject: r.subject,
      before: JSON.parse(r.before) as Record<string, unknown>, after: JSON.parse(r.after) as Record<string, unknown>,
      device: r.device,
    })),
  };
}
