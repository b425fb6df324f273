// How each session began (issue 21, OIDC_LOGOUT): only a work-account session sends its
// person on to the provider's sign-out. Sessions begun before this column say nothing.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('method', 'text').execute();
}
