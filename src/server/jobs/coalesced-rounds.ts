// A background job whose rounds callers can wait for, shared: `settle()` resolves once a
// round has run that began after the call (so it saw what the caller committed), and
// callers that arrive during a round share the one after it. A sweep now and then runs a
// round for what a stopped process left undone.
export interface CoalescedRounds {
  /** Resolves after a round that began after this call (its errors are logged, not thrown). */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export function coalescedRounds(round: (stopped: () => boolean) => Promise<void>, { sweepMs, log, name }: { sweepMs: number; log: (line: string) => void; name: string }): CoalescedRounds {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  let stopped = false;

  function start(): Promise<void> {
    running = round(() => stopped)
      .catch((error: unknown) => log(`[${name}] ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => { running = null; });
    return running;
  }

  function settle(): Promise<void> {
    if (stopped) return running ?? Promise.resolve(); // stopping: the database is about to close
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
