// When a person was deactivated (issue 21, retention): the daily purge anonymises them
// RETENTION_DEACTIVATED_DAYS later. Those deactivated before this column count from now.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('people').addColumn('deactivated_at', 'text').execute();
  await sql`update people set deactivated_at = ${new Date().toISOString()} where deleted <> 0`.execute(db);
}
