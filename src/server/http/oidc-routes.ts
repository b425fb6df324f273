// /api/auth/oidc: sign-in with the municipality's work account (issue 21). `start` sends the
// browser to the provider (Authorization Code + PKCE, state and nonce; auth/oidc-flow.ts),
// `callback` is the redirect URI: the code is exchanged and the ID token checked, the
// person is found by employee number, else e-mail, and a session begins; the browser goes
// back to where it started (a local path only: /s/<id> from a poster). Every failure ends
// on the sign-in page with its code (`/login?fejl=…`), nothing half signed in, and a line
// in the audit trail.
import { warn } from '../logging/safe-error';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';
import { cookieSettings } from './session';
import { appOrigin } from './app-origin';
import { auditRefusedSignIn, startSession } from './sign-in';
import { finishSignIn, startSignIn } from '../auth/oidc-flow';
import type { OidcSettings } from '../auth/oidc-settings';
import { keepOidcRequest, OIDC_REQUEST_MINUTES, takeOidcRequest } from '../db/oidc-requests';
import { findActivePersonIdByEmployeeNumber, findPersonIdByEmail, isKnownEmail } from '../db/people';
import { normalizeEmail } from '../auth/login-codes';
import { createPersonFromWorkAccount } from '../db/new-people';
import type { ErrorCode } from '../../shared/protocol';

const STATE_COOKIE = 'vb_oidc';
const CALLBACK_PATH = '/api/auth/oidc/callback';

/** A path in this app to return to; anything else (another site, `//host`, `/\host`) is the front page. */
export function localReturnPath(value: string | undefined): string {
  if (!value || value.length > 500 || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // No control characters (a header split) and no backslash (browsers read it as `/`).
  return [...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\\') ? '/' : value;
}

function redirectUri(c: Context<AppEnv>): string {
  return `${appOrigin(c)}${CALLBACK_PATH}`;
}

function claimText(claims: Record<string, unknown>, name: string): string | null {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function oidcRoutes() {
  const app = new Hono<AppEnv>();
  const settingsOf = (c: Context<AppEnv>): OidcSettings | null => c.var.config.oidc;

  async function refuse(c: Context<AppEnv>, code: ErrorCode, subject = '') {
    deleteCookie(c, cookieSettings(c, STATE_COOKIE).name, { path: '/', secure: cookieSettings(c, STATE_COOKIE).secure });
    await auditRefusedSignIn(c, subject, code);
    return c.redirect(`/login?fejl=${code}`, 303);
  }

  app.get('/start', async (c) => {
    const settings = settingsOf(c);
    if (!settings) return errorResponse(c, 404, 'oidc_not_configured');
    let started;
    try {
      started = await startSignIn(settings, redirectUri(c));
    } catch (error) {
      warn(c.var.logger, `[oidc] udbyderen svarer ikke: ${error instanceof Error ? error.message : String(error)}`);
      return refuse(c, 'oidc_provider_unavailable');
    }
    await keepOidcRequest(c.var.db.kysely, started.pending, localReturnPath(c.req.query('return')), new Date(c.var.clock()));
    // Lax, not Strict: the provider sends the browser back with a top-level GET from its own site.
    const { name, secure } = cookieSettings(c, STATE_COOKIE);
    setCookie(c, name, started.pending.state, { httpOnly: true, secure, sameSite: 'Lax', path: '/', maxAge: OIDC_REQUEST_MINUTES * 60 });
    c.header('Cache-Control', 'no-store');
    return c.redirect(started.url, 302);
  });

  app.get('/callback', async (c) => {
    const settings = settingsOf(c);
    if (!settings) return errorResponse(c, 404, 'oidc_not_configured');
    const state = getCookie(c, cookieSettings(c, STATE_COOKIE).name);
    const pending = state ? await takeOidcRequest(c.var.db.kysely, state, new Date(c.var.clock())) : null;
    if (!pending) return refuse(c, 'oidc_state_invalid');
    // The redirect URI as registered, with the provider's answer (code, state, iss) as it came.
    const callbackUrl = new URL(redirectUri(c));
    callbackUrl.search = new URL(c.req.url).search;
    let claims: Record<string, unknown>;
    try {
      claims = await finishSignIn(settings, callbackUrl, pending);
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      warn(c.var.logger, `[oidc] login afvist: ${reason.slice(0, 200)}`);
      return refuse(c, 'oidc_failed');
    }
    const employeeNumber = settings.employeeIdClaim ? claimText(claims, settings.employeeIdClaim) : null;
    const email = claimText(claims, settings.emailClaim);
    if (!email && !employeeNumber) return refuse(c, 'oidc_missing_claim', claimText(claims, 'sub') ?? '');
    const db = c.var.db.kysely;
    const known = (employeeNumber ? await findActivePersonIdByEmployeeNumber(db, employeeNumber) : null)
      ?? (email ? await findPersonIdByEmail(db, normalizeEmail(email)) : null);
    const personId = known ?? (email && settings.newPeopleUnit && !(await isKnownEmail(db, normalizeEmail(email)))
      ? await createPersonFromWorkAccount(db, { email: normalizeEmail(email), name: claimText(claims, 'name'), employeeNumber }, settings.newPeopleUnit)
      : null);
    if (!personId) return refuse(c, 'oidc_unknown_person', email ?? employeeNumber ?? '');
    deleteCookie(c, cookieSettings(c, STATE_COOKIE).name, { path: '/', secure: cookieSettings(c, STATE_COOKIE).secure });
    await startSession(c, personId, 'oidc');
    return c.redirect(pending.returnTo, 303);
  });

  return app;
}
