// A learning keeps its author's name (issue 20): when HR's file no longer names the author,
// their person row leaves every device, but what they learned stays, by their name.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('learnings').addColumn('author_name', 'text', (c) => c.notNull().defaultTo('')).execute();
  await sql`update learnings set author_name = coalesce((select name from people where people.id = learnings.author_id), '')`.execute(db);
}
