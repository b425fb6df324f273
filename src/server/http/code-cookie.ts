// The nonce cookie that binds a sign-in code to the browser that asked for it
// (login-codes.ts): HttpOnly, so no script reads it; SameSite=Strict, so no other site's
// request carries it; Secure and __Host- over https, as the session cookie. It lives as
// long as a code does. The server keeps only its hash.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './app-env';
import { cookieSettings } from './session';
import { CODE_MINUTES } from '../auth/login-codes';
import { newToken } from '../auth/tokens';

export const CODE_COOKIE = 'vb_code';
/** newToken's form: 32 random bytes in base64url. Anything else is no nonce of ours. */
const NONCE = /^[A-Za-z0-9_-]{43}$/;

/** The browser's nonce, when it sent a well-formed one. */
export function codeNonce(c: Context<AppEnv>): string | null {
  const value = getCookie(c, cookieSettings(c, CODE_COOKIE).name);
  return value !== undefined && NONCE.test(value) ? value : null;
}

/**
 * The nonce a new code is bound to: the browser's own when it has one, so that every code
 * it asked for keeps working, else a new one. Either way the cookie is (re)set to last as
 * long as the new code.
 */
export function takeCodeNonce(c: Context<AppEnv>): string {
  const nonce = codeNonce(c) ?? newToken();
  const { name, secure } = cookieSettings(c, CODE_COOKIE);
  setCookie(c, name, nonce, { httpOnly: true, secure, sameSite: 'Strict', path: '/', maxAge: CODE_MINUTES * 60 });
  return nonce;
}

/** After sign-in the browser's codes are gone: so goes their nonce. */
export function clearCodeCookie(c: Context<AppEnv>): void {
  const { name, secure } = cookieSettings(c, CODE_COOKIE);
  deleteCookie(c, name, { path: '/', secure });
}
