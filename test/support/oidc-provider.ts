// A real OpenID provider for the tests (oidc-provider from npm, its development login form:
// any password, the login is the account). It listens before the app starts (the app
// needs its issuer), and learns the app's redirect URI afterwards (`configure`).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ClientMetadata } from 'oidc-provider';

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers the app as a client and starts answering. */
  configure(options: { redirectUri: string; accounts: Record<string, Record<string, unknown>>; client?: Partial<ClientMetadata> }): void;
  close(): Promise<void>;
}

export async function startTestProvider(): Promise<TestProvider> {
  const server = http.createServer((_req, res) => { res.statusCode = 503; res.end('not configured'); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const clientId = 'videnbro';
  const clientSecret = 'test-secret-that-is-long-enough-for-hs256-0123456789';
  return {
    issuer, clientId, clientSecret,
    configure({ redirectUri, accounts, client }) {
      const provider = new Provider(issuer, {
        clients: [{
          client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri],
          response_types: ['code'], grant_types: ['authorization_code'], token_endpoint_auth_method: 'client_secret_post', ...client,
        }],
        claims: { openid: ['sub'], email: ['email'], profile: ['name', 'employee_id'] },
        findAccount: (_ctx, id) => (accounts[id] ? { accountId: id, claims: () => ({ sub: id, ...accounts[id] }) } : undefined),
        cookies: { keys: ['a-test-cookie-key'] },
        features: { devInteractions: { enabled: true } },
        // The dev form warns on every start; the tests need no such noise.
        renderError: (ctx, out) => { ctx.type = 'json'; ctx.body = out; },
      });
      server.removeAllListeners('request');
      server.on('request', provider.callback());
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
