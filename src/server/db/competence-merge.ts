// An admin merges a duplicate competence into another (issue 20, part 4). Nobody loses a
// registration: each holder's row moves to the survivor, and where they held both, the
// higher level and "kan hjælpe" win (and the survivor's note, else the other's). A unit's
// core knowledge moves the same way (the larger need and level win); events and learnings
// tagged with it are tagged with the survivor. The duplicate becomes a tombstone that names
// its survivor (db/competences.ts), so a phone still offline with it loses nothing either.
// Every moved row takes its own version: each phone hears of it as small put/del changes.
import { sql, type Selectable, type Transaction } from 'kysely';
import type { CoreKnowledgeTable, Database, PersonCompetenceTable } from './schema';
import { coreKnowledgeId, personCompetenceId } from '../../shared/entities/ids';
import { parseJsonList } from './json';
import { containsPattern, likeEscaped } from './like';
import { rekeyRows } from './rekey-rows';

type Tx = Transaction<Database>;
type Versions = (count: number) => Promise<number>;

export interface CompetenceMergeCounts { holders: number; coreKnowledge: number; seminars: number; learnings: number }

export async function mergeCompetenceInto(tx: Tx, fromId: string, intoId: string, now: string, reserveVersions: Versions): Promise<CompetenceMergeCounts> {
  const holders = await rekeyRows(tx, {
    table: 'person_competences', key: 'competence_id', partner: 'person_id',
    idOf: (row) => personCompetenceId(row.person_id, row.competence_id), combine: combineHoldings, stamp: { updated_at: now },
  }, fromId, intoId, reserveVersions);
  const coreKnowledge = await rekeyRows(tx, {
    table: 'core_knowledge', key: 'competence_id', partner: 'unit_id',
    idOf: (row) => coreKnowledgeId(row.unit_id, row.competence_id), combine: combineCoreKnowledge,
  }, fromId, intoId, reserveVersions);
  const seminars = await retag(tx, 'seminars', fromId, intoId, reserveVersions);
  const learnings = await retag(tx, 'learnings', fromId, intoId, reserveVersions);
  const version = await reserveVersions(1);
  await tx.updateTable('competences').set({ deleted: 1, merged_into: intoId, version }).where('id', '=', fromId).execute();
  // Those merged into the duplicate earlier now point at the survivor too: one hop always reaches a live one.
  await tx.updateTable('competences').set({ merged_into: intoId }).where('merged_into', '=', fromId).execute();
  return { holders, coreKnowledge, seminars, learnings };
}

type HolderRow = Selectable<PersonCompetenceTable>;
type KnowledgeRow = Selectable<CoreKnowledgeTable>;

/** Where someone held both: the higher level and "kan hjælpe" win, and the survivor's note, else theirs. */
function combineHoldings(survivor: HolderRow, moving: HolderRow): Partial<HolderRow> | undefined {
  const level = Math.max(survivor.level, moving.level) as HolderRow['level'];
  const canHelp = Math.max(survivor.can_help, moving.can_help);
  const note = survivor.note || moving.note;
  // Already what the survivor says: no write, so no change for any phone.
  if (level === survivor.level && canHelp === survivor.can_help && note === survivor.note) return undefined;
  return { level, can_help: canHelp, note };
}

/** Where a unit needed both: the larger needs and level win, and the survivor's note, else the other's. */
function combineCoreKnowledge(survivor: KnowledgeRow, moving: KnowledgeRow): Partial<KnowledgeRow> {
  return {
    need_now: Math.max(survivor.need_now, moving.need_now), need_in_5_years: Math.max(survivor.need_in_5_years, moving.need_in_5_years),
    level: Math.max(survivor.level, moving.level) as KnowledgeRow['level'], note: survivor.note || moving.note,
  };
}

/** Events or learnings tagged with the duplicate: tagged with the survivor instead (once). */
async function retag(tx: Tx, table: 'seminars' | 'learnings', fromId: string, intoId: string, reserveVersions: Versions): Promise<number> {
  // The tags are a JSON list: the quoted id, found by LIKE and confirmed by parsing.
  const candidates = await tx.selectFrom(table).select(['id', 'competence_ids']).where('deleted', '=', 0)
    .where(likeEscaped(sql.ref('competence_ids'), containsPattern(JSON.stringify(fromId)))).execute();
  const tagged = candidates.filter((row) => parseJsonList<string>(row.competence_ids).includes(fromId));
  if (tagged.length === 0) return 0;
  const first = await reserveVersions(tagged.length);
  for (const [i, row] of tagged.entries()) {
    const tags = [...new Set(parseJsonList<string>(row.competence_ids).map((id) => (id === fromId ? intoId : id)))];
    await tx.updateTable(table).set({ competence_ids: JSON.stringify(tags), version: first + i }).where('id', '=', row.id).execute();
  }
  return tagged.length;
}
