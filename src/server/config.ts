// Server configuration from the environment, with the defaults the README promises.
import path from 'node:path';
import { oidcSettingsFrom, type OidcSettings } from './auth/oidc-settings';
import { DEFAULT_RETENTION, type RetentionSettings } from './db/retention';
import { DEFAULT_LEGAL, type LegalSettings } from '../shared/legal';
import { pushSettingsFrom, type PushSettings } from './notifications/push-settings';
import { originOf } from './origin-setting';
import { LOG_LEVELS, type LogLevel } from './logging/logger';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** Seed demo data into an empty database and allow demo sign-in. */
  demo: boolean;
  production: boolean;
  /** Where built client files live; null serves the API only. */
  staticDir: string | null;
  /** Without SMTP: each mail appended to `mailFile` (and the log). */
  mailFile: string | null;
  /** SMTP for mail (SMTP_URL, e.g. smtp://user:password@host:587 or smtps://…:465; MAIL_FROM the sender), or none. */
  smtp: { url: string; from: string } | null;
  /**
   * The origin people reach the app at (PUBLIC_URL), e.g. https://videnbro.kommune.dk.
   * It alone decides Secure and the __Host- prefix on the cookie, HSTS, and which Origin
   * is ours; null means plain http on this host and port, as `npm start` serves it.
   */
  publicUrl: string | null;
  /** Proxies in front of the server whose X-Forwarded-For is believed (TRUST_PROXY); 0: none. */
  trustProxy: number;
  /** Further origins allowed to call the API (ALLOWED_ORIGINS), e.g. Vite's dev server. */
  allowedOrigins: string[];
  /** Sign-in with the municipality's work account (OIDC_*), or none. */
  oidc: OidcSettings | null;
  /** E-mail one-time codes as a way in (EMAIL_CODES=off hides them where a work account is the way). */
  emailCodes: boolean;
  /** How long what is kept is kept (RETENTION_DEACTIVATED_DAYS; db/retention.ts). */
  retention: RetentionSettings;
  /** Who the privacy notice and the accessibility statement name (PRIVACY_CONTROLLER, PRIVACY_DPO, ACCESSIBILITY_FEEDBACK). */
  legal: LegalSettings;
  /** Web Push: VAPID keys (or made at first start) and extra push services (VAPID_*, PUSH_ALLOWED_ORIGINS). */
  push: PushSettings;
  /** The bearer token GET /metrics asks for (METRICS_TOKEN); null: only from this machine, not through a proxy. */
  metricsToken: string | null;
  /** How much the JSON log says (LOG_LEVEL: fatal, error, warn, info, debug, trace, silent). */
  logLevel: LogLevel;
  /** App processes on the one port (WORKERS); null: the default, one per CPU on PostgreSQL, one on SQLite. */
  workers: number | null;
  /** People in the demo municipality when an empty database is seeded (DEMO_PEOPLE, default 2000). */
  demoPeople: number;
}

export { DEFAULT_LEGAL, type LegalSettings };

export function legalSettingsFrom(env: NodeJS.ProcessEnv): LegalSettings {
  return {
    controller: env.PRIVACY_CONTROLLER?.trim() || DEFAULT_LEGAL.controller,
    dpo: env.PRIVACY_DPO?.trim() || DEFAULT_LEGAL.dpo,
    feedback: env.ACCESSIBILITY_FEEDBACK?.trim() || DEFAULT_LEGAL.feedback,
  };
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

function trustProxyOf(value: string | undefined): number {
  if (value === undefined || value === '' || value === '0' || value === 'false') return 0;
  if (value === 'true') return 1;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new Error(`TRUST_PROXY er ugyldig: ${value}; brug antallet af proxyer, fx 1 (TRUST_PROXY must be a number of proxies, e.g. 1)`);
  }
  return hops;
}

function deactivatedDaysOf(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_RETENTION.deactivatedDays;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new Error(`RETENTION_DEACTIVATED_DAYS skal være et helt antal dage fra 1 til 3650: ${value} (must be whole days, 1–3650.)`);
  }
  return days;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || `file:${path.resolve('data', 'videnbro.sqlite')}`;
  const production = env.NODE_ENV === 'production';
  const demo = env.DEMO !== undefined ? env.DEMO === '1' || env.DEMO === 'true' : !isPostgresUrl(databaseUrl);
  if (demo && production) {
    throw new Error('Demo-login må ikke køre med NODE_ENV=production. Sæt DEMO=0. (Demo sign-in is refused in production.)');
  }
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT er ugyldig: ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    demo,
    production,
    staticDir: env.STATIC_DIR === '' ? null : path.resolve(env.STATIC_DIR ?? 'dist'),
    mailFile: env.MAIL_FILE ?? path.resolve('data', 'mail.log'),
    smtp: smtpSettingsOf(env),
    publicUrl: env.PUBLIC_URL ? originOf(env.PUBLIC_URL, 'PUBLIC_URL') : null,
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean)
      .map((origin) => originOf(origin, 'ALLOWED_ORIGINS')),
    oidc: oidcSettingsFrom(env),
    emailCodes: env.EMAIL_CODES !== 'off',
    retention: { deactivatedDays: deactivatedDaysOf(env.RETENTION_DEACTIVATED_DAYS) },
    legal: legalSettingsFrom(env),
    push: pushSettingsFrom(env),
    metricsToken: env.METRICS_TOKEN?.trim() || null,
    logLevel: logLevelOf(env.LOG_LEVEL),
    workers: workersOf(env.WORKERS),
    demoPeople: demoPeopleOf(env.DEMO_PEOPLE),
  };
}

function demoPeopleOf(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 2000;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 50 || n > 200_000) throw new Error(`DEMO_PEOPLE er ugyldig: ${value}; brug et helt tal fra 50 til 200000 (DEMO_PEOPLE must be a whole number from 50 to 200000)`);
  return n;
}

function workersOf(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`WORKERS er ugyldig: ${value}; brug et helt tal fra 1 til 64 (WORKERS must be a whole number from 1 to 64)`);
  return n;
}

function logLevelOf(value: string | undefined): LogLevel {
  if (value === undefined || value.trim() === '') return 'info';
  const level = LOG_LEVELS.find((l) => l === value.trim().toLowerCase());
  if (!level) throw new Error(`LOG_LEVEL er ugyldig: ${value}; brug ${LOG_LEVELS.join(', ')} (LOG_LEVEL must be one of these)`);
  return level;
}

function smtpSettingsOf(env: NodeJS.ProcessEnv): Config['smtp'] {
  if (!env.SMTP_URL) return null;
  let url: URL;
  try {
    url = new URL(env.SMTP_URL);
  } catch {
    throw new Error('SMTP_URL er ugyldig: brug smtp://bruger:adgangskode@vært:587 eller smtps://…:465. (SMTP_URL is not a valid address.)');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`SMTP_URL skal begynde med smtp:// eller smtps:// (ikke ${url.protocol}). (SMTP_URL must be smtp:// or smtps://.)`);
  }
  return { url: env.SMTP_URL, from: env.MAIL_FROM ?? 'Videnbro <videnbro@localhost>' };
}
