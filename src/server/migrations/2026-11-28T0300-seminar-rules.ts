// Seminars run by their rules: check-in codes with a history (an old code keeps working
// for a grace period after it is renewed, and a phone that scanned offline is judged by
// the code that was valid then), and the indexes that let pull and the waitlist read
// only what they need; and calendar feeds. Forward only.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('checkin_codes')
    .addColumn('seminar_id', 'text', (c) => c.notNull().references('seminars.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text')
    .addPrimaryKeyConstraint('checkin_codes_pk', ['seminar_id', 'code'])
    .execute();
  // The codes seminars have today were valid from the beginning.
  await sql`insert into checkin_codes (seminar_id, code, valid_from, valid_until)
            select id, checkin_code, '2000-01-01T00:00:00.000Z', null from seminars`.execute(db);
  // Pull reads a person's own sign-ups and those of the seminars they organise, by version.
  await db.schema.createIndex('signups_person_version').on('signups').columns(['person_id', 'version']).execute();
  await db.schema.createIndex('seminars_organizer').on('seminars').columns(['organizer_id']).execute();
  // A person's calendar feed: a secret address (stored hashed) that lists their events.
  await db.schema.createTable('calendar_feeds')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('calendar_feeds_person').on('calendar_feeds').columns(['person_id']).execute();
  // The waitlist in order, per seminar.
  await db.schema.createIndex('signups_seminar_status_position').on('signups').columns(['seminar_id', 'status', 'position']).execute();
}
