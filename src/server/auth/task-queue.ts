// A small in-process queue for work that must not delay a reply: sign-in mail goes out
// from here, so POST /api/auth/code answers as fast for an unknown address as for a
// known one (no probing by timing). Bounded, so a flood cannot grow memory.
export interface TaskQueue {
  /** Queues a task; false when the queue is full (the task is dropped). */
  push(task: () => Promise<void>): boolean;
  /** Resolves when every queued task has finished, or false after `timeoutMs`. */
  drain(timeoutMs?: number): Promise<boolean>;
  readonly pending: number;
}

export interface TaskQueueOptions {
  concurrency?: number;
  maxPending?: number;
  /** A task that hangs (a mail server that never answers) is given up on after this. */
  taskTimeoutMs?: number;
  log?: (line: string) => void;
}

export function createTaskQueue(options: TaskQueueOptions = {}): TaskQueue {
  const { concurrency = 2, maxPending = 1000, taskTimeoutMs = 30_000, log = console.error } = options;
  const waiting: Array<() => Promise<void>> = [];
  let running = 0;
  let idleWaiters: Array<() => void> = [];

  const settleIdle = () => {
    if (running > 0 || waiting.length > 0) return;
    for (const resolve of idleWaiters) resolve();
    idleWaiters = [];
  };

  const runNext = () => {
    while (running < concurrency && waiting.length > 0) {
      const task = waiting.shift()!;
      running += 1;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          log('[kø] en opgave svarede ikke og blev opgivet (a task timed out)');
          resolve();
        }, taskTimeoutMs);
        timer.unref();
      });
      void Promise.race([task().catch((error: unknown) => log(`[kø] opgave fejlede (task failed): ${String(error)}`)), timeout])
        .finally(() => {
          clearTimeout(timer);
          running -= 1;
          runNext();
          settleIdle();
        });
    }
  };

  return {
    push(task) {
      if (waiting.length >= maxPending) {
        log('[kø] køen er fuld; opgaven blev droppet (queue full, task dropped)');
        return false;
      }
      waiting.push(task);
      // Started on a later turn, so the caller's reply is never held up by the task's first steps.
      setImmediate(runNext);
      return true;
    },
    drain(timeoutMs = 10_000) {
      if (running === 0 && waiting.length === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        idleWaiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
    get pending() {
      return running + waiting.length;
    },
  };
}
