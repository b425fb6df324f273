// What of an error may go into the log: its kind, code and message, with anything that
// looks like an e-mail address blanked (PostgreSQL's messages quote the values of a row,
// "Key (email)=(anna@…) already exists"), and the first frames of its stack.
import type { Logger } from './logger';

const EMAIL = /[^\s"'()<>@,;:]+@[^\s"'()<>@,;:]+\.[A-Za-z]{2,}/g;

export const blankAddresses = (text: string): string => text.replace(EMAIL, '<e-mail>');

export function safeError(error: unknown): { type: string; code?: string; message: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: blankAddresses(String(error)).slice(0, 300) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === 'string' && { code }),
    message: blankAddresses(error.message).slice(0, 300),
    ...(error.stack && { stack: blankAddresses(error.stack.split('\n').slice(1, 6).join('\n')) }),
  };
}

/** A warning on the logger, or the console where there is none (the app built alone in a test). */
export function warn(logger: Logger | undefined, line: string): void {
  const safe = blankAddresses(line);
  if (logger) logger.warn(safe);
  else console.warn(safe);
}
