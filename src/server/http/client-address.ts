// The client's address, for rate limits. X-Forwarded-For is anyone's to write, so it is
// believed only for the hops of our own proxies (TRUST_PROXY): with one proxy, the
// right-most entry is the one that proxy added; everything left of it may be forged.
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** The address `trustHops` proxies back from the socket; the socket's own address when 0. */
export function pickClientAddress(socketAddress: string, forwardedFor: string | undefined, trustHops: number): string {
  if (trustHops === 0 || !forwardedFor) return normalizeAddress(socketAddress);
  const hops = forwardedFor.split(',').map((part) => part.trim()).filter(Boolean);
  if (hops.length === 0) return normalizeAddress(socketAddress);
  // Fewer entries than trusted proxies: the left-most is as far back as anyone vouched for.
  return normalizeAddress(hops[Math.max(0, hops.length - trustHops)]!);
}

/**
 * One key per client: IPv4-mapped IPv6 as IPv4, and IPv6 cut to its /64, since one
 * household or server usually holds a whole /64 and could otherwise rotate freely.
 */
export function normalizeAddress(address: string): string {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '').toLowerCase();
  const mapped = plain.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped) return mapped[1]!;
  if (!plain.includes(':')) return plain;
  const [head = '', tail = ''] = plain.split('::');
  const left = head ? head.split(':') : [];
  const right = plain.includes('::') && tail ? tail.split(':') : [];
  const groups = plain.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => (g.replace(/^0+(?=.)/, '') || '0')).join(':')}::/64`;
}

/** The socket's own address, as it is; 'unknown' without one. */
export function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not behind @hono/node-server (app.request in a test): no socket to ask.
    return 'unknown';
  }
}

export function clientAddress(c: Context, trustHops: number): string {
  return pickClientAddress(socketAddress(c), c.req.header('x-forwarded-for'), trustHops);
}
