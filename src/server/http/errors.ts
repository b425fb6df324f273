// Errors that end a request with a stable code and a Danish message.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorMessage, type ErrorCode } from '../../shared/protocol';

export class HttpError extends Error {
  constructor(readonly status: ContentfulStatusCode, readonly code: ErrorCode, readonly details?: unknown) {
    super(code);
  }
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: ErrorCode, extra: Record<string, unknown> = {}) {
  return c.json({ error: { code, message: errorMessage(code), ...extra } }, status);
}
