// The message tests run at any hour of the day, and the default quiet hours (21–07 Danish
// time) would hold their messages back at night: for them, every person's quiet hours are
// turned off, written directly as each person's settings row. The quiet hours themselves
// are tested with a clock set to the night (notification-settings.test.ts).
import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/db/schema';
import { reserveVersions } from '../../src/server/db/versions';
import { QUIET_FROM_DEFAULT, QUIET_UNTIL_DEFAULT } from '../../src/shared/notifications/settings';

export async function turnQuietHoursOff(db: Kysely<Database>): Promise<void> {
  const people = await db.selectFrom('people').select('id')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('notification_settings').select('id').whereRef('notification_settings.person_id', '=', 'people.id'))))
    .execute();
  if (people.length === 0) return;
  let version = await reserveVersions(db, people.length);
  const now = new Date().toISOString();
  for (let i = 0; i < people.length; i += 500) {
    await db.insertInto('notification_settings').values(people.slice(i, i + 500).map(({ id }) => ({
      id, person_id: id, version: version++, deleted: 0, channels: '{}', quiet_hours: 0,
      quiet_from: QUIET_FROM_DEFAULT, quiet_until: QUIET_UNTIL_DEFAULT, language: 'da' as const, updated_at: now,
    }))).execute();
  }
}
