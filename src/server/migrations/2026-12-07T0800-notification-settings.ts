// Each person's choices for messages outside the app (issue 22, part 4): one synced row a
// person (its id the person's), pulled only by its owner. No row: the defaults.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('notification_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('person_id', 'text', (c) => c.notNull().unique().references('people.id'))
    .addColumn('channels', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('quiet_hours', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('quiet_from', 'integer', (c) => c.notNull())
    .addColumn('quiet_until', 'integer', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('da'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notification_settings_version').on('notification_settings').column('version').unique().execute();
}
