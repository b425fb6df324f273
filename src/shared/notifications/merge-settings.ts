// One change to a person's message settings laid on what they hold: the server's mutator
// and the phone's optimistic copy do the same. A channel set back to its default is kept
// as no choice at all, so a later change of the default reaches it.
import { DEFAULT_CHANNELS, NOTIFICATION_TOPICS, type Channel, type NotificationSettings, type NotificationTopic } from './settings';

export interface SettingsChange {
  channels?: Partial<Record<NotificationTopic, Channel | undefined>>;
  quietHours?: boolean;
  quietFrom?: number;
  quietUntil?: number;
  language?: NotificationSettings['language'];
}

export function mergeSettings(current: NotificationSettings, change: SettingsChange): NotificationSettings {
  const channels: Partial<Record<NotificationTopic, Channel>> = { ...current.channels };
  for (const topic of NOTIFICATION_TOPICS) {
    const chosen = change.channels?.[topic];
    if (chosen === undefined) continue;
    if (chosen === DEFAULT_CHANNELS[topic]) delete channels[topic];
    else channels[topic] = chosen;
  }
  return {
    id: current.id,
    channels,
    quietHours: change.quietHours ?? current.quietHours,
    quietFrom: change.quietFrom ?? current.quietFrom,
    quietUntil: change.quietUntil ?? current.quietUntil,
    language: change.language ?? current.language,
  };
}
