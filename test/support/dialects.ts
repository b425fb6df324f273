// Runs an integration suite on both databases: embedded SQLite and a real PostgreSQL.
// VIDENBRO_TEST_DIALECTS (comma-separated, e.g. `sqlite`) narrows that list; the mutation
// run (`npm run mutation`) uses it to run the integration suites on SQLite only.
import { inject } from 'vitest';
import { freshPostgresDatabase, startTestServer, type TestDialect, type TestServer } from './test-server';

const ALL_DIALECTS: TestDialect[] = ['sqlite', 'postgres'];

function selectedDialects(value: string | undefined): TestDialect[] {
  if (!value?.trim()) return ALL_DIALECTS;
  const wanted = value.split(',').map((part) => part.trim()).filter(Boolean);
  const unknown = wanted.filter((part) => !ALL_DIALECTS.includes(part as TestDialect));
  if (unknown.length > 0) throw new Error(`VIDENBRO_TEST_DIALECTS: unknown dialect(s) ${unknown.join(', ')} (use ${ALL_DIALECTS.join(', ')})`);
  return ALL_DIALECTS.filter((dialect) => wanted.includes(dialect));
}

export const DIALECTS: TestDialect[] = selectedDialects(process.env.VIDENBRO_TEST_DIALECTS);

export function startServerFor(dialect: TestDialect, options: Omit<Parameters<typeof startTestServer>[1] & object, 'postgresUrl'> = {}): Promise<TestServer> {
  return startTestServer(dialect, { postgresUrl: dialect === 'postgres' ? inject('postgresUrl') : undefined, ...options });
}

/** An empty database of the dialect: `sqliteFile` (not yet made), or a new PostgreSQL database. */
export function emptyDatabaseFor(dialect: TestDialect, sqliteFile: string): Promise<string> {
  return dialect === 'sqlite' ? Promise.resolve(`file:${sqliteFile}`) : freshPostgresDatabase(inject('postgresUrl'));
}
