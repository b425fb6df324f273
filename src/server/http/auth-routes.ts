// /api/auth: e-mail one-time codes (unless EMAIL_CODES=off), demo sign-in (only with demo
// data), which of them and the work account (oidc-routes.ts) this server offers, sign-out.
// Sign-in limits are built so an outsider cannot lock anyone out (sign-in-limits.ts):
// nothing refuses an e-mail address as such, only a client address that misbehaves, and
// a code counts only the guesses of the browser that asked for it (code-cookie.ts).
import { warn } from '../logging/safe-error';
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from './app-env';
import { readJsonAs } from './parse';
import { errorResponse } from './errors';
import { createRateLimiter } from './rate-limit';
import { clientAddress } from './client-address';
import { checkLoginCode, normalizeEmail, sendLoginCode } from '../auth/login-codes';
import { hashSecret } from '../auth/tokens';
import { retryAfterSeconds } from '../auth/backoff';
import {
  ADDRESS_BACKOFF, PAIR_BACKOFF, clearVerifyFailures, countCodeRequest, forgetOldLimits,
  recordVerifyFailure, verifyDelay, verifyKeys,
} from '../auth/sign-in-limits';
import { revokeSession } from '../auth/sessions';
import { providerLogoutUrl } from '../auth/oidc-flow';
import { clearSessionCookie, sessionToken } from './session';
import { appOrigin } from './app-origin';
import { auditRefusedSignIn, startSession } from './sign-in';
import type { SignInMethod } from '../../shared/audit';
import { clearCodeCookie, codeNonce, takeCodeNonce } from './code-cookie';
import { findPersonIdByEmail, listPeopleByEmail } from '../db/people';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts';


const Email = v.pipe(v.string(), v.trim(), v.maxLength(254), v.email());
const CodeRequest = v.strictObject({ email: Email });
const VerifyRequest = v.strictObject({ email: Email, code: v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/)) });

function tooMany(c: Context<AppEnv>, waitMs: number) {
  const seconds = retryAfterSeconds(waitMs);
  c.header('Retry-After', String(seconds));
  return errorResponse(c, 429, 'rate_limited', { retryAfter: seconds });
}

