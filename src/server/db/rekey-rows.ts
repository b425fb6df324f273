// What the merges share (db/competence-merge.ts, db/unit-merge.ts): the rows that pair the
// merged entity with another (a holder's competence, a unit's core knowledge) move to the
// survivor, and nobody loses a registration. Each live row becomes the survivor's, combined
// by the merge's own rule where the survivor already has a row for the same partner, and the
// old row becomes a tombstone. Every write takes its own version: each phone hears of the
// move as small put/del changes. The table is the caller's choice, which Kysely's builder
// cannot type, so the two statements here are written in `sql` (the same SQL on both dialects).
import { sql, type Selectable, type Transaction } from 'kysely';
import type { Database } from './schema';

type Tx = Transaction<Database>;
type Versions = (count: number) => Promise<number>;

/** The tables whose rows pair two entities, keyed by both. */
type PairTable = 'person_competences' | 'core_knowledge';
type Row<T extends PairTable> = Selectable<Database[T]>;
type KeyColumn<T extends PairTable> = Extract<keyof Row<T>, 'person_id' | 'unit_id' | 'competence_id'>;

export interface Rekeying<T extends PairTable> {
  table: T;
  /** The column naming the merged entity: the survivor's id replaces it. */
  key: KeyColumn<T>;
  /** The other key: a moving row meets the survivor's own row where they share it. */
  partner: KeyColumn<T>;
  /** A row's id, from its keys (shared/entities/ids). */
  idOf: (row: Row<T>) => string;
  /**
   * The combine rule, where the survivor already has a row for the partner: the columns it
   * decides (the rest stay the survivor's), or undefined to leave the survivor's row as it is.
   */
  combine: (survivor: Row<T>, moving: Row<T>) => Partial<Row<T>> | undefined;
  /** Set on every write, the tombstones too (`updated_at`). */
  stamp?: Partial<Row<T>>;
}

/** Rows per INSERT: well under either database's limit on bound values. */
const CHUNK = 200;

/** Moves the live rows of `fromId` onto `intoId`; returns how many moved. */
export async function rekeyRows<T extends PairTable>(tx: Tx, rekeying: Rekeying<T>, fromId: string, intoId: string, reserveVersions: Versions): Promise<number> {
  const { table, key, partner, idOf, combine, stamp } = rekeying;
  const moving = await liveRows(tx, table, key, fromId);
  if (moving.length === 0) return 0;
  const held = new Map((await liveRows(tx, table, key, intoId)).map((row) => [row[partner], row]));
  const writes: Row<T>[] = [];
  for (const row of moving) {
    const survivor = held.get(row[partner]);
    const combined = survivor ? combine(survivor, row) : {};
    if (combined) {
      const moved: Row<T> = { ...(survivor ?? row), ...combined, [key]: intoId };
      writes.push({ ...moved, id: idOf(moved), ...stamp, deleted: 0 });
    }
    writes.push({ ...row, ...stamp, deleted: 1 });
  }
  const first = await reserveVersions(writes.length);
  for (let at = 0; at < writes.length; at += CHUNK) {
    await upsert(tx, table, writes.slice(at, at + CHUNK).map((row, i) => ({ ...row, version: first + at + i })), [key, partner]);
  }
  return moving.length;
}

async function liveRows<T extends PairTable>(tx: Tx, table: T, key: KeyColumn<T>, id: string): Promise<Row<T>[]> {
  return (await sql<Row<T>>`select * from ${sql.table(table)} where ${sql.ref(key)} = ${id} and deleted = ${0}`.execute(tx)).rows;
}

/** Inserts the rows; where the id is taken, overwrites every column but the id and the keys. */
async function upsert<T extends PairTable>(tx: Tx, table: T, rows: Row<T>[], keys: KeyColumn<T>[]): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  const identity = new Set<string>(['id', ...keys]);
  const values = rows.map((row) => {
    const cells: Record<string, unknown> = row;
    return sql`(${sql.join(columns.map((column) => cells[column]))})`;
  });
  const overwrites = columns.filter((column) => !identity.has(column)).map((column) => sql`${sql.ref(column)} = ${sql.ref(`excluded.${column}`)}`);
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))}) values ${sql.join(values)}
    on conflict (id) do update set ${sql.join(overwrites)}`.execute(tx);
}
