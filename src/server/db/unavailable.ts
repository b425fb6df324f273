// Whether an error means the database cannot be reached (down, restarting, refusing
// connections, locked by another process past the busy timeout) rather than a fault in a
// query: such a request is answered 503 with Retry-After, and the app's outbox waits.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE', 'EAI_AGAIN']);
// PostgreSQL's SQLSTATEs: class 08 (connection exception), shutting down or starting up
// (57P01–57P03), too many connections (53300).
const POSTGRES_STATES = /^(08...|57P0[123]|53300)$/;
// node-postgres says so in words when the server goes away mid-query or a connection times out.
const POSTGRES_MESSAGES = /^Connection terminated|^timeout exceeded when trying to connect|Client has encountered a connection error/;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRES_STATES.test(code) || code === 'SQLITE_BUSY')) return true;
  return POSTGRES_MESSAGES.test(error.message);
}
