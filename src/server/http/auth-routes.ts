// /api/auth: e-mail one-time codes, demo sign-in (only with demo data), sign-out.
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from './app-env';
import { readJsonAs } from './parse';
import { errorResponse } from './errors';
import { createRateLimiter } from './rate-limit';
import { normalizeEmail, sendLoginCode, verifyLoginCode } from '../auth/login-codes';
import { createSession, revokeSession } from '../auth/sessions';
import { clearSessionCookie, sessionToken, writeSessionCookie } from './session';
import { findPerson, findPersonIdByEmail, listPeopleByEmail } from '../db/people';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts';

const Email = v.pipe(v.string(), v.trim(), v.maxLength(254), v.email());
const CodeRequest = v.strictObject({ email: Email });
const VerifyRequest = v.strictObject({ email: Email, code: v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/)) });

export function authRoutes() {
  const app = new Hono<AppEnv>();
  const perAddress = createRateLimiter(20, 60_000);
  const perEmail = createRateLimiter(5, 60_000);
  // New codes reset a code's attempts; this caps guessing per address over a day.
  const verifyPerDay = createRateLimiter(30, 86_400_000);
  // Demo sign-in exists only on demo servers; its limit only guards against runaway loops.
  const demoPerAddress = createRateLimiter(300, 60_000);
  const clientAddress = (c: Parameters<typeof getConnInfo>[0]) => {
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  async function signIn(c: Context<AppEnv>, personId: string) {
    // Rotation: whatever session this browser had is revoked before a new one is made.
    const old = sessionToken(c);
    if (old) await revokeSession(c.var.db.kysely, old);
    writeSessionCookie(c, await createSession(c.var.db.kysely, personId));
    return c.json({ person: await findPerson(c.var.db.kysely, personId) });
  }

  app.post('/code', async (c) => {
    const body = await readJsonAs(c, CodeRequest, 'invalid_email');
    if (!perAddress.allow(`code:${clientAddress(c)}`) || !perEmail.allow(`code:${normalizeEmail(body.email)}`)) {
      return errorResponse(c, 429, 'rate_limited');
    }
    await sendLoginCode(c.var.db.kysely, c.var.mail, body.email);
    return c.body(null, 204);
  });

  app.post('/verify', async (c) => {
    const body = await readJsonAs(c, VerifyRequest, 'invalid_code');
    const address = normalizeEmail(body.email);
    if (!perAddress.allow(`verify:${clientAddress(c)}`) || !perEmail.allow(`verify:${address}`) || !verifyPerDay.allow(address)) {
      return errorResponse(c, 429, 'rate_limited');
    }
    const personId = await verifyLoginCode(c.var.db.kysely, body.email, body.code);
    if (!personId) return errorResponse(c, 400, 'invalid_code');
    return signIn(c, personId);
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
    if (!demoPerAddress.allow(clientAddress(c))) return errorResponse(c, 429, 'rate_limited');
    const email = normalizeEmail(body.email);
    // Only the listed demo accounts: demo sign-in never opens any other account.
    if (!DEMO_ACCOUNTS.some((account) => account.email === email)) return errorResponse(c, 403, 'not_allowed');
    const personId = await findPersonIdByEmail(c.var.db.kysely, email);
    if (!personId) return errorResponse(c, 400, 'invalid_email');
    return signIn(c, personId);
  });

  app.post('/logout', async (c) => {
    const token = sessionToken(c);
    if (token) await revokeSession(c.var.db.kysely, token);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  return app;
}
