// An admin merges a unit into another (issue 20, part 3): its people move the ordinary way
// (unit_moves, so each phone's unit-scoped rows follow: sync/unit-scope.ts), its core
// knowledge joins the survivor's (needs added up — two units' needs become one unit's —
// the higher level, both notes), its plan's strategy fills an empty one, and learnings
// shared with "min enhed" are shared with the survivor. The unit itself becomes a
// tombstone: it leaves every phone at the next pull.
import type { Selectable, Transaction } from 'kysely';
import type { CoreKnowledgeTable, Database } from './schema';
import { coreKnowledgeId } from '../../shared/entities/ids';
import { MAX_NEED } from '../../shared/core-knowledge/rules';
import { movePersonInTransaction } from './learnings';
import { rekeyRows } from './rekey-rows';

type Tx = Transaction<Database>;
type Versions = (count: number) => Promise<number>;

export interface UnitMergeCounts { people: number; coreKnowledge: number; learnings: number }

export async function mergeUnitInto(tx: Tx, fromId: string, intoId: string, now: string, reserveVersions: Versions): Promise<UnitMergeCounts> {
  const people = await movePeople(tx, fromId, intoId, reserveVersions);
  const coreKnowledge = await rekeyRows(tx, {
    table: 'core_knowledge', key: 'unit_id', partner: 'competence_id',
    idOf: (row) => coreKnowledgeId(row.unit_id, row.competence_id), combine: combineCoreKnowledge,
  }, fromId, intoId, reserveVersions);
  await movePlan(tx, fromId, intoId, now, reserveVersions);
  const learnings = await moveLearnings(tx, fromId, intoId, reserveVersions);
  await tx.updateTable('units').set({ deleted: 1, version: await reserveVersions(1) }).where('id', '=', fromId).execute();
  return { people, coreKnowledge, learnings };
}

async function movePeople(tx: Tx, fromId: string, intoId: string, reserveVersions: Versions): Promise<number> {
  const active = await tx.selectFrom('people').select('id').where('unit_id', '=', fromId).where('deleted', '=', 0).execute();
  if (active.length > 0) {
    const first = await reserveVersions(2 * active.length);
    for (const [i, person] of active.entries()) await movePersonInTransaction(tx, person.id, fromId, intoId, first + 2 * i);
  }
  // Those who have left keep no unit that is gone: should they come back, they come back here.
  await tx.updateTable('people').set({ unit_id: intoId }).where('unit_id', '=', fromId).where('deleted', '!=', 0).execute();
  return active.length;
}

type KnowledgeRow = Selectable<CoreKnowledgeTable>;
const joinNotes = (a: string, b: string) => (a && b && a !== b ? `${a}\n${b}` : a || b);

/** Where both units needed a competence: the needs added up (to the most one unit can need), the higher level, both notes. */
function combineCoreKnowledge(survivor: KnowledgeRow, moving: KnowledgeRow): Partial<KnowledgeRow> {
  return {
    need_now: Math.min(MAX_NEED, survivor.need_now + moving.need_now),
    need_in_5_years: Math.min(MAX_NEED, survivor.need_in_5_years + moving.need_in_5_years),
    level: Math.max(survivor.level, moving.level) as KnowledgeRow['level'], note: joinNotes(survivor.note, moving.note),
  };
}

async function movePlan(tx: Tx, fromId: string, intoId: string, now: string, reserveVersions: Versions): Promise<void> {
  const from = await tx.selectFrom('unit_plans').selectAll().where('id', '=', fromId).where('deleted', '=', 0).executeTakeFirst();
  if (!from) return;
  const into = await tx.selectFrom('unit_plans').selectAll().where('id', '=', intoId).where('deleted', '=', 0).executeTakeFirst();
  const first = await reserveVersions(2);
  const latest = [from.last_learning_meeting_at, into?.last_learning_meeting_at].filter((at): at is string => !!at).sort().at(-1) ?? null;
  const fields = { strategy: into?.strategy || from.strategy, last_learning_meeting_at: latest, updated_at: now, deleted: 0, version: first };
  await tx.insertInto('unit_plans').values({ id: intoId, unit_id: intoId, ...fields })
    .onConflict((oc) => oc.column('id').doUpdateSet(fields)).execute();
  await tx.updateTable('unit_plans').set({ deleted: 1, updated_at: now, version: first + 1 }).where('id', '=', fromId).execute();
}

/** Learnings written in the unit: "min enhed" now means the survivor (a put for its people). */
async function moveLearnings(tx: Tx, fromId: string, intoId: string, reserveVersions: Versions): Promise<number> {
  const rows = await tx.selectFrom('learnings').select('id').where('unit_id', '=', fromId).where('deleted', '=', 0).execute();
  if (rows.length === 0) return 0;
  const first = await reserveVersions(rows.length);
  for (const [i, row] of rows.entries()) await tx.updateTable('learnings').set({ unit_id: intoId, version: first + i }).where('id', '=', row.id).execute();
  return rows.length;
}
