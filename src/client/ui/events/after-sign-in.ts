// Where to go after signing in: a QR link opened signed out (/s/…, /c/…) is kept here, so
// the person lands on the same button once signed in.
const KEY = 'videnbro:after-sign-in';

export function keepAfterSignIn(href: string): void {
  try { sessionStorage.setItem(KEY, href); } catch { /* storage off: they start at the front page */ }
}

export function forgetAfterSignIn(): void {
  try { sessionStorage.removeItem(KEY); } catch { /* nothing kept */ }
}

const OWN_LINK = /^\/[sc]\/[^/]/;

/** What the kept link is for, to name it on the sign-in screen; the link stays kept. */
export function peekAfterSignIn(): { kind: 'signup' | 'checkin'; title: string | null } | null {
  let href: string | null;
  try { href = sessionStorage.getItem(KEY); } catch { return null; }
  if (!href || !OWN_LINK.test(href)) return null;
  const url = new URL(href, 'https://videnbro.invalid');
  const title = url.searchParams.get('t')?.trim().slice(0, 200) || null;
  return { kind: href.startsWith('/s/') ? 'signup' : 'checkin', title };
}

/** The kept link (only our own paths), removed once taken. */
export function takeAfterSignIn(): string | null {
  let href: string | null;
  try {
    href = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
  } catch { return null; }
  return href && OWN_LINK.test(href) ? href : null;
}
