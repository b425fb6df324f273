// The competence catalogue as admins keep it (issue 20, part 4): a retired competence stays
// on those who hold it but leaves the pickers; a merged one is gone (a tombstone) and names
// its survivor, so a change pushed from a phone that has not heard of the merge still lands.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('competences').addColumn('retired', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('competences').addColumn('merged_into', 'text').execute();
}
