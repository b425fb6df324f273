// notificationSettings.set: a person changes their own message settings (issue 22, part 4);
// only the fields given change. Nobody sets another's: the row is always the viewer's.
import type { Mutator } from './context';
import { notificationSettingsOf, saveNotificationSettings } from '../db/notification-settings';
import { mergeSettings } from '../../shared/notifications/merge-settings';

export const notificationSettingsSet: Mutator<'notificationSettings.set'> = async ({ tx, viewer, now, nextVersion }, args) => {
  // The version first: on PostgreSQL it locks the counter row, so two devices changing
  // different topics at once are applied one after the other, neither lost.
  const version = await nextVersion();
  const current = await notificationSettingsOf(tx, viewer.personId);
  await saveNotificationSettings(tx, mergeSettings(current, args), version, now);
};
