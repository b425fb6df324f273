// /api/push (issue 22): the server's VAPID public key, and a browser's push subscription
// kept (tied to the session's person and session, so signing out ends it) or removed.
// Only endpoints at the known push services are taken (notifications/push-settings.ts).
// And a test message, sent at once, to see that messages arrive.
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';
import { readJson } from './parse';
import { requireSession } from './session';
import { PushKeysSchema, PushSubscriptionSchema, PushUnsubscribeSchema } from '../../shared/notifications/push-subscription';
import { isAllowedPushEndpoint } from '../notifications/push-settings';
import { deletePushSubscription, savePushSubscription } from '../db/push-subscriptions';
import { createRateLimiter } from './rate-limit';

const TEST_MESSAGES_PER_WINDOW = 5;
const TEST_WINDOW_MS = 10 * 60_000;

export function pushRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/key', (c) => c.json({ publicKey: c.var.notifications.publicKey }));

  app.post('/subscriptions', requireSession, async (c) => {
    const body = await readJson(c, PushSubscriptionSchema);
    if (!isAllowedPushEndpoint(body.endpoint, c.var.config.push)) return errorResponse(c, 400, 'push_endpoint_not_allowed');
    const keys = v.safeParse(PushKeysSchema, body.keys);
    if (!keys.success) return errorResponse(c, 400, 'push_keys_invalid');
    await savePushSubscription(c.var.db.kysely, {
      endpoint: body.endpoint, person_id: c.var.personId!, session_hash: c.var.sessionId!,
      p256dh: keys.output.p256dh, auth: keys.output.auth, created_at: new Date(c.var.clock()).toISOString(),
    });
    return c.json({ endpoint: body.endpoint }, 201);
  });

  // A few test messages a person, then a pause: enough to try each phone, never a way to
  // flood one's own inbox. Kept in this process (a restart forgets it, which is harmless).
  const testLimit = createRateLimiter(TEST_MESSAGES_PER_WINDOW, TEST_WINDOW_MS);
  app.post('/test', requireSession, async (c) => {
    if (!testLimit.allow(c.var.personId!, c.var.clock())) return errorResponse(c, 429, 'push_test_too_often');
    try {
      return c.json(await c.var.notifications.sendTest(c.var.personId!));
    } catch {
      return errorResponse(c, 502, 'push_test_failed');
    }
  });

  app.delete('/subscriptions', requireSession, async (c) => {
    const body = await readJson(c, PushUnsubscribeSchema);
    await deletePushSubscription(c.var.db.kysely, c.var.personId!, body.endpoint);
    return c.body(null, 204);
  });

  return app;
}
