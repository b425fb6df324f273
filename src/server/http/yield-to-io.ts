// Keeps the server answering while SQLite works through big pushes. better-sqlite3 is
// synchronous and Kysely hands its single connection on through promises, so a push of
// 500 mutations (and every push queued behind it) runs as one unbroken chain of
// microtasks: no request is even read until all are done (measured: /api/me waited
// 12 s under a 20-client push flood). This plugin gives the event loop a turn every
// few milliseconds of queries, so other requests are read and take their place in line.
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

export function yieldToIo(everyMs = 2): KyselyPlugin {
  let lastTurn = performance.now();
  return {
    transformQuery: (args: PluginTransformQueryArgs): RootOperationNode => args.node,
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      if (performance.now() - lastTurn >= everyMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        lastTurn = performance.now();
      }
      return args.result;
    },
  };
}
