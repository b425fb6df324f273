// Middleware that guards every API request: foreign origins, body size, caching, security headers.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from './errors';
import type { AppConfig, AppEnv } from './app-env';

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Refuses cross-site requests (sync.md): Sec-Fetch-Site: cross-site, or an Origin that is
 * not ours. Ours is PUBLIC_URL's origin when set (behind a TLS proxy the request itself
 * arrives as plain http, so only the setting knows the scheme), else the request's own
 * scheme and host, so http://host is not taken for https://host; plus ALLOWED_ORIGINS.
 */
export function sameOriginOnly(config: Pick<AppConfig, 'publicUrl' | 'allowedOrigins'>): MiddlewareHandler<AppEnv> {
  const extra = new Set(config.allowedOrigins);
  return async (c, next) => {
    if (c.req.header('sec-fetch-site') === 'cross-site') return errorResponse(c, 403, 'foreign_origin');
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      const ours = config.publicUrl ?? new URL(c.req.url).origin;
      if (origin !== ours && !extra.has(origin)) return errorResponse(c, 403, 'foreign_origin');
    }
    await next();
  };
}

/**
 * API replies are personal and change with every sync: no browser, proxy or service
 * worker cache may keep one. Set after the handler, so errors carry it too.
 */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
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
  // The QR scanner's polyfill compiles its own-origin zxing .wasm; without this CSP forbids it.
  "script-src 'self' 'wasm-unsafe-eval'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** HSTS only when PUBLIC_URL is https: sent over plain http it would lock a browser out of a local server. */
export function securityHeaders(config: Pick<AppConfig, 'publicUrl'>): MiddlewareHandler {
  // No includeSubDomains: other services of the municipality may share the parent domain.
  const hsts = config.publicUrl?.startsWith('https:') ? 'max-age=31536000' : null;
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(self), geolocation=(), microphone=()');
    if (hsts) c.header('Strict-Transport-Security', hsts);
  };
}
