// SQL of each person's message settings (issue 22, part 4): one synced row a person, read by
// the message worker for a batch at once and pulled by its owner alone.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, NotificationSettingsTable } from './schema';
import type { Viewer } from '../rules/viewer';
import { inPullRange, type PullRange } from './pull-range';
import { bit, bool, parseJsonObject } from './json';
import {
  CHANNELS, NOTIFICATION_TOPICS, settingsOrDefaults, type Channel, type NotificationSettings, type NotificationTopic,
} from '../../shared/notifications/settings';

export type NotificationSettingsRow = Selectable<NotificationSettingsTable>;

/** The stored channels, as far as they are still topics and channels this app knows. */
function channelsOf(json: string): Partial<Record<NotificationTopic, Channel>> {
  const stored = parseJsonObject(json);
  const channels: Partial<Record<NotificationTopic, Channel>> = {};
  for (const topic of NOTIFICATION_TOPICS) {
    const channel = stored[topic];
    if ((CHANNELS as readonly unknown[]).includes(channel)) channels[topic] = channel as Channel;
  }
  return channels;
}

export function settingsOfRow(row: NotificationSettingsRow): NotificationSettings {
  return {
    id: row.id, channels: channelsOf(row.channels), quietHours: bool(row.quiet_hours),
    quietFrom: row.quiet_from, quietUntil: row.quiet_until, language: row.language,
  };
}

/** The person's settings as they hold now (their row, or the defaults). */
export async function notificationSettingsOf(db: Kysely<Database> | Transaction<Database>, personId: string): Promise<NotificationSettings> {
  const row = await db.selectFrom('notification_settings').selectAll().where('person_id', '=', personId).where('deleted', '=', 0).executeTakeFirst();
  return settingsOrDefaults(personId, row && settingsOfRow(row));
}

/** The settings of many people at once (the worker's batch); missing: the defaults. */
export async function notificationSettingsOfMany(db: Kysely<Database>, personIds: readonly string[]): Promise<Map<string, NotificationSettings>> {
  const ids = [...new Set(personIds)];
  const settings = new Map<string, NotificationSettings>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('notification_settings').selectAll().where('person_id', 'in', ids.slice(i, i + 500)).where('deleted', '=', 0).execute();
    for (const row of rows) settings.set(row.person_id, settingsOfRow(row));
  }
  for (const id of ids) if (!settings.has(id)) settings.set(id, settingsOrDefaults(id, undefined));
  return settings;
}

/** Writes the person's whole settings row (made at the first change). */
export async function saveNotificationSettings(tx: Transaction<Database>, settings: NotificationSettings, version: number, now: string): Promise<void> {
  const values = {
    channels: JSON.stringify(settings.channels), quiet_hours: bit(settings.quietHours), quiet_from: settings.quietFrom,
    quiet_until: settings.quietUntil, language: settings.language, version, deleted: 0, updated_at: now,
  };
  await tx.insertInto('notification_settings').values({ id: settings.id, person_id: settings.id, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
}

/** The viewer's own row, when it changed within the page's range: nobody else's ever leaves the server. */
export async function changedNotificationSettings(db: Kysely<Database>, viewer: Viewer, r: PullRange): Promise<NotificationSettingsRow[]> {
  return db.selectFrom('notification_settings').selectAll()
    .where(inPullRange('notification_settings', r)).where('person_id', '=', viewer.personId)
    .orderBy('version').limit(r.limit).execute();
}

/** Gone with the person (db/retention.ts). */
export async function eraseNotificationSettings(tx: Transaction<Database>, personId: string): Promise<void> {
  await tx.deleteFrom('notification_settings').where('person_id', '=', personId).execute();
}
