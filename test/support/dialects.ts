// Runs an integration suite on both databases: embedded SQLite and a real PostgreSQL.
import { inject } from 'vitest';
import { startTestServer, type TestDialect, type TestServer } from './test-server';

export const DIALECTS: TestDialect[] = ['sqlite', 'postgres'];

export function startServerFor(dialect: TestDialect, options: { demoPeople?: number } = {}): Promise<TestServer> {
  return startTestServer(dialect, { postgresUrl: dialect === 'postgres' ? inject('postgresUrl') : undefined, ...options });
}
