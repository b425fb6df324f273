// Signed-in HTTP clients for any person of the demo municipality: a session made
// directly in the database (demo sign-in exists only for the four demo accounts, and
// sign-in by code is rate limited per address, as it should be).
import { HttpClient } from './http-client';
import { createSession, SESSION_COOKIE } from '../../src/server/auth/sessions';
import type { RunningServer } from '../../src/server/server';

export async function clientFor(server: Pick<RunningServer, 'url' | 'db'>, personId: string): Promise<HttpClient> {
  const client = new HttpClient(server.url);
  client.setCookie(SESSION_COOKIE, await createSession(server.db.kysely, personId));
  return client;
}

/** Ordinary employees (no organizer, leader or admin role), by id. */
export async function employees(server: Pick<RunningServer, 'db'>, count: number): Promise<string[]> {
  const rows = await server.db.kysely.selectFrom('people').select(['id', 'roles', 'email'])
    .where('deleted', '=', 0).orderBy('id').execute();
  return rows.filter((r) => r.roles === '["employee"]' && !r.email.startsWith('anna@')).slice(0, count).map((r) => r.id);
}
