// The server's log (issue 23, part 4): JSON lines with pino — level, time, message, and for a
// request its id, method, matched route, status, duration and the person as an opaque id —
// on stdout for the service manager to collect. Never an e-mail address, a name, a code, a
// token or a cookie: the request line is built from fixed fields only, and the app's own
// lines say what happened, not to whom. `LOG_LEVEL` sets the level; `npm run dev` prints it
// readable (pino-pretty).
import { createHash, createHmac } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import { blankAddresses } from './safe-error';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function createLogger(level: LogLevel, options: { pretty?: boolean; destination?: DestinationStream } = {}): Logger {
  const settings = { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label: string) => ({ level: label }) } };
  if (options.pretty) return pino({ level, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } });
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/**
 * A person in the log: stable across processes and restarts, and says nothing of who. Keyed
 * with a server secret (logKeyFrom): person ids reach every colleague's phone, and a plain
 * hash of them could be worked back by anyone with the log and an account.
 */
export function opaquePerson(personId: string, key: Buffer): string {
  return createHmac('sha256', key).update(personId).digest('base64url').slice(0, 12);
}

/** The log's key, from a secret the server keeps anyway (its VAPID private key). */
export function logKeyFrom(secret: string): Buffer {
  return createHash('sha256').update(`videnbro-log\u0000${secret}`).digest();
}

/**
 * The app's one-line messages (`[mail] …`, `[notifications] …`) as log entries of the
 * logger, any e-mail address in them blanked (a mail server's refusal quotes the recipient).
 */
export function lineLogger(logger: Logger, level: 'info' | 'warn' | 'error' = 'info'): (line: string) => void {
  return (line) => logger[level](blankAddresses(line));
}
