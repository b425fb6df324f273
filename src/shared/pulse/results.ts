// A pulse check's results (issue 24), from each unit's tally of answers: for the unit, its
// area and the municipality, side by side. Anonymous by the numbers as well as by storage:
// a scope with fewer than RESULT_THRESHOLD answers shows only its count and response rate,
// and a wider scope never lets a small one be worked out by subtraction — its figures are
// made of the shown scopes below it, plus the rest only when the rest is itself at least
// the threshold (so any difference between two shown figures is a group of five or more).
import { PULSE_SCALE, RESULT_THRESHOLD } from './questions';

/** One question's answers in a group: how many chose 1..5 (index 0..4), and "ved ikke". */
export interface ItemTally { counts: readonly number[]; dontKnow: number }

/** A unit's answers to one pulse, as the server sums them (never who). */
export interface UnitTally {
  unitId: string;
  areaId: string;
  /** People in the unit now: the response rate's denominator. */
  people: number;
  answered: number;
  items: ReadonlyMap<number, ItemTally>;
  texts: readonly string[];
}

export type PulseScope = { kind: 'unit'; id: string } | { kind: 'area'; id: string } | { kind: 'municipality'; id: null };

export interface ItemResult { dlo: number; mean: number | null; counts: number[]; dontKnow: number; dontKnowShare: number }

export interface ScopeResult {
  scope: PulseScope;
  people: number;
  answered: number;
  /** answered / people, 0..1 (0 with nobody in the scope). */
  responseRate: number;
  /** Whether the figures are shown: `base` reaches the threshold. */
  shown: boolean;
  /** How many answers the figures are made of (at most `answered`; see the file's comment). */
  base: number;
  items: ItemResult[] | null;
  /** Free texts of the answers in `base`, shuffled, at most MAX_TEXTS; null when not shown. */
  texts: string[] | null;
  /** How many free texts the answers in `base` have (the list carries a sample of them). */
  textCount: number;
}

/** Texts a scope's results carry: a sample, so that a municipality's thousands never ride on every phone's pull. */
export const MAX_TEXTS = 40;

interface Group { answered: number; items: Map<number, { counts: number[]; dontKnow: number }>; texts: string[] }

const emptyGroup = (): Group => ({ answered: 0, items: new Map(), texts: [] });

function addTo(group: Group, tally: { answered: number; items: ReadonlyMap<number, ItemTally>; texts: readonly string[] }): void {
  group.answered += tally.answered;
  for (const [dlo, item] of tally.items) {
    const into = group.items.get(dlo) ?? { counts: PULSE_SCALE.map(() => 0), dontKnow: 0 };
    item.counts.forEach((count, i) => { into.counts[i] = (into.counts[i] ?? 0) + count; });
    into.dontKnow += item.dontKnow;
    group.items.set(dlo, into);
  }
  group.texts.push(...tally.texts);
}

function merged(groups: readonly Group[]): Group {
  const all = emptyGroup();
  for (const group of groups) addTo(all, group);
  return all;
}

/**
 * The figures of a scope made of `shownParts` (its sub-scopes whose figures are shown) and
 * `rest` (those below the threshold): the rest counts only when it is itself big enough.
 */
function baseOf(shownParts: readonly Group[], rest: Group): Group {
  return rest.answered >= RESULT_THRESHOLD ? merged([...shownParts, rest]) : merged(shownParts);
}

/** A deterministic shuffle (Fisher–Yates with a seeded generator): the order says nothing of who or when. */
function shuffled(texts: readonly string[], seed: string): string[] {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const list = [...texts];
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

function itemResults(group: Group, questions: readonly number[]): ItemResult[] {
  return questions.map((dlo) => {
    const item = group.items.get(dlo) ?? { counts: PULSE_SCALE.map(() => 0), dontKnow: 0 };
    const scored = item.counts.reduce((sum, count) => sum + count, 0);
    const total = item.counts.reduce((sum, count, i) => sum + count * PULSE_SCALE[i]!, 0);
    const asked = scored + item.dontKnow;
    return {
      dlo,
      mean: scored === 0 ? null : Math.round((total / scored) * 100) / 100,
      counts: [...item.counts],
      dontKnow: item.dontKnow,
      dontKnowShare: asked === 0 ? 0 : Math.round((item.dontKnow / asked) * 100) / 100,
    };
  });
}

function result(scope: PulseScope, people: number, answered: number, base: Group, questions: readonly number[], seed: string): ScopeResult {
  const shown = base.answered >= RESULT_THRESHOLD;
  return {
    scope, people, answered, responseRate: people === 0 ? 0 : Math.round((answered / people) * 1000) / 1000,
    shown, base: shown ? base.answered : 0,
    items: shown ? itemResults(base, questions) : null,
    texts: shown ? shuffled(base.texts, `${seed}:${scope.kind}:${scope.id ?? ''}`).slice(0, MAX_TEXTS) : null,
    textCount: shown ? base.texts.length : 0,
  };
}

/**
 * The results of a pulse asked in `scope`, from the tallies of the units in it: a row for
 * each unit, for each area (an area- or municipality-wide pulse), and for the municipality
 * (a municipality-wide one). `seed` (the pulse's id) fixes the texts' shuffle.
 */
export function pulseResults(scope: PulseScope, units: readonly UnitTally[], questions: readonly number[], seed: string): ScopeResult[] {
  const rows: ScopeResult[] = [];
  const areaBases: Group[] = [];
  const areaRests: Group[] = [];
  let people = 0;
  let answered = 0;
  const byArea = new Map<string, UnitTally[]>();
  for (const unit of units) byArea.set(unit.areaId, [...(byArea.get(unit.areaId) ?? []), unit]);

  for (const [areaId, areaUnits] of byArea) {
    const shownUnits: Group[] = [];
    const rest = emptyGroup();
    for (const unit of areaUnits) {
      const group = emptyGroup();
      addTo(group, unit);
      rows.push(result({ kind: 'unit', id: unit.unitId }, unit.people, unit.answered, group, questions, seed));
      if (unit.answered >= RESULT_THRESHOLD) shownUnits.push(group);
      else addTo(rest, group);
    }
    const areaPeople = areaUnits.reduce((sum, unit) => sum + unit.people, 0);
    const areaAnswered = areaUnits.reduce((sum, unit) => sum + unit.answered, 0);
    people += areaPeople;
    answered += areaAnswered;
    if (scope.kind === 'unit') continue;
    const base = baseOf(shownUnits, rest);
    rows.push(result({ kind: 'area', id: areaId }, areaPeople, areaAnswered, base, questions, seed));
    if (base.answered >= RESULT_THRESHOLD) {
      areaBases.push(base);
      // What the area's figures left out (a rest below the threshold) belongs to the municipality's rest.
      if (base.answered < areaAnswered) areaRests.push(rest);
    } else {
      areaRests.push(merged([...shownUnits, rest]));
    }
  }
  if (scope.kind === 'municipality') {
    rows.push(result({ kind: 'municipality', id: null }, people, answered, baseOf(areaBases, merged(areaRests)), questions, seed));
  }
  return rows;
}
