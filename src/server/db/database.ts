// Opens the database: embedded SQLite by default, PostgreSQL when the URL says so.
// Both go through Kysely, so every query has one code path.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, type DatabaseConnection, type Driver, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type { Database } from './schema';
import { isPostgresUrl } from '../config';
import { statementNameOf } from './prepared';

export type Dialect = 'sqlite' | 'postgres';
export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
  /** The connection pool's use now (PostgreSQL; SQLite has one connection and no pool). */
  poolUse?(): PoolUse;
}

// int8 (versions, counters) arrives as a string by default; our values stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

/**
 * SQLite transactions begin IMMEDIATE, taking the write lock at the start, so a
 * transaction that reads and then writes (a seat count) can never be overtaken (sync.md).
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

/**
 * Kysely prepares every query anew; preparing is a good part of a small query's cost in
 * SQLite (a sign-up is about twenty of them). Statements are kept by their SQL text: the
 * same query shape with other values reuses its statement. Bounded, since `in (?, ?, …)`
 * lists make a new text per length.
 */
function withStatementCache(sqlite: SqliteDatabase.Database, max = 2000) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= max) statements.clear();
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

/** Connections per process to PostgreSQL (times WORKERS in all). */
const POOL_MAX = 10;
/** Waiting for a connection (a new one, or a free one from the pool) at most this long. */
const CONNECT_TIMEOUT_MS = 10_000;

export interface PoolUse { total: number; idle: number; waiting: number }

/**
 * The pool as Kysely sees it, but a prepared query (prepared.ts) goes as a named statement:
 * parsed and planned once per connection, not on every run (a sign-up runs about ten).
 */
function namingStatements(pool: pg.Pool): PostgresPool {
  return {
    async connect() {
      const client = await pool.connect();
      function query(text: string | object, values?: readonly unknown[]): unknown {
        if (typeof text !== 'string') return client.query(text as pg.Submittable); // a cursor (streamed rows)
        const name = statementNameOf(text);
        return client.query(name ? { name, text, values: [...(values ?? [])] } : { text, values: [...(values ?? [])] });
      }
      // Kysely asks for a broken connection (a failed rollback) to be thrown away: passed on.
      return { query: query as PostgresPoolClient['query'], release: (destroy?: boolean) => client.release(destroy) };
    },
    end: () => pool.end(),
  };
}

export function openDb(url: string): Db {
  if (isPostgresUrl(url)) {
    // A database that does not answer fails a request in seconds (503, http/app.ts), not never.
    const pool = new pg.Pool({ connectionString: url, max: POOL_MAX, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // An idle connection the server dropped (a restart) is an event on the pool, not a crash.
    pool.on('error', () => undefined);
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: namingStatements(pool) }) });
    return {
      kysely, dialect: 'postgres', close: () => kysely.destroy(),
      poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    };
  }
  const file = url.replace(/^file:/, '');
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
  return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
}
