// Sign-in with the work account (issue 21, part 1) against a real OpenID provider started
// here (oidc-provider), over HTTP on SQLite and PostgreSQL: the whole redirect dance ends
// signed in and back at the path it started from (a poster's /s/<id>); matched by employee
// number before e-mail; and every failure — no or a stale state, a replayed code, a wrong
// nonce's twin (another browser's state), an unknown person, a token without the e-mail
// claim, the provider down — ends on the sign-in page with its code, signed out, and in
// the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';
import { HttpClient } from '../support/http-client';
import { startTestProvider, type TestProvider } from '../support/oidc-provider';
import type { OidcSettings } from '../../src/server/auth/oidc-settings';
import { localReturnPath } from '../../src/server/http/oidc-routes';
import { keepOidcRequest, takeOidcRequest } from '../../src/server/db/oidc-requests';

/** Follows redirects by hand, as a browser does, signing in at the provider's form as `login`. */
async function walk(client: HttpClient, start: string, login: string, stopAt: (url: URL) => boolean = () => false) {
  let url = new URL(start);
  const visited: string[] = [];
  let method = 'GET';
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    visited.push(`${method} ${url.pathname}`);
    const reply = await client.fetch(url, { method, redirect: 'manual', body, headers: body ? { 'content-type': 'application/x-www-form-urlencoded' } : {} });
    method = 'GET';
    body = undefined;
    const location = reply.headers.get('location');
    if (location) {
      url = new URL(location, url);
      if (stopAt(url)) return { url, visited, status: reply.status };
      continue;
    }
    const html = await reply.text();
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    const prompt = html.match(/name="prompt" value="(\w+)"/)?.[1];
    if (!action || !prompt) return { url, visited, status: reply.status, html };
    url = new URL(action.replace(/&amp;/g, '&'), url);
    method = 'POST';
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
  }
  throw new Error(`too many redirects: ${visited.join(' → ')}`);
}

