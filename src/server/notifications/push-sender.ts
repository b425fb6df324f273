// One push message to one subscription (RFC 8030/8291/8292) through `web-push`: encrypted
// aes128gcm, signed with the server's VAPID key, with the kind's TTL and urgency and a
// Topic so that a newer message of the same kind and subject replaces the older one at the
// push service. What the push service answered decides what becomes of the message.
import { createHash } from 'node:crypto';
import type { Agent } from 'node:https';
import webpush, { WebPushError } from 'web-push';
import { DELIVERY, type PushPayload } from '../../shared/notifications/kinds';
import type { LiveSubscription } from '../db/push-subscriptions';
import type { VapidKeys } from './vapid';

/** A VAPID token's lifetime: 12 hours (RFC 8292 allows up to 24). */
const VAPID_TOKEN_SECONDS = 12 * 3600;

/** How long a push service may take to answer before the send counts as unanswered. */
export const PUSH_TIMEOUT_MS = 10_000;

/** `sent`; `gone` (404/410: forget the subscription); `retry` (429, 5xx, no answer); `refused` (any other 4xx: not tried again). */
export type PushOutcome = 'sent' | 'gone' | 'retry' | 'refused';

export type PushSender = (subscription: LiveSubscription, payload: PushPayload) => Promise<PushOutcome>;

/** A Topic header value: at most 32 URL-safe characters, the same for the same kind and tag. */
export function topicOf(payload: PushPayload): string {
  return createHash('sha256').update(`${payload.kind}\u0000${payload.tag}`).digest('base64url').slice(0, 32);
}

/** `agent`: the https agent to send through (tests trust their own push service's certificate with it). */
export function webPushSender(keys: VapidKeys, subject: string, agent?: Agent): PushSender {
  // One signed VAPID token per push service for an hour, not one per message (an ECDSA
  // signature each): the token may live up to 24 h; it is renewed well before its 12 h end.
  const tokens = new Map<string, { authorization: string; renewAt: number }>();
  const authorizationFor = (endpoint: string): string => {
    const audience = new URL(endpoint).origin;
    const held = tokens.get(audience);
    if (held && held.renewAt > Date.now()) return held.authorization;
    const expiresAt = Math.floor(Date.now() / 1000) + VAPID_TOKEN_SECONDS;
    const { Authorization: authorization } = webpush.getVapidHeaders(audience, subject, keys.publicKey, keys.privateKey, 'aes128gcm', expiresAt);
    tokens.set(audience, { authorization, renewAt: Date.now() + 3_600_000 });
    return authorization;
  };
  return async (subscription, payload) => {
    const delivery = DELIVERY[payload.kind];
    try {
      await webpush.sendNotification(
        { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
        JSON.stringify(payload),
        {
          headers: { Authorization: authorizationFor(subscription.endpoint) },
          contentEncoding: 'aes128gcm', TTL: delivery.ttlSeconds, urgency: delivery.urgency, topic: topicOf(payload), timeout: PUSH_TIMEOUT_MS,
          ...(agent && { agent }),
        },
      );
      return 'sent';
    } catch (error) {
      if (!(error instanceof WebPushError)) return 'retry';
      if (error.statusCode === 404 || error.statusCode === 410) return 'gone';
      if (error.statusCode === 429 || error.statusCode >= 500) return 'retry';
      return 'refused';
    }
  };
}
