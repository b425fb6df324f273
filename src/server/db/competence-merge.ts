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

type Tx = Transaction<Database>;
type Versions = (count: number) => Promise<number>;

export interface CompetenceMergeCounts { holders: number; coreKnowledge: number; seminars: number; learnings: number }

/** Rows per INSERT: well under either database's limit on bound values. */
const CHUNK = 200;

export async function mergeCompetenceInto(tx: Tx, fromId: string, intoId: string, now: string, reserveVersions: Versions): Promise<CompetenceMergeCounts> {
  const holders = await moveHolders(tx, fromId, intoId, now, reserveVersions);
  const coreKnowledge = await moveCoreKnowledge(tx, fromId, intoId, reserveVersions);
  const seminars = await retag(tx, 'seminars', fromId, intoId, reserveVersions);
  const learnings = await retag(tx, 'learnings', fromId, intoId, reserveVersions);
  const version = await reserveVersions(1);
  await tx.updateTable('competences').set({ deleted: 1, merged_into: intoId, version }).where('id', '=', fromId).execute();
  // Those merged into the duplicate earlier now point at the survivor too: one hop always reaches a live one.
  await tx.updateTable('competences').set({ merged_into: intoId }).where('merged_into', '=', fromId).execute();
  return { holders, coreKnowledge, seminars, learnings };
}

type HolderRow = Selectable<PersonCompetenceTable>;

async function moveHolders(tx: Tx, fromId: string, intoId: string, now: string, reserveVersions: Versions): Promise<number> {
  const moving = await tx.selectFrom('person_competences').selectAll().where('competence_id', '=', fromId).where('deleted', '=', 0).execute();
  if (moving.length === 0) return 0;
  const held = new Map((await tx.selectFrom('person_competences').selectAll().where('competence_id', '=', intoId).where('deleted', '=', 0).execute())
    .map((row) => [row.person_id, row]));
  const writes: Omit<HolderRow, 'version'>[] = [];
  for (const row of moving) {
    const survivor = held.get(row.person_id);
    const merged = survivor
      ? { level: Math.max(survivor.level, row.level) as HolderRow['level'], can_help: Math.max(survivor.can_help, row.can_help), note: survivor.note || row.note }
      : { level: row.level, can_help: row.can_help, note: row.note };
    const unchanged = survivor && survivor.level === merged.level && survivor.can_help === merged.can_help && survivor.note === merged.note;
    if (!unchanged) {
      writes.push({ id: personCompetenceId(row.person_id, intoId), person_id: row.person_id, competence_id: intoId, ...merged, updated_at: now, deleted: 0 });
    }
    writes.push({ ...row, updated_at: now, deleted: 1 });
  }
  const first = await reserveVersions(writes.length);
  for (let at = 0; at < writes.length; at += CHUNK) {
    await tx.insertInto('person_competences').values(writes.slice(at, at + CHUNK).map((row, i) => ({ ...row, version: first + at + i })))
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({
        level: eb.ref('excluded.level'), can_help: eb.ref('excluded.can_help'), note: eb.ref('excluded.note'),
        updated_at: eb.ref('excluded.updated_at'), deleted: eb.ref('excluded.deleted'), version: eb.ref('excluded.version'),
      })))
      .execute();
  }
  return moving.length;
}

type KnowledgeRow = Selectable<CoreKnowledgeTable>;

async function moveCoreKnowledge(tx: Tx, fromId: string, intoId: string, reserveVersions: Versions): Promise<number> {
  const moving = await tx.selectFrom('core_knowledge').selectAll().where('competence_id', '=', fromId).where('deleted', '=', 0).execute();
  if (moving.length === 0) return 0;
  const held = new Map((await tx.selectFrom('core_knowledge').selectAll().where('competence_id', '=', intoId).where('deleted', '=', 0).execute())
    .map((row) => [row.unit_id, row]));
  const writes: Omit<KnowledgeRow, 'version'>[] = [];
  for (const row of moving) {
    const survivor = held.get(row.unit_id);
    const merged = survivor
      ? {
        need_now: Math.max(survivor.need_now, row.need_now), need_in_5_years: Math.max(survivor.need_in_5_years, row.need_in_5_years),
        level: Math.max(survivor.level, row.level) as KnowledgeRow['level'], note: survivor.note || row.note,
      }
      : { need_now: row.need_now, need_in_5_years: row.need_in_5_years, level: row.level, note: row.note };
    writes.push({ id: coreKnowledgeId(row.unit_id, intoId), unit_id: row.unit_id, competence_id: intoId, ...merged, deleted: 0 });
    writes.push({ ...row, deleted: 1 });
  }
  const first = await reserveVersions(writes.length);
  for (let at = 0; at < writes.length; at += CHUNK) {
    await tx.insertInto('core_knowledge').values(writes.slice(at, at + CHUNK).map((row, i) => ({ ...row, version: first + at + i })))
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({
        need_now: eb.ref('excluded.need_now'), need_in_5_years: eb.ref('excluded.need_in_5_years'), level: eb.ref('excluded.level'),
        note: eb.ref('excluded.note'), deleted: eb.ref('excluded.deleted'), version: eb.ref('excluded.version'),
      })))
      .execute();
  }
  return moving.length;
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
