// The messages a change to a network queues (issue 22), in the change's own transaction:
// an answer to a request (to the one who asked), new requests (to the coordinators,
// gathered: at most one message per network an hour, counting what waits when it is
// sent), a task given to the network (to its members, but the giver), and its deadline
// (to the coordinators, at 09.00 Danish time the day before).
import type { MutationContext } from './context';
import { enqueueNotification, lastNotification } from '../db/notification-queue';
import { activeMembersOf, coordinatorsOf } from '../db/networks';
import { REQUESTS_GATHER_MS, TASK_DEADLINE_NOTICE_HOUR } from '../../shared/notifications/kinds';
import { fromCopenhagenInput } from '../../shared/time/copenhagen-time';

type Ctx = Pick<MutationContext, 'tx' | 'now'>;

/** `version`: the membership's, so that a later request answered anew is told anew. */
export async function tellAnswer(ctx: Ctx, networkId: string, personId: string, kind: 'requestApproved' | 'requestDeclined', version: number): Promise<void> {
  await enqueueNotification(ctx.tx, { personId, kind, subjectId: networkId, dueAt: ctx.now, now: ctx.now, occasion: String(version) });
}

export async function tellCoordinatorsOfRequest(ctx: Ctx, networkId: string, askerId: string): Promise<void> {
  for (const coordinator of await coordinatorsOf(ctx.tx, networkId)) {
    if (coordinator === askerId) continue;
    const last = await lastNotification(ctx.tx, coordinator, 'requestsWaiting', networkId);
    // One not yet sent will count this request too.
    if (last && last.sent_at === null) continue;
    const nextAllowed = last?.sent_at ? new Date(Date.parse(last.sent_at) + REQUESTS_GATHER_MS).toISOString() : ctx.now;
    const dueAt = nextAllowed > ctx.now ? nextAllowed : ctx.now;
    await enqueueNotification(ctx.tx, { personId: coordinator, kind: 'requestsWaiting', subjectId: networkId, dueAt, now: ctx.now, occasion: dueAt });
  }
}

export async function tellTaskGiven(ctx: Ctx & Pick<MutationContext, 'viewer'>, networkId: string, taskId: string): Promise<void> {
  const members = await activeMembersOf(ctx.tx, networkId, ctx.viewer.personId);
  await enqueueNotification(ctx.tx, ...members.map((personId) => ({ personId, kind: 'taskGiven' as const, subjectId: taskId, dueAt: ctx.now, now: ctx.now })));
}

/** When the coordinators hear of a deadline (`due`, a date): the day before, in the morning, Danish time. */
export function deadlineNoticeAt(due: string): string | null {
  const [year, month, day] = due.split('-').map(Number) as [number, number, number];
  const dayBefore = new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
  return fromCopenhagenInput(`${dayBefore}T${String(TASK_DEADLINE_NOTICE_HOUR).padStart(2, '0')}:00`);
}

/** A scheduled row per coordinator; none when the morning before has already passed. */
export async function scheduleTaskDeadline(ctx: Ctx, networkId: string, taskId: string, due: string | null | undefined): Promise<void> {
  if (!due) return;
  const dueAt = deadlineNoticeAt(due);
  if (!dueAt || dueAt <= ctx.now) return;
  const coordinators = await coordinatorsOf(ctx.tx, networkId);
  await enqueueNotification(ctx.tx, ...coordinators.map((personId) => ({ personId, kind: 'taskDueTomorrow' as const, subjectId: taskId, dueAt, now: ctx.now })));
}
