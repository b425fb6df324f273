// How push runs each mutation's transaction. SQLite has one writer, and most of a small
// transaction's cost is its commit (the WAL write of every page it touched): mutations
// that arrive together therefore share one transaction, each inside its own savepoint.
// A refused or failing mutation rolls back only its own writes, and no caller hears its
// outcome before the batch's commit (a crash of the process before it loses only
// unanswered mutations, which the devices send again: sync.md; like every commit here it
// is WAL with synchronous=NORMAL, safe against a crash of the app, not of the power).
// sync.md's "one transaction per mutation" holds for everything a client can see: each
// mutation is all or nothing, in order, answered only once it is committed. PostgreSQL keeps one
// transaction per mutation: it has many writers, and row locks keep the order.
import { CompiledQuery, type ControlledTransaction, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema';

/** Runs `work` in a transaction of its own (or a savepoint of a shared one), all or nothing. */
export type Transact = <T>(work: (tx: Transaction<Database>) => Promise<T>) => Promise<T>;

/** A batch ends at this many mutations or this long after it began, so others get the connection. */
export interface BatchLimits { maxMutations: number; maxMs: number }
const DEFAULT_LIMITS: BatchLimits = { maxMutations: 200, maxMs: 20 };

interface Job {
  work: (tx: Transaction<Database>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

// Fixed statements, compiled once: three of them go with every mutation of a batch.
const SAVEPOINT = CompiledQuery.raw('savepoint mutation');
const RELEASE = CompiledQuery.raw('release mutation');
const ROLLBACK_TO = CompiledQuery.raw('rollback to mutation');

const sqliteTransactors = new WeakMap<Kysely<Database>, Transact>();

export function transactorFor(db: Kysely<Database>, dialect: 'sqlite' | 'postgres'): Transact {
  if (dialect === 'postgres') return (work) => db.transaction().execute(work);
  let transact = sqliteTransactors.get(db);
  if (!transact) {
    transact = batchedTransactions(db);
    sqliteTransactors.set(db, transact);
  }
  return transact;
}

export function batchedTransactions(db: Kysely<Database>, limits: BatchLimits = DEFAULT_LIMITS): Transact {
  const queue: Job[] = [];
  let draining = false;

  async function runBatch(): Promise<void> {
    let trx: ControlledTransaction<Database>;
    try {
      trx = await db.startTransaction().execute();
    } catch (error) {
      // No transaction to be had (the database is locked by another process past its
      // busy timeout): everyone waiting hears it, as they would from their own BEGIN.
      for (const job of queue.splice(0)) job.reject(error);
      return;
    }
    const batch: Job[] = [];
    const outcomes: Array<() => void> = [];
    const began = performance.now();
    try {
      while (queue.length > 0 && batch.length < limits.maxMutations && performance.now() - began < limits.maxMs) {
        const job = queue.shift()!;
        batch.push(job);
        await trx.executeQuery(SAVEPOINT);
        try {
          const value = await job.work(trx);
          await trx.executeQuery(RELEASE);
          outcomes.push(() => job.resolve(value));
        } catch (error) {
          try {
            await trx.executeQuery(ROLLBACK_TO);
            await trx.executeQuery(RELEASE);
          } catch (rollbackFailed) {
            // SQLite gave up the whole transaction (disk full, I/O error): the mutation hears
            // its own error; the rest of the batch hears the rollback's, below, and is sent again.
            job.reject(error);
            batch.pop();
            throw rollbackFailed;
          }
          outcomes.push(() => job.reject(error));
        }
      }
      await trx.commit().execute();
    } catch (error) {
      // The commit itself (or a savepoint statement) failed: nothing of this batch is kept.
      await trx.rollback().execute().catch(() => undefined);
      for (const job of batch) job.reject(error);
      return;
    }
    for (const outcome of outcomes) outcome();
  }

  async function drain(): Promise<void> {
    draining = true;
    try {
      while (queue.length > 0) await runBatch();
    } finally {
      draining = false;
    }
  }

  return <T>(work: (tx: Transaction<Database>) => Promise<T>) => new Promise<T>((resolve, reject) => {
    queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (!draining) void drain();
  });
}
