// Exactly one tab syncs at a time (sync.md): a Web Lock where the browser has them,
// else a promise chain, which is enough inside one page or one test process.
export type RunExclusive = <T>(task: () => Promise<T>) => Promise<T>;

export function createSyncLock(name = 'videnbro-sync'): RunExclusive {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return (task) => locks.request(name, task) as Promise<Awaited<ReturnType<typeof task>>>;
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
