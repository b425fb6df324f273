// Networks by their rules: who wrote a task's report and when, indexes for reading a
// network's rows and a person's memberships, and the record of scope changes — the
// moments a person's view of a network changed (joined, left, became coordinator) —
// from which pull sends only the rows that appeared or disappeared, never a full resync.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('network_tasks').addColumn('report_by', 'text').execute();
  await db.schema.alterTable('network_tasks').addColumn('report_at', 'text').execute();
  await db.schema.createTable('scope_changes')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('network_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('scope_changes_pk', ['person_id', 'version'])
    .execute();
  await db.schema.createIndex('memberships_person').on('memberships').columns(['person_id']).execute();
  await db.schema.createIndex('memberships_network_version').on('memberships').columns(['network_id', 'version']).execute();
  await db.schema.createIndex('network_tasks_network').on('network_tasks').columns(['network_id', 'version']).execute();
}
