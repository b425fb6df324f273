// Units' core knowledge (issue 11): the level a need counts from, each unit's plan (the
// leader's strategy and the last learning meeting), and indexes so that pull reads only
// the viewer's own unit's rows.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Existing needs count "erfaren" holders, the default of coreKnowledge.set.
  await db.schema.alterTable('core_knowledge').addColumn('level', 'integer', (c) => c.notNull().defaultTo(2)).execute();
  await db.schema.createIndex('core_knowledge_unit_version').on('core_knowledge').columns(['unit_id', 'version']).execute();

  await db.schema.createTable('unit_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unit_id', 'text', (c) => c.notNull().unique().references('units.id'))
    .addColumn('strategy', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('last_learning_meeting_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('unit_plans_version').on('unit_plans').column('version').unique().execute();
}
