// The server's log (issue 23, part 4): JSON lines with pino — level, time, message, and for a
// request its id, method, matched route, status, duration and the person as an opaque id —
// on stdout for the service manager to collect. Never an e-mail address, a name, a code, a
// token or a cookie: the request line is built from fixed fields only, and the app's own
// lines say what happened, not to whom. `LOG_LEVEL` sets the level; `npm run dev` prints it
// readable (pino-pretty).
import { createHash } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function createLogger(level: LogLevel, options: { pretty?: boolean; destination?: DestinationStream } = {}): Logger {
  const settings = { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label: string) => ({ level: label }) } };
  if (options.pretty) return pino({ level, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } });
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/** A person in the log: stable across processes and restarts, and says nothing of who. */
export function opaquePerson(personId: string): string {
  return createHash('sha256').update(`videnbro-log:${personId}`).digest('base64url').slice(0, 12);
}

/** The app's one-line messages (`[mail] …`, `[notifications] …`) as log entries of the logger. */
export function lineLogger(logger: Logger, level: 'info' | 'warn' | 'error' = 'info'): (line: string) => void {
  return (line) => logger[level](line);
}
