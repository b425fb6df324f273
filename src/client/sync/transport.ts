// The only caller of fetch: the sync endpoints and sign-in, as typed calls. Every reply
// is checked against the shared schemas: a reply the app cannot read is a failure to
// retry later, never data written to the device.
import type { ErrorBody, PullResponse, PushRequest, PushResponse } from '../../shared/protocol';
import type { Person } from '../../shared/entities';
import type { ReplyName, ReplyOf } from './reply-schemas';
import { giveWay } from '../give-way';

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
  /** Deletes my account (POST /api/me/delete): online only; the server may refuse with what to hand over. */
  deleteAccount(body: { confirm: string; learnings: 'delete' | 'anonymise' }): Promise<Result<null>>;
  /** Who the privacy notice and the accessibility statement name, and the retention (GET /api/legal). */
  legal(): Promise<Result<ReplyOf<'legal'>>>;
  /** Everything stored about me (GET /api/me/export): online only. */
  myData(): Promise<Result<ReplyOf<'myData'>>>;
  /** Which ways in the server offers: a work account (OpenID Connect), e-mail codes. */
  authMethods(): Promise<Result<ReplyOf<'authMethods'>>>;
  /** Ends the session; the provider's sign-out address when the server asks the app to go on there. */
  logout(): Promise<Result<ReplyOf<'logout'>>>;
  /** The server's VAPID key, and this browser's push subscription kept or dropped (issue 22; online only). */
  pushKey(): Promise<Result<ReplyOf<'pushKey'>>>;
  subscribePush(subscription: PushSubscriptionJSON): Promise<Result<ReplyOf<'pushSubscribed'>>>;
  unsubscribePush(endpoint: string): Promise<Result<null>>;
  /** A test message to me now: to my phones, else by e-mail (online only). */
  sendTestMessage(): Promise<Result<ReplyOf<'pushTest'>>>;
  /** My calendar feed's address, made (or renewed) now; online only. */
  calendarFeed(): Promise<Result<{ url: string }>>;
  /** Stops my calendar feed's address from working. */
  revokeCalendarFeed(): Promise<Result<null>>;
  /** An admin's HR file (admin/import-screen.tsx): what it would change, or changed. */
  /** `columns`: headers mapped by hand (header → column), sent along when there are any. */
  importOrganisation(file: Blob, mode: 'dry-run' | 'write', columns?: Readonly<Record<string, string>>): Promise<Result<ReplyOf<'importReply'>>>;
  /** The audit trail, newest first (admin/log-screen.tsx): `query` as GET /api/admin/log takes it. */
  auditLog(query: string): Promise<Result<ReplyOf<'auditLog'>>>;
}

/** Status 0: no answer at all (offline, DNS, server down). */
export const NO_ANSWER = 0;
/** A 2xx reply whose body is not what the protocol says: treated like a server fault. */
export const BAD_REPLY = 502;

// The schemas load with the first request, alongside it, not with the first paint.
let replies: Promise<typeof import('./reply-schemas')> | undefined;
function loadReplies() {
  replies ??= import('./reply-schemas').catch((error: unknown) => {
    replies = undefined; // try again next time
    throw error;
  });
  // Handled here too: a request that fails first never waits for it.
  replies.catch(() => undefined);
  return replies;
}

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 3600);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.min(3600, (date - Date.now()) / 1000));
}

export function createTransport(baseUrl = '', fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  async function call<N extends ReplyName>(method: 'GET' | 'POST' | 'DELETE', path: string, reply: N, body?: unknown): Promise<Result<ReplyOf<N>>> {
    const schemas = loadReplies();
    const raw = body === undefined || body instanceof Blob;
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        credentials: 'same-origin',
        // A file (the organisation import) goes as it is; anything else as JSON.
        headers: raw ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
        body: raw ? body : JSON.stringify(body),
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
    let reader: Awaited<typeof schemas>;
    try {
      reader = await schemas;
    } catch {
      // Without the code to check it, a reply is as good as none: try again later.
      return { ok: false, status: NO_ANSWER, error: null };
    }
    const { parseReply, parseError } = reader;
    if (response.ok) {
      const parsed = parseReply(reply, json);
      return parsed ? { ok: true, value: parsed.value } : { ok: false, status: BAD_REPLY, error: null };
    }
    const seconds = retryAfter(response);
    return {
      ok: false,
      status: response.status,
      error: parseError(json),
      ...(seconds !== undefined && { retryAfterSeconds: seconds }),
    };
  }

  return {
    push: (request) => call('POST', '/api/sync/push', 'push', request),
    pull: async (clientId, cursor, limit) => {
      const params = new URLSearchParams({ clientId, limit: String(limit) });
      if (cursor) params.set('cursor', cursor);
      const reply = await call('GET', `/api/sync/pull?${params}`, 'pullEnvelope');
      if (!reply.ok) return reply;
      const { readPulledChanges } = await loadReplies();
      return { ok: true, value: { ...reply.value, changes: await readPulledChanges(reply.value.changes, giveWay) } };
    },
    me: () => call('GET', '/api/me', 'person'),
    requestCode: (email) => call('POST', '/api/auth/code', 'none', { email }),
    verifyCode: (email, code) => call('POST', '/api/auth/verify', 'person', { email, code }),
    demoSignIn: (email) => call('POST', '/api/auth/demo', 'person', { email }),
    demoAccounts: () => call('GET', '/api/auth/demo-accounts', 'demoAccounts'),
    authMethods: () => call('GET', '/api/auth/methods', 'authMethods'),
    myData: () => call('GET', '/api/me/export', 'myData'),
    legal: () => call('GET', '/api/legal', 'legal'),
    deleteAccount: (body) => call('POST', '/api/me/delete', 'none', body),
    logout: () => call('POST', '/api/auth/logout', 'logout', {}),
    pushKey: () => call('GET', '/api/push/key', 'pushKey'),
    subscribePush: (subscription) => call('POST', '/api/push/subscriptions', 'pushSubscribed', subscription),
    unsubscribePush: (endpoint) => call('DELETE', '/api/push/subscriptions', 'none', { endpoint }),
    sendTestMessage: () => call('POST', '/api/push/test', 'pushTest', {}),
    calendarFeed: () => call('POST', '/api/calendar-feed', 'calendarFeed', {}),
    revokeCalendarFeed: () => call('DELETE', '/api/calendar-feed', 'none'),
    importOrganisation: (file, mode, columns = {}) => call('POST', `/api/admin/import?${new URLSearchParams({
      mode, name: file instanceof File ? file.name : '', ...(Object.keys(columns).length > 0 && { columns: JSON.stringify(columns) }),
    })}`, 'importReply', file),
    auditLog: (query) => call('GET', `/api/admin/log?${query}`, 'auditLog'),
  };
}
