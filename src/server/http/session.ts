// Resolves the session cookie to a person, and writes the cookie with safe settings.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './app-env';
import { SESSION_COOKIE, SESSION_DAYS, personOfSession } from '../auth/sessions';
import { errorResponse } from './errors';

/** Secure everywhere but on localhost, where browsers serve plain http (sync.md, README). */
function isLocalhost(c: Context): boolean {
  const host = (c.req.header('host') ?? '').replace(/:\d+$/, '');
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

export function writeSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: !isLocalhost(c),
    sameSite: 'Lax',
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: !isLocalhost(c) });
}

export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

export const resolveSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = sessionToken(c);
  c.set('personId', token ? await personOfSession(c.var.db.kysely, token) : null);
  await next();
};

export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.var.personId) return errorResponse(c, 401, 'not_signed_in');
  await next();
};
