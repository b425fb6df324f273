// Middleware that guards every API request: foreign origins, body size, caching, security headers.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { BodyReadError, errorResponse } from './errors';
import type { AppConfig, AppEnv } from './app-env';
import type { ErrorCode } from '../../shared/protocol/errors';
import { MAX_IMPORT_BYTES } from '../import/read-table';

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
 * Puts `headers` on every reply. Set before the reply is made, they go into it as it is
 * made: each one set on a made reply copies the whole reply (hono), on a sign-up a tenth of
 * the server's time. A reply made without the context (a Response returned as it is), or
 * one whose handler set another value, gets them again afterwards: they always win.
 */
function onEveryReply(headers: readonly (readonly [string, string])[]): MiddlewareHandler {
  return async (c, next) => {
    for (const [name, value] of headers) c.header(name, value);
    await next();
    if (headers.some(([name, value]) => c.res.headers.get(name) !== value)) for (const [name, value] of headers) c.header(name, value);
  };
}

/**
 * API replies are personal and change with every sync: no browser, proxy or service
 * worker cache may keep one. Errors carry it too, and no handler can say otherwise.
 */
export const noStore: MiddlewareHandler = onEveryReply([['Cache-Control', 'no-store']]);

/** An HR file for the organisation import (admin-routes.ts): up to 20 MB, refused with its own code. */
export const IMPORT_PATH = '/api/admin/import';
const LIMITS = [
  { path: IMPORT_PATH, maxSize: MAX_IMPORT_BYTES, code: 'import_file_too_large' as const },
];
const JSON_LIMIT = { maxSize: MAX_BODY_BYTES, code: 'payload_too_large' as const };

function tooLarge(c: Context, code: ErrorCode) {
  // The rest of the body is never read: close the connection so it cannot be reused.
  c.header('Connection', 'close');
  return errorResponse(c, 413, code);
}

const streamedLimits = new Map([JSON_LIMIT, ...LIMITS].map((limit) => [limit, bodyLimit({ maxSize: limit.maxSize, onError: (c) => tooLarge(c, limit.code) })]));

/**
 * Bodies up to MAX_BODY_BYTES (an import's file: MAX_IMPORT_BYTES). A declared length is
 * checked from the header alone (Node's parser holds the body to it); hono's bodyLimit,
 * which also counts a body sent in chunks, turns the request into a web Request with a
 * stream first: on a sign-up, a sixth of the server's time. So it only sees bodies of no
 * declared length.
 */
export const limitBody: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
  const limit = LIMITS.find((l) => l.path === c.req.path) ?? JSON_LIMIT;
  const length = c.req.header('content-length');
  if (length !== undefined && c.req.header('transfer-encoding') === undefined && /^\d+$/.test(length)) {
    if (Number(length) <= limit.maxSize) return next();
    return tooLarge(c, limit.code);
  }
  // bodyLimit reads the whole body before it calls next: what fails before then is the read.
  const progress = { reachedNext: false };
  try {
    return await streamedLimits.get(limit)!(c, () => {
      progress.reachedNext = true;
      return next();
    });
  } catch (error) {
    if (progress.reachedNext) throw error;
    throw new BodyReadError(error);
  }
};

/**
 * The one inline script, in index.html: it puts the chosen language on <html lang> before
 * the app loads. Allowed by its hash, so no other inline script runs (test/unit/first-paint-lang.test.ts).
 */
export const FIRST_PAINT_LANG_HASH = "'sha256-7WFxMANQER5Q755RJQXkfyEqZbSFKkLgrFRxHaB2TNw='";

const CSP = [
  "default-src 'self'",
  // The QR scanner's polyfill compiles its own-origin zxing .wasm; without this CSP forbids it.
  `script-src 'self' 'wasm-unsafe-eval' ${FIRST_PAINT_LANG_HASH}`,
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
  return onEveryReply([
    ['Content-Security-Policy', CSP],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(self), geolocation=(), microphone=()'],
    ...(hsts ? [['Strict-Transport-Security', hsts] as const] : []),
  ]);
}
