// Queries of the hot path (a sign-up runs about a dozen), built and compiled by Kysely once
// and then run with new values. Kysely builds and compiles every query anew, and for a
// small query that costs more than SQLite's own work. The values must all go in as
// parameters (as Kysely puts every value it is given), never shape the SQL: the query is
// built once, with stand-ins for them.
import { createQueryId, type Compilable, type CompiledQuery, type Kysely, type QueryResult, type Transaction } from 'kysely';
import type { Database } from './schema';

export type Executor = Kysely<Database> | Transaction<Database>;

/**
 * The SQL texts of prepared queries, each with a name of its own. PostgreSQL parses and
 * plans a named statement once per connection and then only binds new values to it
 * (database.ts passes the name); a fixed set, since only these texts are named.
 */
const statementNames = new Map<string, string>();

/** The statement name of a prepared query's SQL text; undefined for any other query. */
export function statementNameOf(sql: string): string | undefined {
  return statementNames.get(sql);
}

/** Where a value goes: stands in for it while the query is built. */
class Slot {
  constructor(readonly name: string) {}
}

export interface Prepared<P, R> {
  /** Every row of the result. */
  execute(db: Executor, params: P): Promise<R[]>;
  executeTakeFirst(db: Executor, params: P): Promise<R | undefined>;
  /** The whole result (numAffectedRows of an update). */
  run(db: Executor, params: P): Promise<QueryResult<R>>;
}

/**
 * `build` receives stand-ins for the values it names in `params`; use them only as values
 * (`where(col, '=', p.id)`, `values({ col: p.x })`, `sql\`… ${p.n}\``), never in code that
 * decides the query's shape, and never as a list (`in` takes a length of its own).
 */
export function prepared<P extends object, R>(build: (db: Executor, params: P) => Compilable<R>): Prepared<P, R> {
  // One compiled form per dialect: keyed by the dialect's adapter, shared by a Kysely
  // instance and its transactions.
  const byAdapter = new WeakMap<object, CompiledQuery>();
  const slots = new Proxy({}, { get: (_target, name) => new Slot(String(name)) }) as P;

  function compiledFor(db: Executor): CompiledQuery {
    const adapter = db.getExecutor().adapter;
    let compiled = byAdapter.get(adapter);
    if (!compiled) {
      byAdapter.set(adapter, (compiled = build(db, slots).compile()));
      if (!statementNames.has(compiled.sql)) statementNames.set(compiled.sql, `videnbro_${statementNames.size + 1}`);
    }
    return compiled;
  }

  async function run(db: Executor, params: P): Promise<QueryResult<R>> {
    const { sql, parameters, query } = compiledFor(db);
    const values = parameters.map((parameter) => {
      if (!(parameter instanceof Slot)) return parameter;
      const value = (params as Record<string, unknown>)[parameter.name];
      if (value === undefined) throw new Error(`prepared query: no value for "${parameter.name}"`);
      return value;
    });
    // A compiled query of our own rather than CompiledQuery.raw, which builds and freezes a
    // new raw node (frozen, three times over) for every run: measurable on the sign-up path.
    const compiledQuery: CompiledQuery<R> = { sql, parameters: values, query, queryId: createQueryId() };
    return db.executeQuery(compiledQuery);
  }

  return {
    run,
    execute: async (db, params) => (await run(db, params)).rows,
    executeTakeFirst: async (db, params) => (await run(db, params)).rows[0],
  };
}
