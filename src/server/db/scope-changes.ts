// What changed a person's view since their cursor: the networks whose view changed (joined,
// left, became coordinator or stopped being one: scope_changes, written by the network
// mutators), the units they moved between (unit_moves, db/learnings.ts), and the events
// moved between networks they coordinate (seminar_moves, written by seminar.update: the
// event's sign-ups change audience). Pull's scope backfill sends the rows of those, never a
// reset (sync.md).
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

/** An event moved from one network to another (null: none) at `version`. */
export interface SeminarMoveTable {
  seminar_id: string;
  version: number;
  from_network_id: string | null;
  to_network_id: string | null;
}
/** The events a person had signed up for when they moved unit at `version`. */
export interface UnitMoveSignupTable {
  person_id: string;
  version: number;
  seminar_id: string;
}
/**
 * The tables of migration 2026-12-06T1600-scope-removals, known to the modules that read and
 * write them through `withTables` (to join db/schema.ts's Database once the typing of the
 * pull's mappers, under way there, has landed).
 */
export type ScopeRecords = { seminar_moves: SeminarMoveTable; unit_move_signups: UnitMoveSignupTable };

/** Networks whose view changed for this person in (after, upTo]. */
export async function networksWithChangedScope(db: Kysely<Database>, personId: string, after: number, upTo: number): Promise<string[]> {
  const rows = await db.selectFrom('scope_changes').select('network_id').distinct()
    .where('person_id', '=', personId).where('version', '>', after).where('version', '<=', upTo).execute();
  return rows.map((r) => r.network_id);
}

/** Units this person moved between in (after, upTo]. */
export async function unitsMovedBetween(db: Kysely<Database>, personId: string, after: number, upTo: number): Promise<string[]> {
  const moves = await db.selectFrom('unit_moves').select(['from_unit_id', 'to_unit_id'])
    .where('person_id', '=', personId).where('version', '>', after).where('version', '<=', upTo).execute();
  return [...new Set(moves.flatMap((m) => [m.from_unit_id, m.to_unit_id]))];
}

/** The event left `from` for `to` at `version`: the coordinators of both see its sign-ups change. */
export async function recordSeminarMove(
  tx: Transaction<Database>, move: { seminarId: string; from: string | null; to: string | null; version: number },
): Promise<void> {
  await tx.withTables<ScopeRecords>().insertInto('seminar_moves')
    .values({ seminar_id: move.seminarId, version: move.version, from_network_id: move.from, to_network_id: move.to }).execute();
}

/** Events moved into or out of one of `networkIds` in (after, upTo]. */
export async function seminarsMovedAcross(
  db: Kysely<Database>, networkIds: readonly string[], after: number, upTo: number,
): Promise<string[]> {
  if (networkIds.length === 0) return [];
  const ids = [...networkIds];
  const rows = await db.withTables<ScopeRecords>().selectFrom('seminar_moves').select('seminar_id').distinct()
    .where('version', '>', after).where('version', '<=', upTo)
    .where((eb) => eb.or([eb('from_network_id', 'in', ids), eb('to_network_id', 'in', ids)]))
    .execute();
  return rows.map((r) => r.seminar_id);
}
