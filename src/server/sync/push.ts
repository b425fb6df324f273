// POST /api/sync/push: applies a client's mutations in order, idempotently, one
// transaction per mutation that also records the client's lastMutationId (sync.md).
import type { Kysely, Transaction } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../db/schema';
import {
  MutationRefusal, errorMessage, isMutationName, mutationArgSchemas,
  type ErrorCode, type MutationResult, type PushRequest, type PushResponse,
} from '../../shared/protocol';
import { NOT_BUILT_YET, mutators } from '../mutators';
import { loadViewer } from '../db/viewers';
import { reserveVersions } from '../db/versions';
import type { MutationContext } from '../mutators/context';
import { claimClient, claimClientRow } from './client-claim';
import { transactorFor } from '../db/write-batches';
import { findRefusal, lastMutationIdOf, recordRefusal, setLastMutationId } from '../db/clients';

export class PushError extends Error {
  constructor(readonly status: 403 | 409, readonly code: ErrorCode, readonly expected?: number) {
    super(code);
  }
}

/** Thrown inside a mutation's transaction to roll it back and answer 409. */
class Gap extends Error {
  constructor(readonly expected: number) { super('mutation_gap'); }
}

/** Thrown inside a mutation's transaction when the clientId is another person's. */
class ClientTaken extends Error {
  constructor() { super('client_taken'); }
}

/**
 * The client's last handled mutation, with its row locked for this transaction. A client's
 * first mutation claims it here, in the same transaction (one query fewer than a claim of
 * its own, on the hot path of a sign-up from a new phone); another person's session is refused.
 */
async function lockClient(
  tx: Transaction<Database>, dialect: 'sqlite' | 'postgres', clientId: string, personId: string, now: string,
): Promise<number> {
  const row = await claimClientRow(tx, clientId, personId, now, { lock: dialect === 'postgres', serialised: dialect === 'sqlite' });
  if (row.person_id !== personId) throw new ClientTaken();
  return Number(row.last_mutation_id);
}

type Outcome = { status: 'applied' | 'skipped' } | { status: 'rejected'; code: ErrorCode };

/**
 * A mutation already handled: `skipped`, unless it was refused, in which case the
 * refusal is told again (its first reply may never have reached the device).
 */
async function earlierOutcome(tx: Transaction<Database>, clientId: string, mutationId: number): Promise<Outcome> {
  const code = await findRefusal(tx, clientId, mutationId);
  return code ? { status: 'rejected', code } : { status: 'skipped' };
}

export async function pushMutations(
  db: Kysely<Database>,
  dialect: 'sqlite' | 'postgres',
  personId: string,
  request: PushRequest,
  now: () => Date = () => new Date(),
): Promise<PushResponse> {
  // An empty push still claims its clientId (and learns where the client stands, below).
  if (request.mutations.length === 0 && !(await claimClient(db, request.clientId, personId, now().toISOString()))) {
    throw new PushError(403, 'client_taken');
  }
  const transact = transactorFor(db, dialect);
  const results: MutationResult[] = [];
  let lastMutationId = 0;

  for (const mutation of request.mutations) {
    let outcome: Outcome;
    try {
      outcome = await transact(async (tx) => {
        const last = await lockClient(tx, dialect, request.clientId, personId, now().toISOString());
        lastMutationId = last;
        if (mutation.id <= last) return earlierOutcome(tx, request.clientId, mutation.id);
        if (mutation.id > last + 1) throw new Gap(last + 1);
        // Recorded first (a refusal rolls it back with the rest): the row is this client's and
        // locked already, and the locks the mutator takes are then held one statement less.
        await setLastMutationId(tx, request.clientId, mutation.id);
        await runMutator(tx, dialect, personId, mutation.name, mutation.args, now());
        lastMutationId = mutation.id;
        return { status: 'applied' } as const;
      });
    } catch (error) {
      if (error instanceof Gap) throw new PushError(409, 'mutation_gap', error.expected);
      if (error instanceof ClientTaken) throw new PushError(403, 'client_taken');
      if (!(error instanceof MutationRefusal)) throw error; // unexpected: rolled back, stop, 5xx
      // A refusal rolled back whatever the mutator wrote; record that it was handled (and
      // why), so one bad mutation never blocks the queue behind it. Another push from the
      // same client may have got here first: then its word stands.
      const code = error.code;
      outcome = await transact(async (tx) => {
        const last = await lockClient(tx, dialect, request.clientId, personId, now().toISOString());
        if (mutation.id <= last) return earlierOutcome(tx, request.clientId, mutation.id);
        if (mutation.id > last + 1) throw new Gap(last + 1);
        await recordRefusal(tx, request.clientId, mutation.id, code);
        await setLastMutationId(tx, request.clientId, mutation.id);
        return { status: 'rejected', code } as const;
      }).catch((inner: unknown) => {
        if (inner instanceof Gap) throw new PushError(409, 'mutation_gap', inner.expected);
        if (inner instanceof ClientTaken) throw new PushError(403, 'client_taken');
        throw inner;
      });
      lastMutationId = Math.max(lastMutationId, mutation.id);
    }
    results.push(
      outcome.status === 'rejected'
        ? { id: mutation.id, status: 'rejected', error: { code: outcome.code, message: errorMessage(outcome.code) } }
        : { id: mutation.id, status: outcome.status },
    );
  }
  if (request.mutations.length === 0) {
    lastMutationId = await lastMutationIdOf(db, request.clientId);
  }
  return { lastMutationId, results };
}

async function runMutator(
  tx: Transaction<Database>, dialect: 'sqlite' | 'postgres', personId: string, name: string, args: unknown, now: Date,
): Promise<void> {
  if (!isMutationName(name)) throw new MutationRefusal('unknown_mutation');
  const parsed = v.safeParse(mutationArgSchemas[name], args);
  if (!parsed.success) throw new MutationRefusal('invalid_args');
  const mutator = mutators[name];
  if (mutator === NOT_BUILT_YET) throw new MutationRefusal('not_available_yet');
  const viewer = await loadViewer(tx, personId);
  if (!viewer) throw new MutationRefusal('not_allowed');
  const ctx: MutationContext = {
    tx, viewer, dialect, now: now.toISOString(),
    nextVersion: () => reserveVersions(tx),
    reserveVersions: (count) => reserveVersions(tx, count),
  };
  await (mutator as (ctx: MutationContext, args: unknown) => Promise<void>)(ctx, parsed.output);
}
