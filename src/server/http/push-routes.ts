// /api/push (issue 22): the server's VAPID public key, and a browser's push subscription
// kept (tied to the session's person and session, so signing out ends it) or removed.
// Only endpoints at the known push services are taken (notifications/push-settings.ts).
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';
import { readJson } from './parse';
import { requireSession } from './session';
import { PushKeysSchema, PushSubscriptionSchema, PushUnsubscribeSchema } from '../../shared/notifications/push-subscription';
import { isAllowedPushEndpoint } from '../notifications/push-settings';
import { deletePushSubscription, savePushSubscription } from '../db/push-subscriptions';

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

  app.delete('/subscriptions', requireSession, async (c) => {
    const body = await readJson(c, PushUnsubscribeSchema);
    await deletePushSubscription(c.var.db.kysely, c.var.personId!, body.endpoint);
    return c.body(null, 204);
  });

  return app;
}
