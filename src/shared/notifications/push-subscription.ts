// A browser's PushSubscription as `subscription.toJSON()` gives it, checked on both sides
// (POST /api/push/subscriptions). Keys are base64url: p256dh a P-256 point (65 bytes), auth 16 bytes.
import * as v from 'valibot';

const base64url = (bytes: number) => v.pipe(
  v.string(), v.regex(/^[A-Za-z0-9_-]+={0,2}$/), v.check((text) => decodedLength(text) === bytes, `${bytes} bytes`),
);

function decodedLength(text: string): number {
  const plain = text.replace(/=+$/, '');
  return Math.floor((plain.length * 3) / 4);
}

export const PushKeysSchema = v.strictObject({ p256dh: base64url(65), auth: base64url(16) });

export const PushSubscriptionSchema = v.strictObject({
  endpoint: v.pipe(v.string(), v.maxLength(2048), v.url()),
  expirationTime: v.optional(v.nullable(v.number())),
  keys: v.unknown(),
});

export const PushUnsubscribeSchema = v.strictObject({ endpoint: v.pipe(v.string(), v.maxLength(2048)) });
