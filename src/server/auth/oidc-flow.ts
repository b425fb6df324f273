// The OpenID Connect Authorization Code flow with PKCE, `state` and `nonce`, through
// openid-client (v6): it checks issuer, audience, expiry, nonce and (asked to, below) the
// ID token's signature against the provider's JWKS. This module only starts and finishes the flow;
// who the claims are in Videnbro is http/oidc-routes.ts's question.
import * as client from 'openid-client';
import { isLoopback, type OidcSettings } from './oidc-settings';

/** What the start of a sign-in leaves for its end (db/oidc-requests.ts keeps it). */
export interface PendingSignIn { state: string; nonce: string; codeVerifier: string }

const discovered = new Map<string, Promise<client.Configuration>>();

/** The provider's configuration, discovered once per server (a failed discovery is tried again next time). */
function providerConfig(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer}\u0000${settings.clientId}`;
  let found = discovered.get(key);
  if (!found) {
    const issuer = new URL(settings.issuer);
    found = client.discovery(
      issuer, settings.clientId, settings.clientSecret ?? undefined,
      settings.clientSecret ? client.ClientSecretPost(settings.clientSecret) : client.None(),
      {
        // The ID token's signature is checked against the provider's JWKS even though it came
        // straight from the token endpoint (openid-client would otherwise trust TLS alone);
        // plain http only to a provider on this machine (oidc-settings.ts refuses it otherwise).
        execute: [client.enableNonRepudiationChecks, ...(isLoopback(issuer) ? [client.allowInsecureRequests] : [])],
      },
    );
    found.catch(() => discovered.delete(key));
    discovered.set(key, found);
  }
  return found;
}

export async function startSignIn(settings: OidcSettings, redirectUri: string): Promise<{ url: string; pending: PendingSignIn }> {
  const config = await providerConfig(settings);
  const pending = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: settings.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
  });
  return { url: url.href, pending };
}

/** The ID token's claims, once every check has passed; throws for anything else. */
export async function finishSignIn(settings: OidcSettings, callbackUrl: URL, pending: PendingSignIn): Promise<Record<string, unknown>> {
  const config = await providerConfig(settings);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('no ID token');
  // Some providers put e-mail and employee id in the ID token (Entra ID), others only at
  // the userinfo endpoint (as OpenID Connect allows for scope claims): asked there when missing.
  const wanted = [settings.emailClaim, ...(settings.employeeIdClaim ? [settings.employeeIdClaim] : [])];
  if (wanted.some((name) => claims[name] === undefined) && config.serverMetadata().userinfo_endpoint) {
    const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    return { ...info, ...claims };
  }
  return claims as Record<string, unknown>;
}

/**
 * Where to send the browser so the provider ends its own session too (RP-initiated
 * logout), coming back to `returnTo`; null when the provider offers no end-session endpoint.
 */
export async function providerLogoutUrl(settings: OidcSettings, returnTo: string): Promise<string | null> {
  const config = await providerConfig(settings);
  if (!config.serverMetadata().end_session_endpoint) return null;
  // client_id rather than an id_token_hint: no ID token is kept after the sign-in.
  return client.buildEndSessionUrl(config, { client_id: settings.clientId, post_logout_redirect_uri: returnTo }).href;
}