describe.each(DIALECTS)('work-account sign-in on %s', (dialect) => {
  let provider: TestProvider;
  let server: TestServer;
  let annaNumber = '';
  let accounts: Record<string, Record<string, unknown>> = {};
  const settings = (issuer: string, extra: Partial<OidcSettings> = {}): OidcSettings => ({
    issuer, clientId: 'videnbro', clientSecret: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    scopes: 'openid email profile', emailClaim: 'email', employeeIdClaim: 'employee_id', contact: 'it@fjordby.example', newPeopleUnit: null, logout: false, ...extra,
  });
  beforeAll(async () => {
    provider = await startTestProvider();
    server = await startServerFor(dialect, { oidc: settings(provider.issuer, { logout: true }) });
    const anna = await server.db.kysely.selectFrom('people').select('id').where('email', '=', 'anna@fjordby.example').executeTakeFirstOrThrow();
    annaNumber = '4711';
    await server.db.kysely.updateTable('people').set({ employee_number: annaNumber }).where('id', '=', anna.id).execute();
    accounts = {
      'anna-login': { email: 'Anna@Fjordby.example', name: 'Anna' },
      'by-number': { email: 'someone.else@elsewhere.example', employee_id: annaNumber },
      stranger: { email: 'stranger@elsewhere.example' },
      newcomer: { email: 'Ny.Kollega@Fjordby.example', name: 'Ny Kollega' },
      'bo-login': { email: 'bo@fjordby.example' },
      'no-email': { name: 'Uden e-mail' },
    };
    provider.configure({ redirectUri: `${server.url}/api/auth/oidc/callback`, accounts });
  });
  afterAll(async () => {
    await server.close();
    await provider.close();
  });

  const whoAmI = async (client: HttpClient) => (await client.request<{ person?: { email: string } }>('GET', '/api/me')).json?.person?.email ?? null;
  const refusals = async () => (await server.db.kysely.selectFrom('audit_log').select(['subject', 'after']).where('action', '=', 'signInRefused').execute())
    .map((r) => ({ subject: r.subject, reason: (JSON.parse(r.after) as { reason: string }).reason }));

  it('says which ways in the server offers', async () => {
    const methods = await new HttpClient(server.url).request<{ oidc: boolean; emailCodes: boolean; contact: string }>('GET', '/api/auth/methods');
    expect(methods.json).toEqual({ oidc: true, emailCodes: true, contact: 'it@fjordby.example' });
  });

  it('signs in through the provider and comes back to the poster it started from', async () => {
    const client = new HttpClient(server.url);
    const done = await walk(client, `${server.url}/api/auth/oidc/start?return=${encodeURIComponent('/s/s-cafe-demens-nat')}`, 'anna-login',
      (url) => url.origin === server.url && !url.pathname.startsWith('/api/'));
    expect(done.url.pathname).toBe('/s/s-cafe-demens-nat');
    expect(done.visited.some((step) => step.startsWith('POST /interaction/'))).toBe(true);
    expect(await whoAmI(client)).toBe('anna@fjordby.example');
    const signIn = await server.db.kysely.selectFrom('audit_log').select(['subject', 'after']).where('action', '=', 'signIn').orderBy('at', 'desc').executeTakeFirstOrThrow();
    expect({ subject: signIn.subject, after: JSON.parse(signIn.after) }).toEqual({ subject: 'anna@fjordby.example', after: { method: 'oidc' } });
  });

  it('matches the employee number before the e-mail', async () => {
    const client = new HttpClient(server.url);
    const done = await walk(client, `${server.url}/api/auth/oidc/start`, 'by-number', (url) => url.origin === server.url && !url.pathname.startsWith('/api/'));
    expect(done.url.pathname).toBe('/');
    expect(await whoAmI(client)).toBe('anna@fjordby.example');
  });

  it('refuses an unknown person, and a token without the e-mail claim, each with its code, signed out', async () => {
    for (const [login, code] of [['stranger', 'oidc_unknown_person'], ['no-email', 'oidc_missing_claim']] as const) {
      const client = new HttpClient(server.url);
      const done = await walk(client, `${server.url}/api/auth/oidc/start`, login, (url) => url.origin === server.url && !url.pathname.startsWith('/api/'));
      expect(`${done.url.pathname}${done.url.search}`, login).toBe(`/login?fejl=${code}`);
      expect(await whoAmI(client), login).toBeNull();
    }
    expect(await refusals()).toEqual(expect.arrayContaining([
      { subject: 'stranger@elsewhere.example', reason: 'oidc_unknown_person' }, { subject: 'no-email', reason: 'oidc_missing_claim' },
    ]));
  });

  it('refuses a callback without its state cookie, with another browser\'s state, and a replayed code', async () => {
    // Stop at the callback: the provider has answered with a code.
    const client = new HttpClient(server.url);
    const atCallback = await walk(client, `${server.url}/api/auth/oidc/start`, 'anna-login', (url) => url.pathname === '/api/auth/oidc/callback');
    // Someone else's browser (no state cookie) brings the code: refused, and the code is not used up for the owner either way.
    const thief = new HttpClient(server.url);
    const stolen = await thief.fetch(atCallback.url, { redirect: 'manual' });
    expect(stolen.headers.get('location')).toBe('/login?fejl=oidc_state_invalid');
    expect(await whoAmI(thief)).toBeNull();
    // The owner's own callback works once.
    const stateCookie = client.cookieHeader.match(/(?:^|; )vb_oidc=([^;]+)/)?.[1];
    expect(stateCookie).toBeTruthy();
    const first = await client.fetch(atCallback.url, { redirect: 'manual' });
    expect(first.headers.get('location')).toBe('/');
    // The same callback again, state cookie and all (a replay): the server has used the state up.
    client.setCookie('vb_oidc', stateCookie!);
    const again = await client.fetch(atCallback.url, { redirect: 'manual' });
    expect(again.headers.get('location')).toBe('/login?fejl=oidc_state_invalid');

    // A state cookie of one sign-in with the code of another: the state check refuses it.
    const one = new HttpClient(server.url);
    const other = new HttpClient(server.url);
    const oneAt = await walk(one, `${server.url}/api/auth/oidc/start`, 'anna-login', (url) => url.pathname === '/api/auth/oidc/callback');
    await walk(other, `${server.url}/api/auth/oidc/start`, 'anna-login', (url) => url.pathname === '/api/auth/oidc/callback');
    const mixed = await other.fetch(oneAt.url, { redirect: 'manual' });
    expect(mixed.headers.get('location')).toBe('/login?fejl=oidc_failed');
    expect(await whoAmI(other)).toBeNull();
  });

  it('refuses an ID token with a wrong nonce, audience, issuer or expiry, or a broken signature, each signed out', async () => {
    const signInWith = async (change: (claims: Record<string, unknown>) => void, resign: boolean) => {
      provider.tamperIdTokens({ change, resign });
      try {
        const client = new HttpClient(server.url);
        const done = await walk(client, `${server.url}/api/auth/oidc/start`, 'anna-login', (url) => url.origin === server.url && !url.pathname.startsWith('/api/'));
        return { where: `${done.url.pathname}${done.url.search}`, who: await whoAmI(client) };
      } finally {
        provider.tamperIdTokens(null);
      }
    };
    // The control: a token re-signed with the provider's key but unchanged is taken, so each refusal below is the check's.
    expect(await signInWith(() => undefined, true)).toEqual({ where: '/', who: 'anna@fjordby.example' });
    const cases: [string, (claims: Record<string, unknown>) => void, boolean][] = [
      ['nonce', (claims) => { claims.nonce = 'a-nonce-of-another-sign-in'; }, true],
      ['audience', (claims) => { claims.aud = 'another-app'; }, true],
      ['issuer', (claims) => { claims.iss = 'https://login.evil.example'; }, true],
      ['expiry', (claims) => { claims.iat = Math.floor(Date.now() / 1000) - 7200; claims.exp = Math.floor(Date.now() / 1000) - 3600; }, true],
      ['signature', (claims) => { claims.email = 'lis@fjordby.example'; }, false],
    ];
    const refusedBefore = (await refusals()).filter((r) => r.reason === 'oidc_failed').length;
    for (const [what, change, resign] of cases) {
      expect(await signInWith(change, resign), what).toEqual({ where: '/login?fejl=oidc_failed', who: null });
    }
    // Each in the audit trail.
    expect((await refusals()).filter((r) => r.reason === 'oidc_failed').length).toBe(refusedBefore + cases.length);
  });

  it('ends the provider\'s session too on sign-out (OIDC_LOGOUT), for a work-account session only', async () => {
    const client = new HttpClient(server.url);
    const home = (url: URL) => url.origin === server.url && !url.pathname.startsWith('/api/');
    const first = await walk(client, `${server.url}/api/auth/oidc/start`, 'anna-login', home);
    expect(first.visited.some((step) => step.startsWith('POST /interaction/'))).toBe(true);
    // Signed in at the provider: a second start goes straight through, no form.
    const again = await walk(client, `${server.url}/api/auth/oidc/start`, 'anna-login', home);
    expect(again.visited.some((step) => step.startsWith('POST /interaction/'))).toBe(false);

    const out = await client.request<{ providerLogout: string }>('POST', '/api/auth/logout', {});
    expect(out.status).toBe(200);
    const logout = new URL(out.json.providerLogout);
    expect(`${logout.origin}${logout.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(Object.fromEntries(logout.searchParams)).toEqual({ client_id: 'videnbro', post_logout_redirect_uri: `${server.url}/login` });
    expect(await whoAmI(client)).toBeNull();
    // The provider asks to confirm, then sends the browser back to the sign-in page.
    const page = await (await client.fetch(logout, { redirect: 'manual' })).text();
    const action = page.match(/<form[^>]*action="([^"]+)"/)?.[1];
    const xsrf = page.match(/name="xsrf" value="([^"]+)"/)?.[1];
    expect(action && xsrf).toBeTruthy();
    const confirmed = await client.fetch(new URL(action!.replace(/&amp;/g, '&'), logout), {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ xsrf: xsrf!, logout: 'yes' }),
    });
    expect(confirmed.headers.get('location')).toBe(`${server.url}/login`);
    // The provider's session is over: the next work-account sign-in asks for the login again.
    const afterwards = await walk(client, `${server.url}/api/auth/oidc/start`, 'anna-login', home);
    expect(afterwards.visited.some((step) => step.startsWith('POST /interaction/'))).toBe(true);

    // A session begun otherwise (the demo sign-in; an e-mail code alike) ends here only.
    const demo = new HttpClient(server.url);
    expect((await demo.request('POST', '/api/auth/demo', { email: 'anna@fjordby.example' })).status).toBe(200);
    const plain = await demo.request('POST', '/api/auth/logout', {});
    expect(plain.status).toBe(204);
    expect(await whoAmI(demo)).toBeNull();
  });

  it('forgets a sign-in left at the provider for more than 10 minutes', async () => {
    const now = new Date('2026-12-07T10:00:00.000Z');
    await keepOidcRequest(server.db.kysely, { state: 'stale-state', nonce: 'n', codeVerifier: 'v' }, '/', now);
    expect(await takeOidcRequest(server.db.kysely, 'stale-state', new Date(now.getTime() + 10 * 60_000 + 1))).toBeNull();
    await keepOidcRequest(server.db.kysely, { state: 'fresh-state', nonce: 'n', codeVerifier: 'v' }, '/s/x', now);
    expect(await takeOidcRequest(server.db.kysely, 'fresh-state', new Date(now.getTime() + 9 * 60_000))).toMatchObject({ returnTo: '/s/x' });
  });

  it('makes an unknown work account a person in the new employees\' unit when told to (OIDC_CREATE_PEOPLE), never a deactivated one', async () => {
    const db = server.db.kysely;
    const unit = (await db.selectFrom('units').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    // Without the setting: refused.
    const plain = new HttpClient(server.url);
    const refused = await walk(plain, `${server.url}/api/auth/oidc/start`, 'newcomer', (url) => url.origin === server.url && !url.pathname.startsWith('/api/'));
    expect(`${refused.url.pathname}${refused.url.search}`).toBe('/login?fejl=oidc_unknown_person');

    const creating = await startServerFor(dialect, { oidc: settings(provider.issuer, { newPeopleUnit: unit }) });
    try {
      // The provider learns the second server's address too.
      provider.configure({
        redirectUri: `${server.url}/api/auth/oidc/callback`, accounts,
        client: { redirect_uris: [`${server.url}/api/auth/oidc/callback`, `${creating.url}/api/auth/oidc/callback`] },
      });
      const client = new HttpClient(creating.url);
      const done = await walk(client, `${creating.url}/api/auth/oidc/start`, 'newcomer', (url) => url.origin === creating.url && !url.pathname.startsWith('/api/'));
      expect(done.url.pathname).toBe('/');
      expect((await client.request<{ person?: { email: string } }>('GET', '/api/me')).json?.person?.email).toBe('ny.kollega@fjordby.example');
      expect(await creating.db.kysely.selectFrom('people').select(['name', 'unit_id', 'roles', 'deleted']).where('email', '=', 'ny.kollega@fjordby.example').executeTakeFirstOrThrow())
        .toEqual({ name: 'Ny Kollega', unit_id: unit, roles: '["employee"]', deleted: 0 });
      // Somebody who left is not made anew by their work account.
      await creating.db.kysely.updateTable('people').set({ deleted: 1 }).where('email', '=', 'bo@fjordby.example').execute();
      const left = await walk(new HttpClient(creating.url), `${creating.url}/api/auth/oidc/start`, 'bo-login', (url) => url.origin === creating.url && !url.pathname.startsWith('/api/'));
      expect(`${left.url.pathname}${left.url.search}`).toBe('/login?fejl=oidc_unknown_person');
    } finally {
      await creating.close();
    }
  });

  it('says the provider is down rather than failing, and keeps return paths local', async () => {
    const down = await startServerFor(dialect, { oidc: settings('http://localhost:9', { clientId: 'videnbro-down' }) });
    try {
      const reply = await new HttpClient(down.url).fetch(`${down.url}/api/auth/oidc/start`, { redirect: 'manual' });
      expect(reply.headers.get('location')).toBe('/login?fejl=oidc_provider_unavailable');
    } finally {
      await down.close();
    }
    expect(localReturnPath('/s/abc?x=1')).toBe('/s/abc?x=1');
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', undefined, '/a\u0000b']) {
      expect(localReturnPath(bad), String(bad)).toBe('/');
    }
  });

  it('refuses e-mail codes when EMAIL_CODES=off, and work-account routes where none is set up', async () => {
    const codesOff = await startServerFor(dialect, { oidc: settings(provider.issuer), emailCodes: false });
    const noOidc = await startServerFor(dialect);
    try {
      const code = await new HttpClient(codesOff.url).request('POST', '/api/auth/code', { email: 'anna@fjordby.example' });
      expect(code.status).toBe(403);
      expect(code.json.error?.code).toBe('email_codes_off');
      expect((await new HttpClient(codesOff.url).request('GET', '/api/auth/methods')).json).toMatchObject({ oidc: true, emailCodes: false });
      const start = await new HttpClient(noOidc.url).request('GET', '/api/auth/oidc/start');
      expect(start.status).toBe(404);
      expect(start.json.error?.code).toBe('oidc_not_configured');
    } finally {
      await codesOff.close();
      await noOidc.close();
    }
  });
});
