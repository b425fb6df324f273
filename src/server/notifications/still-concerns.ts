// Whether a queued message still concerns its person when it is sent (issue 22), read in
// a few statements per batch: a seat or a reminder only while they have the seat; news of
// an event while they are signed up or waiting; an answer while it is still the answer;
// requests waiting and a task's deadline while they coordinate the network; a task while
// they are its network's member.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { SUBJECT_OF, type NotificationKind } from '../../shared/notifications/kinds';
import { signupStatuses } from '../db/notification-queue';
import { membershipsNow, networksOfTasks } from '../db/notification-networks';

interface Queued { id: string; kind: NotificationKind; subject_id: string; person_id: string }

/** The ids of the messages that still concern their person. */
export async function stillConcerned(db: Kysely<Database>, messages: readonly Queued[]): Promise<Set<string>> {
  const about = (subject: 'seminar' | 'network' | 'task') => messages.filter((m) => SUBJECT_OF[m.kind] === subject);
  const seminarMessages = about('seminar');
  const signups = await signupStatuses(db, seminarMessages.map((m) => ({ seminarId: m.subject_id, personId: m.person_id })));
  const taskMessages = about('task');
  const taskNetworks = await networksOfTasks(db, taskMessages.map((m) => m.subject_id));
  const networkOf = (m: Queued) => (SUBJECT_OF[m.kind] === 'task' ? taskNetworks.get(m.subject_id) : m.subject_id);
  const networkMessages = [...about('network'), ...taskMessages];
  const memberships = await membershipsNow(db, networkMessages.flatMap((m) => {
    const networkId = networkOf(m);
    return networkId ? [{ networkId, personId: m.person_id }] : [];
  }));

  const concerned = new Set<string>();
  for (const m of messages) {
    const membership = memberships.get(`${networkOf(m) ?? ''}:${m.person_id}`);
    if (concerns(m.kind, signups.get(`${m.subject_id}:${m.person_id}`), membership)) concerned.add(m.id);
  }
  return concerned;
}

function concerns(kind: NotificationKind, signup: string | undefined, membership: { status: string; role: string } | undefined): boolean {
  switch (kind) {
    case 'seatOpened':
    case 'eventReminder':
    case 'eventReminderSoon': return signup === 'confirmed';
    case 'eventCancelled':
    case 'eventMoved': return signup === 'confirmed' || signup === 'waitlisted';
    case 'requestApproved': return membership?.status === 'active';
    case 'requestDeclined': return membership?.status === 'declined';
    case 'requestsWaiting': return membership?.status === 'active' && membership.role === 'coordinator';
    case 'taskGiven': return membership?.status === 'active';
    case 'taskDueTomorrow': return membership?.status === 'active' && membership.role === 'coordinator';
  }
}
