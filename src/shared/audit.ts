// The audit trail's kinds of entry and its reply, shared by the server (which writes and
// reads it) and the admin's log screen.
import * as v from 'valibot';

export const AUDIT_ACTIONS = ['import', 'signIn', 'signInRefused', 'admin.updatePerson', 'admin.saveArea', 'admin.saveUnit',
  'admin.mergeUnits', 'admin.saveCompetence', 'admin.mergeCompetences', 'accountDeleted'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
/** From the browser's User-Agent: which kind of device, never which one. */
export const DEVICE_KINDS = ['phone', 'tablet', 'computer', 'command', 'unknown'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];
/** The ways in (a sign-in entry's `method`; a session keeps its own). */
export const SIGN_IN_METHODS = ['code', 'demo', 'oidc'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

export const AuditEntrySchema = v.object({
  id: v.string(),
  at: v.string(),
  actorId: v.nullable(v.string()),
  actor: v.string(),
  action: v.picklist(AUDIT_ACTIONS),
  subject: v.string(),
  before: v.record(v.string(), v.unknown()),
  after: v.record(v.string(), v.unknown()),
  device: v.picklist(DEVICE_KINDS),
});
export type AuditEntry = v.InferOutput<typeof AuditEntrySchema>;

/** An entry's before or after as one line, for the log screen and its CSV: `name: Bo, roles: ["employee"]`. */
export function describeAuditValues(value: Record<string, unknown>): string {
  return Object.entries(value).map(([key, v]) => `${key}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(', ');
}

export const AuditReplySchema = v.object({ entries: v.array(AuditEntrySchema), more: v.boolean() });

/** GET /api/admin/log's query: words to find (actor, subject), one kind, entries before the last one shown. */
export const AuditQuerySchema = v.strictObject({
  q: v.optional(v.pipe(v.string(), v.maxLength(100))),
  action: v.optional(v.picklist(AUDIT_ACTIONS)),
  before: v.optional(v.pipe(v.string(), v.maxLength(40))),
  /** With `before`: the last entry's id, so entries of the same moment are neither skipped nor shown twice. */
  beforeId: v.optional(v.pipe(v.string(), v.maxLength(64))),
});
export type AuditQuery = v.InferOutput<typeof AuditQuerySchema>;
