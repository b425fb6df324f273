// Calendar feeds: POST /api/calendar-feed makes (or renews) my secret feed address,
// DELETE revokes it, and GET /api/calendar/<token>.ics is what a calendar app polls.
// The feed is read without a session: the address itself is the secret.
import { Hono } from 'hono';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';
import { requireSession } from './session';
import { appOrigin } from './app-origin';
import { calendarFile } from '../../shared/calendar/ics';
import { reminderLeadsMs } from '../../shared/notifications/settings';
import { notificationSettingsOf } from '../db/notification-settings';
import { calendarEventsOf, personOfCalendarFeed, renewCalendarFeed, revokeCalendarFeed } from '../db/calendar-feeds';

export function calendarRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/calendar-feed', requireSession, async (c) => {
    const token = await renewCalendarFeed(c.var.db.kysely, c.var.personId!, new Date(c.var.clock()).toISOString());
    const origin = appOrigin(c);
    return c.json({ url: `${origin}/api/calendar/${token}.ics` });
  });

  app.delete('/calendar-feed', requireSession, async (c) => {
    await revokeCalendarFeed(c.var.db.kysely, c.var.personId!, new Date(c.var.clock()).toISOString());
    return c.body(null, 204);
  });

  app.get('/calendar/:file', async (c) => {
    const token = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(c.req.param('file'))?.[1];
    const personId = token ? await personOfCalendarFeed(c.var.db.kysely, token) : null;
    if (!personId) return errorResponse(c, 404, 'not_found');
    const origin = appOrigin(c);
    const events = (await calendarEventsOf(c.var.db.kysely, personId)).map((e) => ({ ...e, url: `${origin}/arrangementer/${e.id}` }));
    const leads = reminderLeadsMs(await notificationSettingsOf(c.var.db.kysely, personId));
    return c.body(calendarFile(events, leads), 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
  });

  return app;
}
