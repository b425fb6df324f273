// SQL of work-account sign-ins under way (auth/oidc-flow.ts): kept at the start, taken
// (read and deleted in one go, so a replayed callback finds nothing) at the end, and
// forgotten after OIDC_REQUEST_MINUTES.
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import type { PendingSignIn } from '../auth/oidc-flow';

/** How long a sign-in may take at the provider (a login form, perhaps two-factor). */
export const OIDC_REQUEST_MINUTES = 10;

export async function keepOidcRequest(db: Kysely<Database>, pending: PendingSignIn, returnTo: string, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - OIDC_REQUEST_MINUTES * 60_000).toISOString();
  await db.deleteFrom('oidc_requests').where('created_at', '<', cutoff).execute();
  await db.insertInto('oidc_requests').values({
    state: pending.state, nonce: pending.nonce, code_verifier: pending.codeVerifier, return_to: returnTo, created_at: now.toISOString(),
  }).execute();
}

/** The sign-in that `state` started, if it is still fresh; it can be taken once. */
export async function takeOidcRequest(db: Kysely<Database>, state: string, now: Date): Promise<(PendingSignIn & { returnTo: string }) | null> {
  const row = await db.deleteFrom('oidc_requests').where('state', '=', state).returningAll().executeTakeFirst();
  if (!row || Date.parse(row.created_at) < now.getTime() - OIDC_REQUEST_MINUTES * 60_000) return null;
  return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to };
}
