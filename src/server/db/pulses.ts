// SQL of pulse checks (issue 24): the pulse rows, the anonymous answers and the marks that
// say only that someone has answered, the per-unit tallies the results are made of, the
// results rows, and who may read which (in the query: a unit member reads their unit's,
// their area's and the municipality's, never another unit's).
import { sql, type Expression, type Kysely, type Selectable, type SqlBool, type Transaction } from 'kysely';
import type { Database, PulseAnswerTable, PulseResultTable, PulseTable } from './schema';
import type { Viewer } from '../rules/viewer';
import { hasRole } from '../rules/viewer';
import { inPullRange, liveAndVisible, outsidePage, type PullRange } from './pull-range';
import { visibleFlag, withVisible } from './visibility/basics';
import { PULSE_SCALE } from '../../shared/pulse/questions';
import type { ScopeResult, UnitTally } from '../../shared/pulse/results';
import type { PulseScopeKind } from '../../shared/entities';
import { pulseResultId } from '../../shared/entities';

type Tx = Transaction<Database>;
type Db = Kysely<Database> | Tx;
export type PulseRow = Selectable<PulseTable>;
export type PulseResultRow = Selectable<PulseResultTable>;
type ScoreColumn = `s${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11}`;
export const scoreColumn = (dlo: number) => `s${dlo}` as ScoreColumn;
export const SCORE_COLUMNS: readonly ScoreColumn[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(scoreColumn);

export async function insertPulse(tx: Tx, row: Omit<PulseRow, 'results_due'>): Promise<void> {
  await tx.insertInto('pulses').values(row).execute();
}

export async function findPulse(db: Db, id: string): Promise<PulseRow | undefined> {
  return db.selectFrom('pulses').selectAll().where('id', '=', id).where('deleted', '=', 0).executeTakeFirst();
}

export async function closePulse(tx: Tx, id: string, closedAt: string, version: number): Promise<void> {
  await tx.updateTable('pulses').set({ closed_at: closedAt, version }).where('id', '=', id).execute();
}

/** Whether the unit or area a pulse is for exists (and is not deleted). */
export async function scopeExists(db: Db, kind: 'unit' | 'area', id: string): Promise<boolean> {
  const table = kind === 'unit' ? 'units' : 'areas';
  return (await db.selectFrom(table).select('id').where('id', '=', id).where('deleted', '=', 0).executeTakeFirst()) !== undefined;
}

export async function areaOfUnit(db: Db, unitId: string): Promise<string | undefined> {
  return (await db.selectFrom('units').select('area_id').where('id', '=', unitId).where('deleted', '=', 0).executeTakeFirst())?.area_id;
}

/** The units a pulse asks (every unit for the municipality). */
function unitsInScope(db: Db, kind: PulseScopeKind, scopeId: string | null) {
  let units = db.selectFrom('units').select(['units.id', 'units.area_id']).where('units.deleted', '=', 0);
  if (kind === 'unit') units = units.where('units.id', '=', scopeId ?? '');
  if (kind === 'area') units = units.where('units.area_id', '=', scopeId ?? '');
  return units;
}

/** People in each unit of the scope now (active, not deleted): the response rate's denominators. */
export async function peopleByUnit(db: Db, kind: PulseScopeKind, scopeId: string | null): Promise<{ unit_id: string; area_id: string; people: number }[]> {
  const rows = await unitsInScope(db, kind, scopeId)
    .leftJoin('people', (join) => join.onRef('people.unit_id', '=', 'units.id').on('people.deleted', '=', 0).on('people.deactivated_at', 'is', null))
    .select((eb) => ['units.id as unit_id', 'units.area_id as area_id', eb.fn.count<number>('people.id').as('people')])
    .groupBy(['units.id', 'units.area_id']).execute();
  return rows.map((row) => ({ unit_id: row.unit_id, area_id: row.area_id, people: Number(row.people) }));
}

export async function hasAnswered(db: Db, pulseId: string, personId: string): Promise<boolean> {
  return (await db.selectFrom('pulse_marks').select('pulse_id').where('pulse_id', '=', pulseId).where('person_id', '=', personId).executeTakeFirst()) !== undefined;
}

export async function answerIdByKey(db: Db, pulseId: string, keyHash: string): Promise<string | undefined> {
  return (await db.selectFrom('pulse_answers').select('id').where('pulse_id', '=', pulseId).where('key_hash', '=', keyHash).executeTakeFirst())?.id;
}

export type AnswerScores = Pick<PulseAnswerTable, ScoreColumn>;

/** A first answer: the mark (who, by the day) and the answer (what, by the day), unjoinable. */
export async function insertAnswer(
  tx: Tx, mark: { pulseId: string; personId: string; day: string },
  answer: { id: string; keyHash: string; unitId: string; areaId: string; text: string | null; scores: AnswerScores },
): Promise<void> {
  await tx.insertInto('pulse_marks').values({ pulse_id: mark.pulseId, person_id: mark.personId, marked_on: mark.day }).execute();
  await tx.insertInto('pulse_answers').values({
    id: answer.id, pulse_id: mark.pulseId, key_hash: answer.keyHash, unit_id: answer.unitId, area_id: answer.areaId,
    answered_on: mark.day, text: answer.text, ...answer.scores,
  }).execute();
}

export async function updateAnswer(tx: Tx, pulseId: string, id: string, day: string, text: string | null, scores: AnswerScores): Promise<void> {
  await tx.updateTable('pulse_answers').set({ answered_on: day, text, ...scores }).where('pulse_id', '=', pulseId).where('id', '=', id).execute();
}

export async function markResultsDue(tx: Tx, pulseId: string): Promise<void> {
  await tx.updateTable('pulses').set({ results_due: 1 }).where('id', '=', pulseId).execute();
}

export async function pulsesWithResultsDue(db: Db, limit: number): Promise<string[]> {
  return (await db.selectFrom('pulses').select('id').where('results_due', '=', 1).limit(limit).execute()).map((row) => row.id);
}

/**
 * Each unit's tally of a pulse's answers, counted in the database (a row per unit, never an
 * answer), with its people now; units without answers too (their response rate is 0).
 */
export async function unitTallies(db: Db, pulse: Pick<PulseRow, 'id' | 'scope_kind' | 'scope_id'>, questions: readonly number[]): Promise<UnitTally[]> {
  const counted = await db.selectFrom('pulse_answers')
    .select((eb) => [
      'unit_id', 'area_id', eb.fn.countAll<number>().as('answered'),
      ...questions.flatMap((dlo) => [0, ...PULSE_SCALE].map((score) =>
        eb.fn.sum<number>(eb.case().when(sql.ref(scoreColumn(dlo)), '=', score).then(1).else(0).end()).as(`q${dlo}_${score}`))),
    ])
    .where('pulse_id', '=', pulse.id).groupBy(['unit_id', 'area_id']).execute();
  const texts = await db.selectFrom('pulse_answers').select(['unit_id', 'text'])
    .where('pulse_id', '=', pulse.id).where('text', 'is not', null).execute();
  const people = await peopleByUnit(db, pulse.scope_kind, pulse.scope_id);
  const byUnit = new Map(counted.map((row) => [row.unit_id, row as unknown as Record<string, unknown>]));
  const textsOf = new Map<string, string[]>();
  for (const row of texts) if (row.text) textsOf.set(row.unit_id, [...(textsOf.get(row.unit_id) ?? []), row.text]);
  // A unit's answers count where they were given, also if the unit has since gone from the scope.
  const units = new Map(people.map((row) => [row.unit_id, row]));
  for (const row of counted) if (!units.has(row.unit_id)) units.set(row.unit_id, { unit_id: row.unit_id, area_id: row.area_id, people: 0 });
  return [...units.values()].map((unit) => {
    const row = byUnit.get(unit.unit_id);
    const items = new Map(questions.map((dlo) => [dlo, {
      counts: PULSE_SCALE.map((score) => Number(row?.[`q${dlo}_${score}`] ?? 0)),
      dontKnow: Number(row?.[`q${dlo}_0`] ?? 0),
    }]));
    return {
      unitId: unit.unit_id, areaId: unit.area_id, people: unit.people, answered: Number(row?.answered ?? 0),
      items, texts: textsOf.get(unit.unit_id) ?? [],
    };
  });
}

/** The figures as stored: the result without its scope (the row has that in columns). */
export const figuresOf = (result: ScopeResult) => JSON.stringify({ ...result, scope: undefined });

/**
 * The pulse's results written: a row per scope, a new version only where the figures
 * changed (a device hears only of what is new); `reserve` hands out versions.
 */
export async function writeResults(tx: Tx, pulseId: string, results: readonly ScopeResult[], reserve: (count: number) => Promise<number>): Promise<number> {
  const existing = new Map((await tx.selectFrom('pulse_results').select(['id', 'figures']).where('pulse_id', '=', pulseId).execute())
    .map((row) => [row.id, row.figures]));
  const changed = results.filter((result) => existing.get(pulseResultId(pulseId, result.scope.kind, result.scope.id)) !== figuresOf(result));
  if (changed.length > 0) {
    const first = await reserve(changed.length);
    for (const [i, result] of changed.entries()) {
      const id = pulseResultId(pulseId, result.scope.kind, result.scope.id);
      const row = { id, version: first + i, deleted: 0, pulse_id: pulseId, scope_kind: result.scope.kind, scope_id: result.scope.id, figures: figuresOf(result) };
      await tx.insertInto('pulse_results').values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet({ figures: row.figures, version: row.version, deleted: 0 })).execute();
    }
  }
  return changed.length;
}

