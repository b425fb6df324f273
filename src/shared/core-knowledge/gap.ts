// The competence gap of a unit (plan activity 5): for each core competence, how many of
// the unit's people hold it at the needed level against the need now and in five years,
// and the single points of failure. Pure, so the phone computes it from pulled rows.
import type { CoreKnowledge, Level } from '../entities';
import { byDanish } from '../i18n/collate';

/** A unit member's competence, as far as the gap needs it. */
export interface MemberHolding { personId: string; competenceId: string; level: Level }

export type SingleHolderRisk = 'one' | 'none';

export interface GapRow {
  competenceId: string;
  /** Holders count from this level up. */
  level: Level;
  needNow: number;
  needIn5Years: number;
  note: string;
  /** Members holding it at exactly level 1, 2 and 3. */
  byLevel: [number, number, number];
  /** Members holding it at the needed level or higher. */
  holders: number;
  /** The member ids counted in `holders`. */
  holderIds: string[];
  shortNow: number;
  shortIn5Years: number;
  /**
   * Needed in five years and held (at the needed level) by only one member ("Kun én i
   * enheden kan …"), or by none: one sick day or one resignation from losing it.
   */
  risk: SingleHolderRisk | null;
}

export function singleHolderRisk(needIn5Years: number, holders: number): SingleHolderRisk | null {
  if (needIn5Years <= 0 || holders > 1) return null;
  return holders === 1 ? 'one' : 'none';
}

/** The larger of the two shortfalls: how the table is ordered. */
export const largestShortfall = (row: Pick<GapRow, 'shortNow' | 'shortIn5Years'>): number => Math.max(row.shortNow, row.shortIn5Years);

/**
 * One row per core competence of the unit, the largest shortfall first (ties: the shortfall
 * now, then a single-holder risk, then by name), from the unit members' holdings.
 */
export function computeGap(
  coreKnowledge: readonly CoreKnowledge[],
  memberHoldings: readonly MemberHolding[],
  nameOf: (competenceId: string) => string = (id) => id,
): GapRow[] {
  const needed = new Map(coreKnowledge.map((ck) => [ck.competenceId, ck]));
  const held = new Map<string, MemberHolding[]>();
  for (const holding of memberHoldings) {
    if (!needed.has(holding.competenceId)) continue;
    const list = held.get(holding.competenceId);
    if (list) list.push(holding);
    else held.set(holding.competenceId, [holding]);
  }
  const rows = coreKnowledge.map((ck): GapRow => {
    const byLevel: [number, number, number] = [0, 0, 0];
    const holderIds: string[] = [];
    const level = ck.level ?? 2;
    for (const h of held.get(ck.competenceId) ?? []) {
      byLevel[h.level - 1]! += 1;
      if (h.level >= level) holderIds.push(h.personId);
    }
    const holders = holderIds.length;
    return {
      competenceId: ck.competenceId, level, needNow: ck.needNow, needIn5Years: ck.needIn5Years, note: ck.note,
      byLevel, holders, holderIds,
      shortNow: Math.max(0, ck.needNow - holders),
      shortIn5Years: Math.max(0, ck.needIn5Years - holders),
      risk: singleHolderRisk(ck.needIn5Years, holders),
    };
  });
  const names = new Map(rows.map((row) => [row.competenceId, nameOf(row.competenceId)]));
  return rows.sort((a, b) =>
    largestShortfall(b) - largestShortfall(a) || b.shortNow - a.shortNow || Number(b.risk !== null) - Number(a.risk !== null)
    || byDanish(names.get(a.competenceId)!, names.get(b.competenceId)!));
}

/** Totals for the page's summary: how far the unit is from its needs. */
export function gapTotals(rows: readonly GapRow[]): { shortNow: number; shortIn5Years: number; risks: number; competences: number } {
  let shortNow = 0;
  let shortIn5Years = 0;
  let risks = 0;
  for (const row of rows) {
    shortNow += row.shortNow;
    shortIn5Years += row.shortIn5Years;
    if (row.risk) risks += 1;
  }
  return { shortNow, shortIn5Years, risks, competences: rows.length };
}
