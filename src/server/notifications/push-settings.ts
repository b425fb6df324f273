// Web Push settings from the environment (issue 22): the VAPID keys (VAPID_PUBLIC_KEY,
// VAPID_PRIVATE_KEY, VAPID_SUBJECT; unset: made at first start and kept in the database,
// notifications/vapid.ts) and the push services the server may send to. Only https
// endpoints at the known services are taken, so a subscription can never make the server
// fetch an address of someone's choosing (SSRF); PUSH_ALLOWED_ORIGINS adds others (tests).
import { originOf } from '../origin-setting';

export interface PushSettings {
  vapid: { publicKey: string; privateKey: string } | null;
  /** `mailto:` or the public address: who the push services may contact about this sender. */
  subject: string | null;
  allowedOrigins: string[];
}

/** The push services of Chrome/Edge (Google), Firefox (Mozilla), Safari (Apple) and Windows (Microsoft). */
const KNOWN_SERVICES = [/^fcm\.googleapis\.com$/, /^android\.googleapis\.com$/, /^updates\.push\.services\.mozilla\.com$/,
  /^web\.push\.apple\.com$/, /^[a-z0-9-]+\.notify\.windows\.com$/];

export function pushSettingsFrom(env: NodeJS.ProcessEnv): PushSettings {
  const publicKey = env.VAPID_PUBLIC_KEY?.trim();
  const privateKey = env.VAPID_PRIVATE_KEY?.trim();
  if (Boolean(publicKey) !== Boolean(privateKey)) {
    throw new Error('VAPID_PUBLIC_KEY og VAPID_PRIVATE_KEY skal sættes sammen. (Set both VAPID keys, or neither.)');
  }
  return {
    vapid: publicKey && privateKey ? { publicKey, privateKey } : null,
    subject: env.VAPID_SUBJECT?.trim() || null,
    allowedOrigins: (env.PUSH_ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean)
      .map((origin) => originOf(origin, 'PUSH_ALLOWED_ORIGINS')),
  };
}

export const DEFAULT_PUSH_SETTINGS: PushSettings = { vapid: null, subject: null, allowedOrigins: [] };

/** True for an endpoint the server may send to: https at a known push service, or an origin allowed by name. */
export function isAllowedPushEndpoint(endpoint: string, settings: Pick<PushSettings, 'allowedOrigins'>): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (settings.allowedOrigins.includes(url.origin)) return true;
  return url.protocol === 'https:' && (url.port === '' || url.port === '443') && KNOWN_SERVICES.some((host) => host.test(url.hostname));
}