/**
 * Taken before the answers are counted: an answer that commits after this sets it again
 * (markResultsDue), so its pulse is counted once more and no answer is left out.
 */
export async function takeResultsDue(db: Db, pulseId: string): Promise<void> {
  await db.updateTable('pulses').set({ results_due: 0 }).where('id', '=', pulseId).execute();
}

/** Pulses and results a viewer may read: the municipality's, their area's, their unit's (admins: all). */
function inViewersScope(viewer: Viewer, kind: Expression<string>, id: Expression<string | null>, db: Kysely<Database>): Expression<SqlBool> | null {
  if (hasRole(viewer, 'admin')) return null;
  const viewersArea = db.selectFrom('units').select('area_id').where('id', '=', viewer.unitId);
  return sql<SqlBool>`(${kind} = 'municipality' or (${kind} = 'unit' and ${id} = ${viewer.unitId}) or (${kind} = 'area' and ${id} = (${viewersArea})))`;
}

type WithVisible<R> = R & { visible: boolean };

/**
 * For a person who moved between `unitIds` since `after` (sync/unit-scope.ts): the pulses
 * and results of those units and their areas that the page leaves out — those they may see
 * now and older than the cursor (`put`), and those they may no longer see whatever their
 * version (`del`), judged by the same rule as pull. An admin sees all: a move changes nothing.
 */
