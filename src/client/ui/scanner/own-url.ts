// The scanner's whitelist: which texts read from a QR code (or typed) are this app's own
// sign-up and check-in links. Only those are followed; anything else is shown as text and
// never opened (issue 8, point 6) — a QR code on a wall can say anything.

/** Seed slugs (s-cafe-demens-nat) and the UUIDs the event form makes. */
const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
/** As `seminar.renewCheckinCode` makes them (organizer-tools.ts): base64url, 16–64 characters. */
const CHECKIN_CODE = /^[A-Za-z0-9_-]{16,64}$/;
/** The poster's `d`: an ISO time (poster-screen.ts signupUrl). */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_TITLE = 200;

export type ScanTarget =
  | { kind: 'signup'; id: string; search: { t?: string; d?: string } }
  | { kind: 'checkin'; id: string; code: string }
  | { kind: 'foreign'; text: string };

function segment(raw: string): string | null {
  try {
    const decoded = decodeURIComponent(raw);
    return EVENT_ID.test(decoded) ? decoded : null;
  } catch {
    return null; // a malformed %-escape
  }
}

/** A text read from a code: our own link (same origin, known path, well-formed parts) or just text. */
export function ownTarget(text: string, origin: string): ScanTarget {
  const foreign: ScanTarget = { kind: 'foreign', text };
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return foreign;
  }
  // javascript:, data: and friends have the origin "null"; user:pass@ could dress up a link.
  if (url.origin !== origin || url.username || url.password) return foreign;
  const match = /^\/([sc])\/([^/]+)$/.exec(url.pathname);
  const id = match ? segment(match[2]!) : null;
  if (!match || !id) return foreign;
  if (match[1] === 'c') {
    const code = url.searchParams.get('k');
    return code !== null && CHECKIN_CODE.test(code) ? { kind: 'checkin', id, code } : foreign;
  }
  const title = url.searchParams.get('t');
  const startsAt = url.searchParams.get('d');
  return {
    kind: 'signup',
    id,
    search: {
      ...(title && title.length <= MAX_TITLE && { t: title }),
      ...(startsAt && ISO_TIME.test(startsAt) && { d: startsAt }),
    },
  };
}

/**
 * What someone typed instead of scanning: the event's short code from the poster
 * (s-cafe-demens-nat), the short link as printed (host/s/…, no scheme), a path, or the
 * whole link pasted. All of it goes through the same whitelist.
 */
export function typedTarget(input: string, origin: string): ScanTarget | null {
  const text = input.trim();
  if (!text) return null;
  if (EVENT_ID.test(text)) return { kind: 'signup', id: text, search: {} };
  const host = new URL(origin).host.toLowerCase();
  if (text.toLowerCase().startsWith(`${host}/`)) return ownTarget(`${new URL(origin).protocol}//${text}`, origin);
  if (text.startsWith('/') && !text.startsWith('//')) return ownTarget(`${origin}${text}`, origin);
  return ownTarget(text, origin);
}
