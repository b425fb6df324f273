// The origin people reach the app at: PUBLIC_URL when set, else the request's own (as
// `npm start` serves it). Links the server hands out (the work account's redirect and
// sign-out return, calendar addresses) start with it.
import type { Context } from 'hono';
import type { AppEnv } from './app-env';

export function appOrigin(c: Context<AppEnv>): string {
  return c.var.config.publicUrl ?? new URL(c.req.url).origin;
}
