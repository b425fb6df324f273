// Middleware that guards every API request: foreign origins, body size, security headers.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from './errors';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Refuses cross-site requests (sync.md): a foreign Origin or Sec-Fetch-Site: cross-site. */
export const sameOriginOnly: MiddlewareHandler = async (c, next) => {
  if (c.req.header('sec-fetch-site') === 'cross-site') return errorResponse(c, 403, 'foreign_origin');
  const origin = c.req.header('origin');
  if (origin !== undefined) {
    const host = c.req.header('host');
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost === null || originHost !== host) return errorResponse(c, 403, 'foreign_origin');
  }
  await next();
};

export const limitBody: MiddlewareHandler = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => {
    // The rest of the body is never read: close the connection so it cannot be reused.
    c.header('Connection', 'close');
    return errorResponse(c, 413, 'payload_too_large');
  },
});

const CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Permissions-Policy', 'camera=(self), geolocation=(), microphone=()');
};
