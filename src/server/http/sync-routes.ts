// /api/sync/push and /api/sync/pull, as sync.md fixes them.
import { Hono } from 'hono';
import type { AppEnv } from './app-env';
import { readBody, parseWith } from './parse';
import { errorResponse } from './errors';
import { compressedJson } from './compressed-json';
import {
  DEFAULT_PULL_LIMIT, MAX_MUTATIONS_PER_PUSH, PullQuerySchema, PushRequestSchema, isMutationName, type MutationResult,
} from '../../shared/protocol';
import type { Metrics } from '../metrics/metrics';
import { PushError, pushMutations } from '../sync/push';
import { pullChanges } from '../sync/pull';
import { loadViewer } from '../db/viewers';
import { claimClient } from '../sync/client-claim';

/** Mutations that can free a seat or a place, and so leave a gap in a waitlist. */
const GAP_MAKERS: ReadonlySet<string> = new Set(['signup.cancel', 'seminar.update']);
const PULSE_ANSWERS: ReadonlySet<string> = new Set(['pulse.answer']);
const SIGN_UPS: ReadonlySet<string> = new Set(['signup.request']);

/** Whether a mutation of one of `names` was applied in this push. */
function appliedAny(mutations: readonly { id: number; name: string }[], results: readonly MutationResult[], names: ReadonlySet<string>): boolean {
  const applied = new Set(results.filter((result) => result.status === 'applied').map((result) => result.id));
  return mutations.some((mutation) => applied.has(mutation.id) && names.has(mutation.name));
}

/** Each pushed mutation by its name (an unknown name counted as such, not as itself) and outcome. */
function countMutations(metrics: Metrics | undefined, mutations: readonly { id: number; name: string }[], results: readonly MutationResult[]): void {
  if (!metrics) return;
  const names = new Map(mutations.map((m) => [m.id, isMutationName(m.name) ? m.name : 'unknown']));
  for (const result of results) metrics.mutations.inc({ name: names.get(result.id) ?? 'unknown', outcome: result.status });
}

// c.get, not c.var, on these hot paths (and in session.ts): hono makes c.var anew, a copy
// of every variable, each time it is read.
export function syncRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/push', async (c) => {
    const body = await readBody(c);
    const mutations = (body as { mutations?: unknown } | null)?.mutations;
    if (Array.isArray(mutations) && mutations.length > MAX_MUTATIONS_PER_PUSH) {
      return errorResponse(c, 400, 'too_many_mutations', { details: { max: MAX_MUTATIONS_PER_PUSH } });
    }
    const raw = parseWith(PushRequestSchema, body);
    const personId = c.get('personId')!;
    try {
      const reply = await pushMutations(c.get('db').kysely, c.get('db').dialect, personId, raw);
      // An applied change may have queued a message (a seat given): the worker looks now, not
      // at its next tick. A push of repeats and refusals queued nothing: no extra query.
      if (reply.results.some((result) => result.status === 'applied')) c.get('notifications').wake();
      // A place given up on a waitlist left a gap: answered once the places behind are renumbered.
      if (appliedAny(raw.mutations, reply.results, GAP_MAKERS)) await c.get('waitlists').settle();
      // A newcomer while places have gaps got a place behind everyone: renumbered soon, not waited for.
      else if (appliedAny(raw.mutations, reply.results, SIGN_UPS)) void c.get('waitlists').settle();
      // New answers to a pulse check: its results are counted again, without keeping the phone waiting.
      if (appliedAny(raw.mutations, reply.results, PULSE_ANSWERS)) void c.get('pulseResults').settle();
      countMutations(c.get('metrics'), raw.mutations, reply.results);
      return await compressedJson(c, reply);
    } catch (error) {
      if (error instanceof PushError) {
        return errorResponse(c, error.status, error.code, error.expected !== undefined ? { expected: error.expected } : {});
      }
      throw error;
    }
  });

  app.get('/pull', async (c) => {
    const query = parseWith(PullQuerySchema, c.req.query());
    const db = c.get('db').kysely;
    const viewer = await loadViewer(db, c.get('personId')!);
    if (!viewer) return errorResponse(c, 401, 'not_signed_in');
    if (!(await claimClient(db, query.clientId, viewer.personId, new Date().toISOString()))) {
      return errorResponse(c, 403, 'client_taken');
    }
    const reply = await pullChanges(db, viewer, query.clientId, query.cursor, query.limit ?? DEFAULT_PULL_LIMIT);
    c.header('Cache-Control', 'no-store');
    const metrics = c.get('metrics');
    return compressedJson(c, reply, metrics && ((bytes) => {
      metrics.pullPages.inc();
      metrics.pullRows.inc(reply.changes.length);
      metrics.pullBytes.inc(bytes);
    }));
  });

  return app;
}
