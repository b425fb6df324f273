// Gives the main thread back for a moment: to input and rendering first where the browser
// can say so (scheduler.yield), else behind whatever is queued (a macrotask); or after
// everything more urgent (a background task).
interface Scheduler { yield?(): Promise<void> }

export function giveWay(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type PostTask = (callback: () => void, options: { priority: 'background' }) => Promise<unknown>;

/** Resolves in a task of background priority (Chromium, Firefox), else in the next task. */
export function afterUrgentWork(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  return new Promise((resolve) => {
    if (scheduler?.postTask) void scheduler.postTask(resolve, { priority: 'background' });
    else setTimeout(resolve, 0);
  });
}
