// Waitlist places after departures (issue 23, part 7). A cancellation or a promotion leaves
// a gap in the places behind it instead of rewriting every one of them while the seminar
// is locked (900 rows, each a new version, under the lock every sign-up waits for). The
// places are renumbered here just after: a push that may have left a gap waits for a
// renumbering that began after its commit (jobs/coalesced-rounds.ts), so the device that
// pulls next sees its place right; pushes that arrive together share one renumbering. A
// sweep now and then finds gaps that a stopped process left behind.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { reserveVersions } from '../db/versions';
import { transactorFor } from '../db/write-batches';
import { renumberWaitlist, seminarsWithWaitlistGaps } from '../db/waitlist-places';
import { coalescedRounds, type CoalescedRounds } from '../jobs/coalesced-rounds';

export type WaitlistRenumbering = CoalescedRounds;

/** Seminars renumbered per query: a round goes on until none has gaps. */
const ROUND = 50;
const SWEEP_MS = 30_000;

export function startWaitlistRenumbering(
  { db, dialect, log, sweepMs = SWEEP_MS }: { db: Kysely<Database>; dialect: 'sqlite' | 'postgres'; log: (line: string) => void; sweepMs?: number },
): WaitlistRenumbering {
  const transact = transactorFor(db, dialect);
  return coalescedRounds(async (stopped) => {
    for (;;) {
      const seminars = await seminarsWithWaitlistGaps(db, ROUND);
      for (const id of seminars) await transact((tx) => renumberWaitlist(tx, dialect, id, (count) => reserveVersions(tx, count)));
      if (seminars.length < ROUND || stopped()) return;
    }
  }, { sweepMs, log, name: 'waitlists' });
}
