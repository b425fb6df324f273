// What the transport accepts as a reply: each checked against the shared schemas. Loaded
// with the first request rather than with the first paint (valibot and the entity schemas
// are a good part of the app's code).
import * as v from 'valibot';
import { ErrorBodySchema, PersonReplySchema, PullResponseSchema, PushResponseSchema, type ErrorBody } from '../../shared/protocol';
import { readingChanges } from './pulled-changes';
import { runInSlices } from '../../shared/slices/slices';
import type { Change } from '../../shared/protocol';
import { ImportReplySchema } from '../../shared/organisation-import/reply';
import { AuditReplySchema } from '../../shared/audit';

/**
 * A page's changes, each checked against its schema: on a first sync, seconds of work on a
 * slow phone, so done in slices that let a tap through (`pause` gives the thread back).
 */
export function readPulledChanges(raw: readonly unknown[], pause: () => Promise<void>): Promise<Change[]> {
  return runInSlices(readingChanges(raw), pause);
}

const DemoAccountsSchema = v.object({
  accounts: v.array(v.object({ email: v.string(), role: v.string(), name: v.string(), title: v.string(), unitName: v.string() })),
});
const ErrorReplySchema = v.object({ error: ErrorBodySchema });
/**
 * A pull page: its envelope must hold; its changes are read one by one afterwards, in
 * slices (pulled-changes.ts, transport.ts).
 */
const PullReplySchema = v.object({ ...PullResponseSchema.entries, changes: v.array(v.unknown()) });

export const replySchemas = {
  push: PushResponseSchema,
  pullEnvelope: PullReplySchema,
  person: PersonReplySchema,
  demoAccounts: DemoAccountsSchema,
  /** GET /api/me/export: my profile, then lists of rows by kind (server/db/my-data.ts), read generically. */
  myData: v.objectWithRest({ exportedAt: v.string(), person: v.record(v.string(), v.unknown()) }, v.array(v.record(v.string(), v.unknown()))),
  /** GET /api/legal: the names the privacy notice and the accessibility statement use. */
  legal: v.object({ controller: v.string(), dpo: v.string(), feedback: v.string(), retentionDays: v.number() }),
  /** GET /api/auth/methods: the ways in this server offers, and whom to ask when a work account is not known. */
  authMethods: v.object({ oidc: v.boolean(), emailCodes: v.boolean(), contact: v.nullable(v.string()) }),
  none: v.null(),
  /** GET /api/push/key: the server's VAPID public key (base64url). */
  pushKey: v.object({ publicKey: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{80,100}$/)) }),
  /** POST /api/push/subscriptions: the subscription kept. */
  pushSubscribed: v.object({ endpoint: v.string() }),
  /** POST /api/push/test: how many phones took the test message, and whether it went by e-mail. */
  pushTest: v.object({ pushed: v.pipe(v.number(), v.integer(), v.minValue(0)), emailed: v.boolean() }),
  /** POST /api/auth/logout: nothing, or the provider's sign-out to go on to (OIDC_LOGOUT). */
  logout: v.nullable(v.object({ providerLogout: v.pipe(v.string(), v.url()) })),
  /** POST /api/calendar-feed: my secret calendar address (events). */
  calendarFeed: v.object({ url: v.pipe(v.string(), v.url()) }),
  /** POST /api/admin/import: what an HR file would change, or changed (admin). */
  importReply: ImportReplySchema,
  /** GET /api/admin/log: a page of the audit trail (admin). */
  auditLog: AuditReplySchema,
};

export type ReplyName = keyof typeof replySchemas;
export type ReplyOf<N extends ReplyName> = v.InferOutput<(typeof replySchemas)[N]>;

/** The reply as the protocol says it is, or undefined when it is not. */
export function parseReply<N extends ReplyName>(name: N, json: unknown): { value: ReplyOf<N> } | undefined {
  const parsed = v.safeParse(replySchemas[name], json);
  return parsed.success ? { value: parsed.output as ReplyOf<N> } : undefined;
}

export function parseError(json: unknown): ErrorBody | null {
  const parsed = v.safeParse(ErrorReplySchema, json);
  return parsed.success ? parsed.output.error : null;
}
