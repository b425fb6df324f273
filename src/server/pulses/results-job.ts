// A pulse check's results (issue 24), computed after answers come in: for each pulse with
// new answers, the units' tallies counted in the database and made into results by the
// shared rules (threshold, no subtraction: shared/pulse/results.ts), written as rows that
// only the scope's own people pull. Answers that arrive together share one computation; a
// sweep picks up what a stopped process left.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { reserveVersions } from '../db/versions';
import { transactorFor } from '../db/write-batches';
import { findPulse, pulsesWithResultsDue, takeResultsDue, unitTallies, writeResults, type PulseRow } from '../db/pulses';
import { parseJsonList } from '../db/json';
import { pulseResults, type PulseScope, type ScopeResult } from '../../shared/pulse/results';
import { coalescedRounds, type CoalescedRounds } from '../jobs/coalesced-rounds';

export type PulseResultsJob = CoalescedRounds;

const ROUND = 20;
const SWEEP_MS = 30_000;

/** A pulse's results as its answers stand, from `db` (a transaction too). */
async function resultsOf(db: Kysely<Database> | Transaction<Database>, pulse: PulseRow): Promise<ScopeResult[]> {
  const questions = parseJsonList<number>(pulse.questions);
  const scope: PulseScope = pulse.scope_kind === 'municipality' ? { kind: 'municipality', id: null } : { kind: pulse.scope_kind, id: pulse.scope_id ?? '' };
  return pulseResults(scope, await unitTallies(db, pulse, questions), questions, pulse.id);
}

/** One pulse's results computed and written now (the bench times this). */
export async function computePulseResults(db: Kysely<Database>, dialect: 'sqlite' | 'postgres', pulseId: string): Promise<number> {
  const pulse = await findPulse(db, pulseId);
  if (!pulse) return 0;
  await takeResultsDue(db, pulse.id);
  const results = await resultsOf(db, pulse);
  return transactorFor(db, dialect)((tx) => writeResults(tx, pulse.id, results, (count) => reserveVersions(tx, count)));
}

/** The same inside a transaction of the caller's (the demo seed: its pulses come with their results). */
export async function computePulseResultsIn(tx: Transaction<Database>, pulseId: string): Promise<number> {
  const pulse = await findPulse(tx, pulseId);
  if (!pulse) return 0;
  return writeResults(tx, pulse.id, await resultsOf(tx, pulse), (count) => reserveVersions(tx, count));
}

export function startPulseResults(
  { db, dialect, log, sweepMs = SWEEP_MS }: { db: Kysely<Database>; dialect: 'sqlite' | 'postgres'; log: (line: string) => void; sweepMs?: number },
): PulseResultsJob {
  return coalescedRounds(async (stopped) => {
    for (;;) {
      const due = await pulsesWithResultsDue(db, ROUND);
      for (const id of due) await computePulseResults(db, dialect, id);
      if (due.length < ROUND || stopped()) return;
    }
  }, { sweepMs, log, name: 'pulses' });
}
