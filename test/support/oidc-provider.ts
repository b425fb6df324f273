// A real OpenID provider for the tests (oidc-provider from npm, its development login form:
// any password, the login is the account). It listens before the app starts (the app
// needs its issuer), and learns the app's redirect URI afterwards (`configure`). It signs
// with a key made here, so a test can hand the app a token the provider never issued
// (`tamperIdTokens`: a wrong nonce, audience, issuer or expiry, re-signed; or a broken signature).
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ClientMetadata } from 'oidc-provider';
import type { Page } from 'playwright-core';

/** Changes the ID token's claims; `resign: false` keeps the original signature (so it no longer fits). */
export interface IdTokenTamper { change(claims: Record<string, unknown>): void; resign: boolean }

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers the app as a client and starts answering; its sign-out comes back to the redirect URI's origin + /login. */
  configure(options: { redirectUri: string; accounts: Record<string, Record<string, unknown>>; client?: Partial<ClientMetadata> }): void;
  /** From now on every ID token the token endpoint hands out is changed so (null: as issued). */
  tamperIdTokens(tamper: IdTokenTamper | null): void;
  close(): Promise<void>;
}

const KEY_ID = 'test-key';
const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export async function startTestProvider(): Promise<TestProvider> {
  const server = http.createServer((_req, res) => { res.statusCode = 503; res.end('not configured'); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const clientId = 'videnbro';
  const clientSecret = 'test-secret-that-is-long-enough-for-hs256-0123456789';
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: KEY_ID, alg: 'RS256', use: 'sig' };
  let tamper: IdTokenTamper | null = null;

  function tampered(idToken: string, how: IdTokenTamper): string {
    const [header = '', payload = '', signature = ''] = idToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    how.change(claims);
    const signed = `${header}.${base64url(JSON.stringify(claims))}`;
    return `${signed}.${how.resign ? crypto.sign('sha256', Buffer.from(signed), privateKey).toString('base64url') : signature}`;
  }

  /** The token endpoint's JSON reply, its ID token changed on the way out. */
  function interceptTokenReply(res: http.ServerResponse, how: IdTokenTamper): void {
    const end = res.end.bind(res);
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      const text = Buffer.isBuffer(chunk) || typeof chunk === 'string' ? chunk.toString() : '';
      const body = text ? JSON.parse(text) as { id_token?: string } : {};
      if (typeof body.id_token !== 'string') return end(chunk as string, ...(rest as []));
      const changed = JSON.stringify({ ...body, id_token: tampered(body.id_token, how) });
      res.setHeader('content-length', Buffer.byteLength(changed));
      return end(changed);
    }) as typeof res.end;
  }

  return {
    issuer, clientId, clientSecret,
    configure({ redirectUri, accounts, client }) {
      const provider = new Provider(issuer, {
        clients: [{
          client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri],
          post_logout_redirect_uris: [`${new URL(redirectUri).origin}/login`],
          response_types: ['code'], grant_types: ['authorization_code'], token_endpoint_auth_method: 'client_secret_post', ...client,
        }],
        jwks: { keys: [jwk] },
        claims: { openid: ['sub'], email: ['email'], profile: ['name', 'employee_id'] },
        findAccount: (_ctx, id) => (accounts[id] ? { accountId: id, claims: () => ({ sub: id, ...accounts[id] }) } : undefined),
        cookies: { keys: ['a-test-cookie-key'] },
        // Stated, so the provider does not warn of its defaults on every use.
        ttl: { AuthorizationCode: 60, Interaction: 3600, Session: 86_400, Grant: 86_400, AccessToken: 3600, IdToken: 3600 },
        features: {
          devInteractions: { enabled: true },
          // Its own confirmation page: the default one warns on every use.
          rpInitiatedLogout: {
            enabled: true,
            logoutSource: (ctx, form) => {
              ctx.body = `<!DOCTYPE html><html lang="en"><title>Sign out</title><body>${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button></body></html>`;
            },
          },
        },
        // The dev form warns on every start; the tests need no such noise.
        renderError: (ctx, out) => { ctx.type = 'json'; ctx.body = out; },
      });
      const answer = provider.callback();
      server.removeAllListeners('request');
      server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
        if (tamper && req.method === 'POST' && req.url?.startsWith('/token')) interceptTokenReply(res, tamper);
        void answer(req, res);
      });
    },
    tamperIdTokens(how) {
      tamper = how;
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/**
 * In Chromium, the provider's own pages: its login form as `login` (any password), then its
 * consent when asked. `onlyIfAsked`: the provider may remember the browser and send it
 * straight back to `appOrigin` (a second sign-in), which is then fine too.
 */
export async function signInAtProvider(
  page: Page, issuer: string, login: string, { onlyIfAsked = false, appOrigin = '' }: { onlyIfAsked?: boolean; appOrigin?: string } = {},
): Promise<void> {
  const wait = { timeout: 60_000 };
  await page.waitForURL((url) => url.origin === issuer || (onlyIfAsked && url.origin === appOrigin), wait);
  if (onlyIfAsked && new URL(page.url()).origin !== issuer) return;
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('hvad-som-helst');
  await page.locator('button[type="submit"]').click();
  const consent = page.locator('input[name="prompt"][value="consent"]');
  await consent.or(page.locator('body')).first().waitFor(wait);
  if (await consent.count() > 0) await page.locator('button[type="submit"]').click();
}
