// Whether an error means the database cannot be reached (down, restarting, refusing
// connections, locked by another process past the busy timeout) rather than a fault in a
// query: such a request is answered 503 with Retry-After, and the app's outbox waits.
// PostgreSQL's own words for it are sure; a bare network error (ECONNREFUSED and the like)
// could as well be another service's (a mail server, the work-account provider), so it
// counts only when the database does not answer a question of its own just then.
import type { Db } from './database';
import { databaseAnswers } from './readiness';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE', 'EAI_AGAIN']);
// SQLSTATE class 08 (connection exception), shutting down or starting up (57P01–57P03),
// too many connections (53300); SQLite's database locked past its busy timeout.
const DATABASE_CODES = /^(08...|57P0[123]|53300|SQLITE_BUSY)$/;
// node-postgres says so in words when the server goes away mid-query.
const POSTGRES_MESSAGES = /^Connection terminated|Client has encountered a connection error/;

const codeOf = (error: Error) => (error as { code?: unknown }).code;

export async function isDatabaseUnavailable(error: unknown, db: Db): Promise<boolean> {
  if (!(error instanceof Error)) return false;
  const code = codeOf(error);
  if (typeof code === 'string' && DATABASE_CODES.test(code)) return true;
  if (POSTGRES_MESSAGES.test(error.message)) return true;
  const network = typeof code === 'string' && NETWORK_CODES.has(code);
  // No free connection within the pool's wait: the database is there but overloaded, or gone.
  const poolWait = /^timeout exceeded when trying to connect/.test(error.message);
  return (network || poolWait) && !(await databaseAnswers(db, 1_000));
}
