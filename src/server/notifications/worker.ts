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
import {
  claimDueNotifications, eventStarts, finishNotifications, holdNotification, mailAddressesOf, retryNotification, type QueuedNotification,
} from '../db/notification-queue';
import { notificationSettingsOfMany } from '../db/notification-settings';
import { planDelivery } from './when-and-how';
import { translate, type UiLang } from '../../shared/i18n/messages';
import '../../shared/i18n/sections/notifications';
import { forgetPushEndpoint, liveSubscriptionsOf, type LiveSubscription } from '../db/push-subscriptions';
import { renderNotification } from './messages';
import { stillConcerned } from './still-concerns';
import type { PushOutcome, PushSender } from './push-sender';
import type { PushPayload } from '../../shared/notifications/kinds';
import type { MailTransport } from '../mail/transport';
import { notificationMail, type MailReason } from './email';

export interface NotificationWorker {
  /** Look now rather than at the next tick (a change has just queued something). */
  wake(): void;
  /** Finishes the round under way, then stops. */
  stop(): Promise<void>;
  /** A test message to the person now (Mig → "Send en prøvebesked"): to their phones, else by e-mail. */
  sendTest(personId: string): Promise<TestOutcome>;
}

/** How many phones took the test message, and whether it went by e-mail instead. */
export interface TestOutcome { pushed: number; emailed: boolean }

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

type Decision = { outcome: NotificationOutcome } | { retryAt: Date } | { holdUntil: string };
type Delivered = 'pushed' | 'emailed' | 'retry' | 'failed' | 'unreachable';

