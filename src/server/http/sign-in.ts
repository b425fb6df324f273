// The end of every way in (an e-mail code, a demo account, a work account): a new session
// for the person, whatever session this browser had revoked first (rotation), and the
// sign-in in the audit trail with its method and the kind of device.
import type { Context } from 'hono';
import type { AppEnv } from './app-env';
import { createSession, revokeSession } from '../auth/sessions';
import { sessionToken, writeSessionCookie } from './session';
import { findPerson } from '../db/people';
import { recordAudit } from '../db/audit-log';
import { deviceKind } from './device-kind';
import type { SignInMethod } from '../../shared/audit';


export async function startSession(c: Context<AppEnv>, personId: string, method: SignInMethod) {
  const old = sessionToken(c);
  const now = new Date(c.var.clock());
  if (old) await revokeSession(c.var.db.kysely, old, now);
  writeSessionCookie(c, await createSession(c.var.db.kysely, personId, now, method));
  const person = await findPerson(c.var.db.kysely, personId);
  await recordAudit(c.var.db.kysely, {
    at: now, actorId: personId, actor: person?.name ?? '', action: 'signIn', subject: person?.email ?? '',
    after: { method }, device: deviceKind(c.req.header('user-agent')),
  });
  return person;
}

/** A refused sign-in in the audit trail: who was tried and why, never a code or a token. */
export function auditRefusedSignIn(c: Context<AppEnv>, subject: string, reason: string): Promise<void> {
  return recordAudit(c.var.db.kysely, {
    at: new Date(c.var.clock()), actorId: null, actor: '', action: 'signInRefused', subject,
    after: { reason }, device: deviceKind(c.req.header('user-agent')),
  });
}
