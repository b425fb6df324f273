// The reminders before an event (issue 22): a day before, and an hour before for those who
// ask for it (off by default: the worker reads the person's settings when it is due, so a
// setting changed after signing up still counts). Scheduled when a person signs up (sent
// only if they then have a seat, notifications/still-concerns.ts), moved with the event;
// none that would already be past.
import type { MutationContext } from './context';
import { rescheduleReminders, scheduleNotifications } from '../db/notification-queue';
import { REMINDER_LEADS } from '../../shared/notifications/kinds';

type ReminderKind = keyof typeof REMINDER_LEADS;
const REMINDER_KINDS = Object.keys(REMINDER_LEADS) as ReminderKind[];

export function reminderDue(startsAt: string, kind: ReminderKind = 'eventReminder'): string {
  return new Date(Date.parse(startsAt) - REMINDER_LEADS[kind]).toISOString();
}

export async function scheduleReminder({ tx, now }: Pick<MutationContext, 'tx' | 'now'>, personId: string, seminar: { id: string; starts_at: string }): Promise<void> {
  const reminders = REMINDER_KINDS
    .map((kind) => ({ personId, kind, subjectId: seminar.id, dueAt: reminderDue(seminar.starts_at, kind), now }))
    .filter((reminder) => reminder.dueAt > now);
  await scheduleNotifications(tx, reminders); // one statement for all of them
}

/** The event's reminders not yet sent follow its new start. */
export async function moveReminders(tx: MutationContext['tx'], seminarId: string, startsAt: string): Promise<void> {
  for (const kind of REMINDER_KINDS) await rescheduleReminders(tx, seminarId, kind, reminderDue(startsAt, kind));
}
