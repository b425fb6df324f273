// The reminder before an event (issue 22): scheduled when a person signs up (sent only if
// they then have a seat, notifications/messages.ts), moved with the event, none for an
// event already less than a day away.
import type { MutationContext } from './context';
import { scheduleNotification } from '../db/notification-queue';
import { REMINDER_LEAD_MS } from '../../shared/notifications/kinds';

export function reminderDue(startsAt: string): string {
  return new Date(Date.parse(startsAt) - REMINDER_LEAD_MS).toISOString();
}

export async function scheduleReminder({ tx, now }: Pick<MutationContext, 'tx' | 'now'>, personId: string, seminar: { id: string; starts_at: string }): Promise<void> {
  const dueAt = reminderDue(seminar.starts_at);
  if (dueAt <= now) return;
  await scheduleNotification(tx, { personId, kind: 'eventReminder', subjectId: seminar.id, dueAt, now });
}