export async function pulseRowsOfUnits(db: Kysely<Database>, viewer: Viewer, unitIds: readonly string[], after: number): Promise<{
  pulses: WithVisible<PulseRow>[]; results: WithVisible<PulseResultRow>[];
}> {
  const pulseRule = inViewersScope(viewer, sql.ref('pulses.scope_kind'), sql.ref('pulses.scope_id'), db);
  const resultRule = inViewersScope(viewer, sql.ref('pulse_results.scope_kind'), sql.ref('pulse_results.scope_id'), db);
  if (unitIds.length === 0 || !pulseRule || !resultRule) return { pulses: [], results: [] };
  const areas = db.selectFrom('units').select('area_id').where('id', 'in', [...unitIds]);
  const ofTheUnits = (table: 'pulses' | 'pulse_results') => sql<SqlBool>`((${sql.ref(`${table}.scope_kind`)} = 'unit' and ${sql.ref(`${table}.scope_id`)} in (${sql.join([...unitIds])}))
    or (${sql.ref(`${table}.scope_kind`)} = 'area' and ${sql.ref(`${table}.scope_id`)} in (${areas})))`;
  const [pulses, results] = await Promise.all([
    db.selectFrom('pulses').selectAll().select(visibleFlag(liveAndVisible('pulses', pulseRule)))
      .where(ofTheUnits('pulses')).where(outsidePage('pulses', pulseRule, after)).execute(),
    db.selectFrom('pulse_results').selectAll().select(visibleFlag(liveAndVisible('pulse_results', resultRule)))
      .where(ofTheUnits('pulse_results')).where(outsidePage('pulse_results', resultRule, after)).execute(),
  ]);
  return { pulses: withVisible(pulses), results: withVisible(results) };
}

export async function changedPulses(db: Kysely<Database>, viewer: Viewer, r: PullRange): Promise<PulseRow[]> {
  let query = db.selectFrom('pulses').selectAll().where(inPullRange('pulses', r));
  const scope = inViewersScope(viewer, sql.ref('pulses.scope_kind'), sql.ref('pulses.scope_id'), db);
  if (scope) query = query.where(scope);
  return query.orderBy('version').limit(r.limit).execute();
}

export async function changedPulseResults(db: Kysely<Database>, viewer: Viewer, r: PullRange): Promise<PulseResultRow[]> {
  let query = db.selectFrom('pulse_results').selectAll().where(inPullRange('pulse_results', r));
  const scope = inViewersScope(viewer, sql.ref('pulse_results.scope_kind'), sql.ref('pulse_results.scope_id'), db);
  if (scope) query = query.where(scope);
  return query.orderBy('version').limit(r.limit).execute();
}

/** Whether the viewer is one the pulse asks: in its unit, in its area, or anyone for the municipality. */
export async function isInPulseScope(db: Db, viewer: Viewer, pulse: Pick<PulseRow, 'scope_kind' | 'scope_id'>): Promise<boolean> {
  if (pulse.scope_kind === 'municipality') return true;
  if (pulse.scope_kind === 'unit') return pulse.scope_id === viewer.unitId;
  return pulse.scope_id === (await areaOfUnit(db, viewer.unitId));
}
