// What changed a person's view since their cursor: the networks whose view changed (joined,
// left, became coordinator or stopped being one: scope_changes, written by the network
// mutators) and the units they moved between (unit_moves, db/learnings.ts). Pull's scope
// backfill sends the rows of those, never a reset (sync.md).
import type { Kysely } from 'kysely';
import type { Database } from './schema';

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