export function authRoutes() {
  const app = new Hono<AppEnv>();
  // Demo sign-in exists only on demo servers, never on real people; this limit only
  // guards against runaway loops, so it may stay in memory.
  const demoPerAddress = createRateLimiter(300, 60_000);
  const addressOf = (c: Context<AppEnv>) => clientAddress(c, c.var.config.trustProxy);

  const signIn = async (c: Context<AppEnv>, personId: string, method: SignInMethod) => c.json({ person: await startSession(c, personId, method) });

  /** A code that was checked and was wrong (not one refused unread by a back-off): who was tried, never the code. */
  const auditRefusal = (c: Context<AppEnv>, email: string) => auditRefusedSignIn(c, email, 'invalid_code');

  // Which ways in this server offers: the sign-in screen shows those.
  app.get('/methods', (c) => c.json({
    oidc: c.var.config.oidc !== null, emailCodes: c.var.config.emailCodes, contact: c.var.config.oidc?.contact ?? null,
  }));

  // The same work for every address, known or not: count, set the nonce cookie, queue,
  // 204. Whether a person exists, and whether this browser already has too many active
  // codes, is decided in the queue, where no reply waits for it (sync.md: 204 whether or
  // not it is known).
  app.post('/code', async (c) => {
    if (!c.var.config.emailCodes) return errorResponse(c, 403, 'email_codes_off');
    const body = await readJsonAs(c, CodeRequest, 'invalid_email');
    const { db, mail, mailQueue } = c.var;
    const now = c.var.clock();
    const wait = await countCodeRequest(db.kysely, addressOf(c), now);
    if (wait > 0) return tooMany(c, wait);
    const nonceHash = hashSecret(takeCodeNonce(c));
    mailQueue.push(async () => {
      await forgetOldLimits(db.kysely, now);
      await sendLoginCode(db.kysely, mail, body.email, nonceHash, new Date(now));
    });
    return c.body(null, 204);
  });

  // Every wrong code slows its client address. A guess from a browser that holds no code
  // of the e-mail can never succeed and burns nothing; it alone also counts per (address,
  // e-mail), so no one else's guessing at an e-mail ever delays the browser that asked.
  app.post('/verify', async (c) => {
    if (!c.var.config.emailCodes) return errorResponse(c, 403, 'email_codes_off');
    const body = await readJsonAs(c, VerifyRequest, 'invalid_code');
    const db = c.var.db.kysely;
    const now = c.var.clock();
    const keys = verifyKeys(addressOf(c), normalizeEmail(body.email));
    const wait = await verifyDelay(db, [keys.address], now);
    if (wait > 0) return tooMany(c, wait);
    const nonce = codeNonce(c);
    const check = await checkLoginCode(db, body.email, body.code, nonce === null ? null : hashSecret(nonce), new Date(now));
    if (check.kind === 'signed_in') {
      await clearVerifyFailures(db, keys.pair);
      clearCodeCookie(c);
      return signIn(c, check.personId, 'code');
    }
    if (check.kind === 'not_asker') {
      const pairWait = await verifyDelay(db, [keys.pair], now);
      if (pairWait > 0) return tooMany(c, pairWait);
      await recordVerifyFailure(db, keys.pair, PAIR_BACKOFF, now);
    }
    await recordVerifyFailure(db, keys.address, ADDRESS_BACKOFF, now);
    await auditRefusal(c, normalizeEmail(body.email));
    return errorResponse(c, 400, 'invalid_code');
  });

  app.get('/demo-accounts', async (c) => {
    if (!c.var.config.demo) return errorResponse(c, 404, 'demo_disabled');
    const people = await listPeopleByEmail(c.var.db.kysely, DEMO_ACCOUNTS.map((a) => a.email));
    const accounts = DEMO_ACCOUNTS.flatMap((account) => {
      const person = people.find((p) => p.email === account.email);
      return person ? [{ ...account, name: person.name, title: person.title, unitName: person.unitName }] : [];
    });
    return c.json({ accounts });
  });

  app.post('/demo', async (c) => {
    if (!c.var.config.demo) return errorResponse(c, 404, 'demo_disabled');
    const body = await readJsonAs(c, CodeRequest, 'invalid_email');
    if (!demoPerAddress.allow(addressOf(c), c.var.clock())) return errorResponse(c, 429, 'rate_limited');
    const email = normalizeEmail(body.email);
    // Only the listed demo accounts: demo sign-in never opens any other account.
    if (!DEMO_ACCOUNTS.some((account) => account.email === email)) return errorResponse(c, 403, 'not_allowed');
    const personId = await findPersonIdByEmail(c.var.db.kysely, email);
    if (!personId) return errorResponse(c, 400, 'invalid_email');
    return signIn(c, personId, 'demo');
  });

  // 204, or 200 with the provider's sign-out address when the session came from the work
  // account and OIDC_LOGOUT asks for the provider's session to end too (the app goes there).
  app.post('/logout', async (c) => {
    const token = sessionToken(c);
    const ended = token ? await revokeSession(c.var.db.kysely, token, new Date(c.var.clock())) : null;
    clearSessionCookie(c);
    const settings = c.var.config.oidc;
    if (ended?.method !== 'oidc' || !settings?.logout) return c.body(null, 204);
    const back = `${appOrigin(c)}/login`;
    try {
      const providerLogout = await providerLogoutUrl(settings, back);
      return providerLogout ? c.json({ providerLogout }) : c.body(null, 204);
    } catch (error) {
      // Signed out here all the same; the provider's session lives on until it ends there.
      warn(c.var.logger, `[oidc] udbyderens log ud kunne ikke findes: ${error instanceof Error ? error.message : String(error)}`);
      return c.body(null, 204);
    }
  });

  return app;
}
