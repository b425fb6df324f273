// Resolves the session cookie to a person, and writes the cookie with safe settings.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './app-env';
import { SESSION_COOKIE, SESSION_DAYS, findActiveSession } from '../auth/sessions';
import { errorResponse } from './errors';

/**
 * PUBLIC_URL decides, never the Host header (anyone can send any Host): over https the
 * cookie is Secure and named __Host-, which browsers accept only from a secure origin,
 * for path / and without Domain, so no sibling host or plain-http page can plant it.
 * The sign-in code's nonce cookie follows the same rule (code-cookie.ts).
 */
export function cookieSettings(c: Context<AppEnv>, baseName = SESSION_COOKIE) {
  const secure = c.get('config').publicUrl?.startsWith('https:') ?? false;
  return { name: secure ? `__Host-${baseName}` : baseName, secure };
}

export function writeSessionCookie(c: Context<AppEnv>, token: string): void {
  const { name, secure } = cookieSettings(c);
  setCookie(c, name, token, { httpOnly: true, secure, sameSite: 'Lax', path: '/', maxAge: SESSION_DAYS * 86_400 });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  const { name, secure } = cookieSettings(c);
  deleteCookie(c, name, { path: '/', secure });
}

export function sessionToken(c: Context<AppEnv>): string | undefined {
  return getCookie(c, cookieSettings(c).name);
}

export const resolveSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = sessionToken(c);
  const session = token ? await findActiveSession(c.get('db').kysely, token, new Date(c.get('clock')())) : null;
  c.set('personId', session?.personId ?? null);
  c.set('sessionId', session?.sessionId ?? null);
  await next();
};

export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('personId')) return errorResponse(c, 401, 'not_signed_in');
  await next();
};
