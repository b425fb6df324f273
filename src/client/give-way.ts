// Gives the main thread back for a moment: to input and rendering first where the browser
// can say so (scheduler.yield), else behind whatever is queued (a macrotask).
interface Scheduler { yield?(): Promise<void> }

export function giveWay(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
