// SQLite push transactions shared by mutations that arrive together (write-batches.ts):
// each mutation all or nothing, nobody told before the commit, one commit for many.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { batchedTransactions, transactorFor, type Transact } from '../../src/server/db/write-batches';

let dir: string;
let db: Db;
let observer: SqliteDatabase.Database;

/** What another connection (another process, a crash's survivor) can read: committed rows only. */
const committedRows = (): string[] =>
  (observer.prepare('select id from scratch order by id').all() as { id: string }[]).map((row) => row.id);

function insertRow(transact: Transact, clientId: string, then?: () => void) {
  return transact(async (tx) => {
    await sql`insert into scratch (id) values (${clientId})`.execute(tx);
    then?.();
    return clientId;
  });
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-batches-'));
  const file = path.join(dir, 'batches.sqlite');
  db = openDb(`file:${file}`);
  await migrateToLatest(db);
  await sql`create table scratch (id text primary key)`.execute(db.kysely);
  observer = new SqliteDatabase(file, { readonly: true });
});

afterEach(async () => {
  observer.close();
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('batched SQLite transactions', () => {
  it('rolls back only the mutation that failed, and tells it its own error', async () => {
    const transact = batchedTransactions(db.kysely, { maxMutations: 100, maxMs: 60_000 });
    const refused = new Error('refused');
    const outcomes = await Promise.allSettled([
      insertRow(transact, 'c1'),
      insertRow(transact, 'c2', () => { throw refused; }),
      insertRow(transact, 'c3'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBe(refused);
    expect(committedRows()).toEqual(['c1', 'c3']);
  });

  it('answers nobody before the commit, and commits mutations that arrive together at once', async () => {
    const transact = batchedTransactions(db.kysely, { maxMutations: 100, maxMs: 60_000 });
    const seenWhileRunning: string[][] = [];
    const answers = ['b1', 'b2', 'b3', 'b4'].map((id) => insertRow(transact, id, () => seenWhileRunning.push(committedRows())));
    const first = await answers[0]!;
    // When the first hears back, the last one is already durable: one shared commit.
    expect(first).toBe('b1');
    expect(committedRows()).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(seenWhileRunning.every((rows) => rows.length === 0)).toBe(true);
    await Promise.all(answers);
  });

  it('tells a mutation its own error when SQLite gave up the whole transaction, and the rest of the batch that it was not kept', async () => {
    const transact = batchedTransactions(db.kysely, { maxMutations: 100, maxMs: 60_000 });
    const ownError = new Error('disk full');
    const outcomes = await Promise.allSettled([
      insertRow(transact, 'e1'),
      transact(async (tx) => {
        // What SQLite does on a full disk or an I/O error: the transaction is gone.
        await sql`rollback`.execute(tx);
        throw ownError;
      }),
      insertRow(transact, 'e3'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBe(ownError);
    expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/savepoint/);
    // Nobody was told e1 was kept, and it was not; e3 went in the next transaction.
    expect(committedRows()).toEqual(['e3']);
  });

  it('starts a new transaction when a batch is full', async () => {
    const transact = batchedTransactions(db.kysely, { maxMutations: 2, maxMs: 60_000 });
    const answers = ['d1', 'd2', 'd3'].map((id) => insertRow(transact, id));
    await answers[0];
    expect(committedRows()).toEqual(['d1', 'd2']);
    await Promise.all(answers);
    expect(committedRows()).toEqual(['d1', 'd2', 'd3']);
  });

  it('batches per database: one queue for a Kysely instance on SQLite', () => {
    // (PostgreSQL's transactor is Kysely's own transaction per mutation, exercised by every
    // push in the integration tests on PostgreSQL.)
    expect(transactorFor(db.kysely, 'sqlite')).toBe(transactorFor(db.kysely, 'sqlite'));
  });
});
