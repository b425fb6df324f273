// The only caller of fetch: the sync endpoints and sign-in, as typed calls. Every reply
// is checked against the shared schemas: a reply the app cannot read is a failure to
// retry later, never data written to the device.
import * as v from 'valibot';
import {
  ErrorBodySchema, PersonReplySchema, PullResponseSchema, PushResponseSchema,
  type ErrorBody, type PullResponse, type PushRequest, type PushResponse,
} from '../../shared/protocol';
import type { Person } from '../../shared/entities';

export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; status: number; error: ErrorBody | null; retryAfterSeconds?: number };

export interface DemoAccountInfo { email: string; role: string; name: string; title: string; unitName: string }

export interface Transport {
  push(request: PushRequest): Promise<Result<PushResponse>>;
  pull(clientId: string, cursor: string | undefined, limit: number): Promise<Result<PullResponse>>;
  me(): Promise<Result<{ person: Person }>>;
  requestCode(email: string): Promise<Result<null>>;
  verifyCode(email: string, code: string): Promise<Result<{ person: Person }>>;
  demoSignIn(email: string): Promise<Result<{ person: Person }>>;
  demoAccounts(): Promise<Result<{ accounts: DemoAccountInfo[] }>>;
  logout(): Promise<Result<null>>;
}

/** Status 0: no answer at all (offline, DNS, server down). */
export const NO_ANSWER = 0;
/** A 2xx reply whose body is not what the protocol says: treated like a server fault. */
export const BAD_REPLY = 502;

const DemoAccountsSchema = v.object({
  accounts: v.array(v.object({ email: v.string(), role: v.string(), name: v.string(), title: v.string(), unitName: v.string() })),
});
const ErrorReplySchema = v.object({ error: ErrorBodySchema });
const NoContent = v.null();

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 3600);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.min(3600, (date - Date.now()) / 1000));
}

export function createTransport(baseUrl = '', fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  async function call<T>(method: 'GET' | 'POST', path: string, schema: v.GenericSchema<unknown, T>, body?: unknown): Promise<Result<T>> {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      return { ok: false, status: NO_ANSWER, error: null };
    }
    let json: unknown = null;
    if (response.status !== 204) {
      try {
        json = await response.json();
      } catch {
        json = undefined;
      }
    }
    if (response.ok) {
      const parsed = v.safeParse(schema, json);
      return parsed.success ? { ok: true, value: parsed.output } : { ok: false, status: BAD_REPLY, error: null };
    }
    const error = v.safeParse(ErrorReplySchema, json);
    const seconds = retryAfter(response);
    return {
      ok: false,
      status: response.status,
      error: error.success ? error.output.error : null,
      ...(seconds !== undefined && { retryAfterSeconds: seconds }),
    };
  }

  return {
    push: (request) => call('POST', '/api/sync/push', PushResponseSchema, request),
    pull: (clientId, cursor, limit) => {
      const params = new URLSearchParams({ clientId, limit: String(limit) });
      if (cursor) params.set('cursor', cursor);
      return call('GET', `/api/sync/pull?${params}`, PullResponseSchema);
    },
    me: () => call('GET', '/api/me', PersonReplySchema),
    requestCode: (email) => call('POST', '/api/auth/code', NoContent, { email }),
    verifyCode: (email, code) => call('POST', '/api/auth/verify', PersonReplySchema, { email, code }),
    demoSignIn: (email) => call('POST', '/api/auth/demo', PersonReplySchema, { email }),
    demoAccounts: () => call('GET', '/api/auth/demo-accounts', DemoAccountsSchema),
    logout: () => call('POST', '/api/auth/logout', NoContent, {}),
  };
}
