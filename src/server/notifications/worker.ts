// The worker that empties the message queue (issue 22), in the server process: every half
// second (or when woken) it claims what is due, a batch at a time, renders each message
// fresh (once per kind and subject in the batch), and pushes it to the person's live
// subscriptions, or e-mails it to one with none (or whose every phone is gone). A
// subscription the push service calls gone is forgotten; a busy or silent push service (or
// mail server) is tried again later, with a growing pause; a message is marked done only
// after it has answered, at once (the rest of a batch's outcomes together). The reading is
// a few statements per batch, not per message, and each query gives the event loop a turn
// (server.ts hands it the app's yielding connection), so pushes and pulls go on while
// thousands of messages leave.
import type { Kysely } from 'kysely';
import type { Database, NotificationOutcome } from '../db/schema';
import { claimDueNotifications, finishNotifications, mailAddressesOf, retryNotification, type QueuedNotification } from '../db/notification-queue';
import { forgetPushEndpoint, liveSubscriptionsOf, type LiveSubscription } from '../db/push-subscriptions';
import { renderNotification } from './messages';
import { stillConcerned } from './still-concerns';
import type { PushOutcome, PushSender } from './push-sender';
import type { PushPayload } from '../../shared/notifications/kinds';
import type { MailTransport } from '../mail/transport';
import { notificationMail } from './email';

export interface NotificationWorker {
  /** Look now rather than at the next tick (a change has just queued something). */
  wake(): void;
  /** Finishes the round under way, then stops. */
  stop(): Promise<void>;
}

export interface WorkerOptions {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  clock: () => number;
  send: PushSender;
  /** E-mail for those with no live push subscription, and the app's origin for its links. */
  mail?: { transport: MailTransport; origin: () => string };
  log: (line: string) => void;
  intervalMs?: number;
  batch?: number;
  /** How long a claim holds (the crash test shortens it to see a dead worker's claims lapse). */
  claimMs?: number;
}

/** How long a claim holds: longer than a round with every push service at its timeout. */
const CLAIM_MS = 60_000;
export const MAX_ATTEMPTS = 8;

/** 5 s, 10 s, 20 s … at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(3_600_000, 5_000 * 2 ** attempts);
}

type Decision = { outcome: NotificationOutcome } | { retryAt: Date };

export function startNotificationWorker(options: WorkerOptions): NotificationWorker {
  const { db, dialect, clock, send, mail, log, intervalMs = 500, batch = 100, claimMs = CLAIM_MS } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let round: Promise<void> | null = null;

  const retryOrGiveUp = (message: QueuedNotification): Decision => (message.attempts + 1 < MAX_ATTEMPTS
    ? { retryAt: new Date(clock() + retryDelayMs(message.attempts)) } : { outcome: 'gave_up' });

  async function mailTo(message: QueuedNotification, address: string | undefined, payload: PushPayload): Promise<Decision> {
    if (!address || !mail) return { outcome: 'no_channel' };
    try {
      await mail.transport.send(notificationMail(payload, address, mail.origin(), 'da'));
      return { outcome: 'emailed' };
    } catch (error) {
      log(`[notifications] e-mail ${message.kind} ${message.id}: ${error instanceof Error ? error.message : String(error)}`);
      return retryOrGiveUp(message);
    }
  }

  async function decide(
    message: QueuedNotification, subscriptions: readonly LiveSubscription[], address: string | undefined, payload: PushPayload | null,
  ): Promise<Decision> {
    if (!payload) return { outcome: 'dropped' };
    if (subscriptions.length === 0) return mailTo(message, address, payload);
    const outcomes: PushOutcome[] = await Promise.all(subscriptions.map(async (subscription) => {
      const outcome = await send(subscription, payload);
      if (outcome === 'gone') await forgetPushEndpoint(db, subscription.endpoint);
      return outcome;
    }));
    if (outcomes.includes('sent')) return { outcome: 'pushed' };
    if (outcomes.includes('retry')) return retryOrGiveUp(message);
    // Every phone's subscription is gone: e-mail instead.
    if (outcomes.every((outcome) => outcome === 'gone')) return mailTo(message, address, payload);
    return { outcome: 'gave_up' };
  }

  async function deliver(messages: QueuedNotification[]): Promise<void> {
    const now = new Date(clock());
    const subscriptions = await liveSubscriptionsOf(db, messages.map((m) => m.person_id), now.toISOString());
    const addresses = mail ? await mailAddressesOf(db, messages.map((m) => m.person_id)) : new Map<string, string>();
    const concerned = await stillConcerned(db, messages);
    const payloads = new Map<string, Promise<PushPayload | null>>();
    const payloadOf = (message: QueuedNotification) => {
      const key = `${message.kind}\u0000${message.subject_id}`;
      if (!payloads.has(key)) payloads.set(key, renderNotification(db, message, 'da', now));
      return payloads.get(key)!;
    };
    const handle = async (message: QueuedNotification) => {
      const mine = subscriptions.get(message.person_id) ?? [];
      if (!concerned.has(message.id)) {
        return { message, decision: { outcome: 'dropped' as const } };
      }
      try {
        const decision = await decide(message, mine, addresses.get(message.person_id), await payloadOf(message));
        // Marked the moment its push service or mail server has answered, not with the batch:
        // a stop (or a kill) after that answer must not send it again.
        if ('outcome' in decision && (decision.outcome === 'pushed' || decision.outcome === 'emailed')) {
          await finishNotifications(db, [message.id], decision.outcome, new Date(clock()));
          return { message, decision: null };
        }
        return { message, decision };
      } catch (error) {
        // Its claim lapses and it is taken up again: logged without the person or the text.
        log(`[notifications] ${message.kind} ${message.id}: ${error instanceof Error ? error.message : String(error)}`);
        return { message, decision: null };
      }
    };
    // Started one at a time, each followed by a turn of the event loop: a message's
    // encryption is about a millisecond of this thread, and a batch started at once held up
    // a colleague's pull for the whole batch (p95 116 ms with 10,000 going out). The sends
    // still wait on their push services side by side.
    const started: ReturnType<typeof handle>[] = [];
    for (const message of messages) {
      started.push(handle(message));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const decisions = await Promise.all(started);
    const done = new Map<NotificationOutcome, string[]>();
    for (const { message, decision } of decisions) {
      if (!decision) continue;
      if ('retryAt' in decision) await retryNotification(db, message.id, decision.retryAt);
      else done.set(decision.outcome, [...(done.get(decision.outcome) ?? []), message.id]);
    }
    const at = new Date(clock());
    for (const [outcome, ids] of done) await finishNotifications(db, ids, outcome, at);
  }

  async function runRound(): Promise<void> {
    for (;;) {
      const due = await claimDueNotifications(db, dialect, new Date(clock()), batch, claimMs);
      if (due.length > 0) await deliver(due);
      if (due.length < batch || stopped) return;
    }
  }

  function schedule(delay: number) {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (round) return schedule(intervalMs);
      round = runRound()
        .catch((error: unknown) => log(`[notifications] ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          round = null;
          schedule(intervalMs);
        });
    }, delay);
    timer.unref();
  }
  schedule(intervalMs);

  return {
    wake: () => schedule(0),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await round;
    },
  };
}
