// The learning log (issue 10): a learning's own revision (the `version` its author sends
// back as `baseVersion`), indexes so that a person's pull reads only the learnings shared
// with them, the old audiences of learnings whose visibility changed (to send `del` to
// those who no longer see one), and the record of people moving between units.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('learnings').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  // One index per way a learning reaches a person, each ending in `version`, so every
  // branch of the pull query walks only its own rows in pull order (db/learning-pull.ts).
  // Partial: the unit, network and organization indexes hold no private learning at all,
  // and no planner (without statistics) can pick one for another way's rows.
  await db.schema.createIndex('learnings_author_version').on('learnings').columns(['author_id', 'version']).execute();
  await db.schema.createIndex('learnings_organization_version').on('learnings').column('version')
    .where(sql.ref('visibility'), '=', 'organization').execute();
  await db.schema.createIndex('learnings_unit_version').on('learnings').columns(['unit_id', 'version'])
    .where(sql.ref('visibility'), '=', 'unit').execute();
  await db.schema.createIndex('learnings_network_version').on('learnings').columns(['visibility_network_id', 'version'])
    .where(sql.ref('visibility'), '=', 'network').execute();

  // The audience a learning had before its visibility changed at `version`.
  await db.schema.createTable('learning_retractions')
    .addColumn('learning_id', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('visibility_network_id', 'text')
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('learning_retractions_pk', ['learning_id', 'version'])
    .execute();
  await db.schema.createIndex('learning_retractions_version').on('learning_retractions').column('version').execute();

  // A person moved from one unit to another at `version`: their next pull swaps the units' learnings.
  await db.schema.createTable('unit_moves')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('from_unit_id', 'text', (c) => c.notNull())
    .addColumn('to_unit_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_moves_pk', ['person_id', 'version'])
    .execute();
}
