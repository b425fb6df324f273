// Work-account sign-ins under way (issue 21): what the start of an OpenID Connect sign-in
// leaves for its end — the PKCE verifier and nonce, never sent to the browser — keyed by
// the `state` the browser carries in a short-lived cookie. Used once, then deleted.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('oidc_requests')
    .addColumn('state', 'text', (c) => c.primaryKey())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
