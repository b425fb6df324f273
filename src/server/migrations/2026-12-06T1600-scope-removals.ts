// Scope changes remove everything no longer visible (issue 18, part 3): the record of an
// event moved between networks (its sign-ups change audience: the coordinators of the old
// network lose them, those of the new one get them), read by version at pull; the events a
// person who moved unit had signed up for at the move (the two units' counts that the move
// changed: a sign-up made after it counts in the new unit only); and indexes so that the
// scope backfill reads one network's events, not the municipality's, and a unit's counts
// read the moves into and out of that unit, not every move.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('seminar_moves')
    .addColumn('seminar_id', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('from_network_id', 'text')
    .addColumn('to_network_id', 'text')
    .addPrimaryKeyConstraint('seminar_moves_pk', ['seminar_id', 'version'])
    .execute();
  await db.schema.createIndex('seminar_moves_version').on('seminar_moves').column('version').execute();
  await db.schema.createIndex('seminars_network').on('seminars').columns(['network_id', 'version']).execute();

  await db.schema.createTable('unit_move_signups')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('seminar_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_move_signups_pk', ['person_id', 'version', 'seminar_id'])
    .execute();
  // Each pull counts its unit's attendance with the moves into and out of the unit: by index, not a scan of every move.
  await db.schema.createIndex('unit_moves_from').on('unit_moves').columns(['from_unit_id', 'version']).execute();
  await db.schema.createIndex('unit_moves_to').on('unit_moves').columns(['to_unit_id', 'version']).execute();
  // Moves made before this version: the sign-ups their people have now, as the counts took them until now.
  await sql`insert into unit_move_signups (person_id, version, seminar_id)
    select distinct m.person_id, m.version, s.seminar_id from unit_moves m join signups s on s.person_id = m.person_id`.execute(db);
}
