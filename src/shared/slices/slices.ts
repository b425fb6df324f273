// Long work done a step at a time: a generator does a little per `yield`, and a runner
// decides when to stop. `drain` runs it through at once (a test, a worker, a small page);
// `runInSlices` runs it for at most a budget at a time and gives the thread back in
// between, so that a tap or a frame never waits long behind a first sync of 50,000
// people (issue 19, part 8: no main-thread task over 100 ms).

/** A piece of work in steps: `yield` where it may pause, `return` its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now. */
export function drain<T>(work: Steps<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** How often the clock is read: a step is often far shorter than reading it. */
const STEPS_PER_CHECK = 32;

/**
 * Runs the steps in slices of about `budgetMs`, pausing with `pause` in between (on the
 * main thread: give way to input and rendering).
 */
export async function runInSlices<T>(work: Steps<T>, pause: () => Promise<void>, budgetMs = 30): Promise<T> {
  let sliceStart = performance.now();
  for (let n = 1; ; n++) {
    const step = work.next();
    if (step.done) return step.value;
    if (n % STEPS_PER_CHECK === 0 && performance.now() - sliceStart >= budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}
