// The only caller of fetch: the sync endpoints and sign-in, as typed calls.
import type { ErrorBody, PullResponse, PushRequest, PushResponse } from '../../shared/protocol';
import type { Person } from '../../shared/entities';

export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; status: number; error: ErrorBody | null };

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

export function createTransport(baseUrl = '', fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Result<T>> {
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
    if (response.status === 204) return { ok: true, value: null as T };
    let json: unknown = null;
    try {
      json = await response.json();
    } catch {
      json = null;
    }
    if (response.ok && json !== null) return { ok: true, value: json as T };
    const error = (json as { error?: ErrorBody } | null)?.error ?? null;
    return { ok: false, status: response.ok ? 502 : response.status, error };
  }

  return {
    push: (request) => call('POST', '/api/sync/push', request),
    pull: (clientId, cursor, limit) => {
      const params = new URLSearchParams({ clientId, limit: String(limit) });
      if (cursor) params.set('cursor', cursor);
      return call('GET', `/api/sync/pull?${params}`);
    },
    me: () => call('GET', '/api/me'),
    requestCode: (email) => call('POST', '/api/auth/code', { email }),
    verifyCode: (email, code) => call('POST', '/api/auth/verify', { email, code }),
    demoSignIn: (email) => call('POST', '/api/auth/demo', { email }),
    demoAccounts: () => call('GET', '/api/auth/demo-accounts'),
    logout: () => call('POST', '/api/auth/logout', {}),
  };
}
