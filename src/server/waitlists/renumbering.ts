// Waitlist places after departures (issue 23, part 7). A cancellation or a promotion leaves
// a gap in the places behind it instead of rewriting every one of them while the seminar
// is locked (900 rows, each a new version, under the lock every sign-up waits for). The
// places are renumbered here just after: a push that may have left a gap waits for a
// renumbering that began after its commit, so the device that pulls next sees its place
// right; pushes that arrive together share one renumbering. A sweep now and then finds
// gaps that a stopped process left behind.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { reserveVersions } from '../db/versions';
import { transactorFor } from '../db/write-batches';
import { renumberWaitlist, seminarsWithWaitlistGaps } from '../db/waitlist-places';

export interface WaitlistRenumbering {
  /** Resolves once every gap committed before the call is renumbered (errors are logged, not thrown). */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/** Seminars renumbered per round: a round goes on until none has gaps. */
const ROUND = 50;
const SWEEP_MS = 30_000;

export function startWaitlistRenumbering(
  { db, dialect, log, sweepMs = SWEEP_MS }: { db: Kysely<Database>; dialect: 'sqlite' | 'postgres'; log: (line: string) => void; sweepMs?: number },
): WaitlistRenumbering {
  const transact = transactorFor(db, dialect);
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  let stopped = false;

  async function round(): Promise<void> {
    try {
      for (;;) {
        const seminars = await seminarsWithWaitlistGaps(db, ROUND);
        for (const id of seminars) await transact((tx) => renumberWaitlist(tx, dialect, id, (count) => reserveVersions(tx, count)));
        if (seminars.length < ROUND || stopped) return;
      }
    } catch (error) {
      log(`[waitlists] ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function start(): Promise<void> {
    running = round().finally(() => { running = null; });
    return running;
  }

  function settle(): Promise<void> {
    if (!running) return start();
    // The round under way may have looked before this caller's commit: the next one has not.
    next ??= running.then(() => {
      next = null;
      return running ?? start();
    });
    return next;
  }

  const sweep = setInterval(() => { if (!stopped) void settle(); }, sweepMs);
  sweep.unref();

  return {
    settle,
    async stop() {
      stopped = true;
      clearInterval(sweep);
      await next;
      await running;
    },
  };
}
