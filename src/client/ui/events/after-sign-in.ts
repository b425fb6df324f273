// Where to go after signing in: a QR link opened signed out (/s/…, /c/…) is kept here, so
// the person lands on the same button once signed in.
const KEY = 'videnbro:after-sign-in';

export function keepAfterSignIn(href: string): void {
  try { sessionStorage.setItem(KEY, href); } catch { /* storage off: they start at the front page */ }
}

export function forgetAfterSignIn(): void {
  try { sessionStorage.removeItem(KEY); } catch { /* nothing kept */ }
}

/** The kept link (only our own paths), removed once taken. */
export function takeAfterSignIn(): string | null {
  let href: string | null;
  try {
    href = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
  } catch { return null; }
  return href && /^\/[sc]\/[^/]/.test(href) ? href : null;
}
