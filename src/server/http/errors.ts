// Errors that end a request with a stable code and a Danish message.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorMessage, type ErrorCode } from '../../shared/protocol';

export class HttpError extends Error {
  constructor(readonly status: ContentfulStatusCode, readonly code: ErrorCode, readonly details?: unknown) {
    super(code);
  }
}

/**
 * A request body that never arrived whole: the client hung up mid-upload, or Node's parser
 * gave up on its chunked encoding. Nothing is wrong with the server and the client is
 * gone, so app.ts logs one line (never a stack) and answers a 400 that no one may read.
 */
export class BodyReadError extends HttpError {
  /** What the stream said, in a few words: `ECONNRESET`, "Client connection prematurely closed." */
  readonly reason: string;

  constructor(cause: unknown) {
    super(400, 'bad_json');
    const said = cause instanceof Error ? ('code' in cause && typeof cause.code === 'string' ? cause.code : cause.message) : String(cause);
    this.reason = said.replace(/\s+/g, ' ').slice(0, 80);
  }
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: ErrorCode, extra: Record<string, unknown> = {}) {
  return c.json({ error: { code, message: errorMessage(code), ...extra } }, status);
}
