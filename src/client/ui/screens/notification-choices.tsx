// Mig → "Besked til mig" → what to hear of, and how (issue 22, part 4): a channel per topic,
// quiet hours, and a test message. The choices are the person's own synced row, changed
// offline like the profile: each change is saved on the phone at once and says so
// honestly ("Gemt på telefonen" until the server has it). Messages are written in the
// app's language as it is when a choice is saved.
import '../../../shared/i18n/sections/notifications';
import { useState } from 'preact/hooks';
import { useLang, useRuntime, useT } from '../context';
import { useLiveQuery, useOnline } from '../hooks';
import { SelectField } from '../components/form-fields';
import { Checkbox } from '../components/form-choices';
import { PendingBadge } from '../components/pending-badge';
import {
  CHANNELS, DEFAULT_CHANNELS, NOTIFICATION_TOPICS, settingsOrDefaults, type Channel, type NotificationTopic,
} from '../../../shared/notifications/settings';
import type { SettingsChange } from '../../../shared/notifications/merge-settings';
import type { MessageKey } from '../../../shared/i18n/messages';

const TOPIC_LABEL: Record<NotificationTopic, MessageKey> = {
  seatOpened: 'topicSeatOpened', eventChanged: 'topicEventChanged', eventReminder: 'topicEventReminder',
  eventReminderSoon: 'topicEventReminderSoon', requestAnswered: 'topicRequestAnswered', requestsWaiting: 'topicRequestsWaiting',
  taskGiven: 'topicTaskGiven', taskDueTomorrow: 'topicTaskDueTomorrow',
};
const CHANNEL_LABEL: Record<Channel, MessageKey> = { push: 'channelPush', email: 'channelEmail', both: 'channelBoth', none: 'channelNone' };
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const hourText = (hour: number) => `${String(hour).padStart(2, '0')}.00`;

type TestSaid = { key: MessageKey; alert: boolean };

export function NotificationChoices({ personId }: { personId: string }) {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const online = useOnline();
  const row = useLiveQuery(() => runtime.store.get('notificationSettings', personId), [personId]);
  const pending = useLiveQuery(() => runtime.store.isPending('notificationSettings', personId), [personId]) ?? false;
  const settings = settingsOrDefaults(personId, row, lang);
  const [saved, setSaved] = useState(false);
  const [testing, setTesting] = useState(false);
  const [testSaid, setTestSaid] = useState<TestSaid | null>(null);

  async function change(what: SettingsChange) {
    await runtime.mutate('notificationSettings.set', { ...what, language: lang });
    setSaved(true);
  }

  async function sendTest() {
    setTesting(true);
    setTestSaid(null);
    const reply = await runtime.transport.sendTestMessage();
    setTesting(false);
    if (!reply.ok) {
      setTestSaid({ key: reply.status === 429 ? 'notifyTestTooOften' : 'notifyTestFailed', alert: true });
      return;
    }
    const { pushed, emailed } = reply.value;
    setTestSaid(pushed > 0 ? { key: 'notifyTestPushed', alert: false } : emailed ? { key: 'notifyTestEmailed', alert: false } : { key: 'notifyTestNowhere', alert: true });
  }

  return (
    <div class="stack stack--tight" data-testid="notification-choices">
      <h3 id="notify-choices-title">{t('notifyChoicesTitle')}</h3>
      <p class="muted">{t('notifyChoicesIntro')}</p>
      {NOTIFICATION_TOPICS.map((topic) => (
        <SelectField key={topic} label={t(TOPIC_LABEL[topic])} value={settings.channels[topic] ?? DEFAULT_CHANNELS[topic]}
          onChange={(e) => void change({ channels: { [topic]: e.currentTarget.value as Channel } })}>
          {CHANNELS.map((channel) => <option key={channel} value={channel}>{t(CHANNEL_LABEL[channel])}</option>)}
        </SelectField>
      ))}
      <Checkbox label={t('quietHoursLabel')} checked={settings.quietHours}
        onChange={(e) => void change({ quietHours: e.currentTarget.checked })} />
      {settings.quietHours && (
        <div class="form-pair">
          <SelectField label={t('quietFromLabel')} value={String(settings.quietFrom)} onChange={(e) => void change({ quietFrom: Number(e.currentTarget.value) })}>
            {HOURS.map((hour) => <option key={hour} value={String(hour)}>{hourText(hour)}</option>)}
          </SelectField>
          <SelectField label={t('quietUntilLabel')} value={String(settings.quietUntil)} onChange={(e) => void change({ quietUntil: Number(e.currentTarget.value) })}>
            {HOURS.map((hour) => <option key={hour} value={String(hour)}>{hourText(hour)}</option>)}
          </SelectField>
        </div>
      )}
      <p class="muted">{t('quietHoursHint')}</p>
      <p role="status" data-testid="notify-choices-state">
        {pending ? <>{!online && t('notifySettingsSavedOffline')} <PendingBadge /></> : saved ? t('notifySettingsSaved') : null}
      </p>
      <button type="button" class="button button--quiet" disabled={testing || !online} onClick={() => void sendTest()}>{t('notifyTest')}</button>
      {!online && <p class="muted">{t('notifyTestOffline')}</p>}
      {testSaid && <p role={testSaid.alert ? 'alert' : 'status'} class={testSaid.alert ? 'notice notice--warn' : undefined}>{t(testSaid.key)}</p>}
    </div>
  );
}
