// A user intent becomes a mutation: its optimistic rows and its outbox entry are
// written in one IndexedDB transaction, so a closed app loses nothing (sync.md).
import type { MutationArgs, MutationName } from '../../shared/protocol';
import type { LocalStore } from '../store/local-store';
import { appendToOutbox } from '../store/outbox';
import { getMetaIn } from '../store/meta';
import { applyLocally, hasLocalEffect } from '../sync/local-mutators';

/** The schemas every change is checked against: loaded with the first change, or before it (`loadParser`). */
export const loadParser = () => import('./parse-args');

export async function mutate<N extends MutationName>(store: LocalStore, name: N, args: MutationArgs<N>, now = new Date()): Promise<number> {
  // The same schema the server uses: a change the server would refuse as malformed never queues.
  const { parseArgs } = await loadParser();
  const parsed = parseArgs(name, args);
  const started = performance.now();
  const id = await store.commitLocal(async (tx, rows) => {
    const [nextId, personId] = await Promise.all([getMetaIn(tx, 'nextMutationId'), getMetaIn(tx, 'personId')]);
    if (personId) applyLocally({ rows, personId }, name, parsed);
    return (await appendToOutbox(tx, nextId, name, parsed, now.toISOString())).id;
    // A sign-up from a poster, say, need not wait for the synced rows to be read at start.
  }, { readsRows: hasLocalEffect(name) });
  // User Timing entry: `npm run bench` reads it to report the cost of one local write.
  performance.measure('videnbro:local-write', { start: started, end: performance.now() });
  return id;
}
