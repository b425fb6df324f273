// HR's employee number on each person (issue 20): the organisation import matches people
// by it first, by e-mail second. Null for people no file has named yet (the demo's).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('people').addColumn('employee_number', 'text').execute();
  // Unique where set; both databases let several rows hold null in a unique index.
  await db.schema.createIndex('people_employee_number').on('people').column('employee_number').unique().execute();
}