export function startNotificationWorker(options: WorkerOptions): NotificationWorker {
  const { db, dialect, clock, send, mail, log, intervalMs = 500, batch = 100, claimMs = CLAIM_MS } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let round: Promise<void> | null = null;

  const retryOrGiveUp = (message: QueuedNotification): Decision => (message.attempts + 1 < MAX_ATTEMPTS
    ? { retryAt: new Date(clock() + retryDelayMs(message.attempts)) } : { outcome: 'gave_up' });

  async function mailTo(message: QueuedNotification, address: string | undefined, payload: PushPayload, why: MailReason, lang: UiLang): Promise<Delivered> {
    if (!address || !mail) return 'unreachable';
    try {
      await mail.transport.send(notificationMail(payload, address, mail.origin(), lang, why));
      return 'emailed';
    } catch (error) {
      log(`[notifications] e-mail ${message.kind} ${message.id}: ${error instanceof Error ? error.message : String(error)}`);
      return 'retry';
    }
  }

  /** To every live phone: pushed when one took it; `unreachable` when there is none or every one is gone. */
  /** Each phone's answer; one the push service calls gone is forgotten. */
  function sendToEach(subscriptions: readonly LiveSubscription[], payload: PushPayload): Promise<PushOutcome[]> {
    return Promise.all(subscriptions.map(async (subscription) => {
      const outcome = await send(subscription, payload);
      if (outcome === 'gone') await forgetPushEndpoint(db, subscription.endpoint);
      return outcome;
    }));
  }

  async function pushTo(subscriptions: readonly LiveSubscription[], payload: PushPayload): Promise<Delivered> {
    if (subscriptions.length === 0) return 'unreachable';
    const outcomes = await sendToEach(subscriptions, payload);
    if (outcomes.includes('sent')) return 'pushed';
    if (outcomes.includes('retry')) return 'retry';
    return outcomes.every((outcome) => outcome === 'gone') ? 'unreachable' : 'failed';
  }

  /**
   * By the chosen channel. `push` falls back to e-mail where no phone can take it; `both`
   * counts as done when either arrived (a retry would repeat the one that did).
   */
  async function deliverBy(
    channel: 'push' | 'email' | 'both', message: QueuedNotification, subscriptions: readonly LiveSubscription[],
    address: string | undefined, payload: PushPayload, lang: UiLang,
  ): Promise<Decision> {
    let result: Delivered;
    if (channel === 'email') {
      result = await mailTo(message, address, payload, 'chosen', lang);
    } else if (channel === 'both') {
      const [pushed, emailed] = await Promise.all([pushTo(subscriptions, payload), mailTo(message, address, payload, 'chosen', lang)]);
      result = pushed === 'pushed' ? 'pushed' : emailed === 'emailed' ? 'emailed'
        : [pushed, emailed].includes('retry') ? 'retry' : pushed === 'failed' ? 'failed' : 'unreachable';
    } else {
      result = await pushTo(subscriptions, payload);
      if (result === 'unreachable') result = await mailTo(message, address, payload, subscriptions.length === 0 ? 'noPhone' : 'phonesGone', lang);
    }
    switch (result) {
      case 'pushed':
      case 'emailed': return { outcome: result };
      case 'retry': return retryOrGiveUp(message);
      case 'failed': return { outcome: 'gave_up' };
      case 'unreachable': return { outcome: 'no_channel' };
    }
  }

  async function deliver(messages: QueuedNotification[]): Promise<void> {
    const now = new Date(clock());
    const personIds = messages.map((m) => m.person_id);
    const subscriptions = await liveSubscriptionsOf(db, personIds, now.toISOString());
    const addresses = mail ? await mailAddressesOf(db, personIds) : new Map<string, string>();
    const settings = await notificationSettingsOfMany(db, personIds);
    const concerned = await stillConcerned(db, messages);
    const starts = await eventStarts(db, messages);
    const payloads = new Map<string, Promise<PushPayload | null>>();
    const payloadOf = (message: QueuedNotification, lang: UiLang) => {
      const key = `${message.kind}\u0000${message.subject_id}\u0000${lang}`;
      if (!payloads.has(key)) payloads.set(key, renderNotification(db, message, lang, now));
      return payloads.get(key)!;
    };
    const handle = async (message: QueuedNotification): Promise<{ message: QueuedNotification; decision: Decision | null }> => {
      if (!concerned.has(message.id)) return { message, decision: { outcome: 'dropped' } };
      const mine = settings.get(message.person_id)!;
      const plan = planDelivery(mine, message.kind, now.getTime(), starts.get(message.subject_id));
      if ('off' in plan) return { message, decision: { outcome: 'turned_off' } };
      if ('holdUntil' in plan) return { message, decision: plan };
      const subs = subscriptions.get(message.person_id) ?? [];
      const address = addresses.get(message.person_id);
      // Nobody to reach (no phone, no address): said without writing the message first.
      if (subs.length === 0 && (!address || !mail)) return { message, decision: { outcome: 'no_channel' } };
      try {
        const payload = await payloadOf(message, mine.language);
        if (!payload) return { message, decision: { outcome: 'dropped' } };
        const decision = await deliverBy(plan.channel, message, subs, address, payload, mine.language);
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
      else if ('holdUntil' in decision) await holdNotification(db, message.id, decision.holdUntil);
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

  async function sendTest(personId: string): Promise<TestOutcome> {
    const now = new Date(clock());
    const { language } = (await notificationSettingsOfMany(db, [personId])).get(personId)!;
    const payload: PushPayload = {
      kind: 'test', title: translate(language, 'pushTestTitle'), body: translate(language, 'pushTestBody'), url: '/mig', tag: 'test',
    };
    const subscriptions = (await liveSubscriptionsOf(db, [personId], now.toISOString())).get(personId) ?? [];
    const outcomes = await sendToEach(subscriptions, payload);
    const pushed = outcomes.filter((outcome) => outcome === 'sent').length;
    if (pushed > 0 || !mail) return { pushed, emailed: false };
    const address = (await mailAddressesOf(db, [personId])).get(personId);
    if (!address) return { pushed, emailed: false };
    // A mail server that fails throws: the route answers that it could not be sent.
    await mail.transport.send(notificationMail(payload, address, mail.origin(), language, 'test'));
    return { pushed, emailed: true };
  }

  return {
    sendTest,
    wake: () => schedule(0),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await round;
    },
  };
}
