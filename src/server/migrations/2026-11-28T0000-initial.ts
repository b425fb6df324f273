// The first schema: every table the sync contract needs. Forward only.
import { sql, type Kysely } from 'kysely';

const SYNCED = ['areas', 'units', 'people', 'competences', 'person_competences', 'networks',
  'memberships', 'network_tasks', 'seminars', 'signups', 'learnings', 'core_knowledge'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const table = (name: string) =>
    db.schema.createTable(name)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('version', 'bigint', (c) => c.notNull())
      .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0));

  await table('areas').addColumn('name', 'text', (c) => c.notNull()).execute();
  await table('units')
    .addColumn('area_id', 'text', (c) => c.notNull().references('areas.id'))
    .addColumn('name', 'text', (c) => c.notNull()).execute();
  await table('people')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone_hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('roles', 'text', (c) => c.notNull().defaultTo('["employee"]'))
    .addColumn('knowledge_sharer', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('scope_version', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
  await table('competences')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('synonyms', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo('')).execute();
  await table('person_competences')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('competence_id', 'text', (c) => c.notNull().references('competences.id'))
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('can_help', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('person_competences_person_competence', ['person_id', 'competence_id']).execute();
  await table('networks')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('join_policy', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull()).execute();
  await table('memberships')
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
    .addUniqueConstraint('memberships_network_person', ['network_id', 'person_id']).execute();
  await table('network_tasks')
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('due', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('report', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.notNull()).execute();
  await table('seminars')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('signup_deadline', 'text')
    .addColumn('network_id', 'text')
    .addColumn('dlo', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('competence_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('organizer_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('scheduled'))
    .addColumn('checkin_code', 'text', (c) => c.notNull())
    .addColumn('confirmed_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('waitlist_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await table('signups')
    .addColumn('seminar_id', 'text', (c) => c.notNull().references('seminars.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('position', 'integer')
    .addColumn('checked_in_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('signups_seminar_person', ['seminar_id', 'person_id']).execute();
  await table('learnings')
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('application', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('seminar_id', 'text')
    .addColumn('competence_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('dlo', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('visibility_network_id', 'text')
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('conflicts', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull()).execute();
  await table('core_knowledge')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('competence_id', 'text', (c) => c.notNull().references('competences.id'))
    .addColumn('need_now', 'integer', (c) => c.notNull())
    .addColumn('need_in_5_years', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('core_knowledge_unit_competence', ['unit_id', 'competence_id']).execute();

  // Pull reads each table by version; a unique index also guards the counter's promise.
  for (const name of SYNCED) {
    await db.schema.createIndex(`${name}_version`).on(name).column('version').unique().execute();
  }
  await db.schema.createIndex('person_competences_person').on('person_competences').column('person_id').execute();
  await db.schema.createIndex('people_unit').on('people').column('unit_id').execute();

  await db.schema.createTable('version_counter')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull()).execute();
  await sql`insert into version_counter (id, value) values (1, 0)`.execute(db);

  await db.schema.createTable('clients')
    .addColumn('client_id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('last_mutation_id', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull()).execute();
  await db.schema.createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text').execute();
  await db.schema.createTable('login_codes')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}
