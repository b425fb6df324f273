// A pulse check's results (issue 24): only the count and response rate below five answers,
// exact means, distributions and "ved ikke" shares from five, texts only in shown scopes
// and shuffled, and no wider scope from which a small one could be worked out.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_TEXTS, pulseResults, type ItemTally, type ScopeResult, type UnitTally } from '../../src/shared/pulse/results';
import { RESULT_THRESHOLD } from '../../src/shared/pulse/questions';

const QUESTIONS = [5, 9, 10, 11];

/** `answers`: each person's score per question (0 = ved ikke). */
function unit(unitId: string, areaId: string, people: number, answers: number[][], texts: string[] = []): UnitTally {
  const items = new Map<number, ItemTally>();
  QUESTIONS.forEach((dlo, q) => {
    const counts = [0, 0, 0, 0, 0];
    let dontKnow = 0;
    for (const answer of answers) {
      const score = answer[q]!;
      if (score === 0) dontKnow += 1;
      else counts[score - 1]! += 1;
    }
    items.set(dlo, { counts, dontKnow });
  });
  return { unitId, areaId, people, answered: answers.length, items, texts };
}

const same = (score: number, count: number) => Array.from({ length: count }, () => QUESTIONS.map(() => score));
const row = (rows: ScopeResult[], kind: string, id: string | null) => rows.find((r) => r.scope.kind === kind && r.scope.id === id)!;

describe('pulse results', () => {
  it('shows only the count and the response rate at four answers, and the figures at five', async () => {
    const four = pulseResults({ kind: 'unit', id: 'u1' }, [unit('u1', 'a1', 10, same(4, 4), ['Mere tid'])], QUESTIONS, 'p1');
    expect(four).toEqual([{
      scope: { kind: 'unit', id: 'u1' }, people: 10, answered: 4, responseRate: 0.4, shown: false, base: 0, items: null, texts: null, textCount: 0,
    }]);
    const five = pulseResults({ kind: 'unit', id: 'u1' }, [unit('u1', 'a1', 10, same(4, 5), ['Mere tid'])], QUESTIONS, 'p1');
    expect(five[0]).toMatchObject({ answered: 5, responseRate: 0.5, shown: true, base: 5, texts: ['Mere tid'] });
    expect(five[0]!.items![0]).toEqual({ dlo: 5, mean: 4, counts: [0, 0, 0, 5, 0], dontKnow: 0, dontKnowShare: 0 });
  });

  it('computes each question’s mean without "ved ikke", its distribution and its "ved ikke" share', () => {
    const answers = [[1, 5, 0, 3], [2, 5, 0, 3], [3, 4, 0, 3], [4, 4, 1, 0], [5, 3, 2, 0], [5, 0, 0, 0]];
    const [result] = pulseResults({ kind: 'unit', id: 'u1' }, [unit('u1', 'a1', 12, answers)], QUESTIONS, 'p1');
    expect(result!.items).toEqual([
      { dlo: 5, mean: 3.33, counts: [1, 1, 1, 1, 2], dontKnow: 0, dontKnowShare: 0 },
      { dlo: 9, mean: 4.2, counts: [0, 0, 1, 2, 2], dontKnow: 1, dontKnowShare: 0.17 },
      { dlo: 10, mean: 1.5, counts: [1, 1, 0, 0, 0], dontKnow: 4, dontKnowShare: 0.67 },
      { dlo: 11, mean: 3, counts: [0, 0, 3, 0, 0], dontKnow: 3, dontKnowShare: 0.5 },
    ]);
  });

  it('leaves a small unit out of its area’s figures, so it cannot be worked out by subtraction', () => {
    // Unit A: six who answer 5; unit B: three who answer 1. With B in, the area's mean would betray B.
    const rows = pulseResults({ kind: 'area', id: 'a1' }, [unit('A', 'a1', 8, same(5, 6)), unit('B', 'a1', 4, same(1, 3), ['Hjælp'])], QUESTIONS, 'p1');
    expect(row(rows, 'unit', 'B')).toMatchObject({ answered: 3, shown: false, items: null, texts: null });
    const area = row(rows, 'area', 'a1');
    expect(area).toMatchObject({ people: 12, answered: 9, responseRate: 0.75, shown: true, base: 6 });
    expect(area.items).toEqual(row(rows, 'unit', 'A').items);
    expect(area.texts).toEqual([]); // B's text is nowhere
    // Two small units together are a group of six: they count in the area.
    const together = pulseResults({ kind: 'area', id: 'a1' }, [unit('A', 'a1', 8, same(5, 6)), unit('B', 'a1', 4, same(1, 3)), unit('C', 'a1', 4, same(1, 3))], QUESTIONS, 'p1');
    expect(row(together, 'area', 'a1')).toMatchObject({ answered: 12, base: 12 });
    expect(row(together, 'area', 'a1').items![0]!.mean).toBe(3);
  });

  it('does the same one level up: the municipality never gives away an area below the threshold', () => {
    const rows = pulseResults({ kind: 'municipality', id: null }, [
      unit('A', 'a1', 10, same(4, 7)), unit('B', 'a2', 5, same(2, 4)),
    ], QUESTIONS, 'p1');
    expect(row(rows, 'area', 'a2')).toMatchObject({ answered: 4, shown: false });
    expect(row(rows, 'municipality', null)).toMatchObject({ people: 15, answered: 11, base: 7 });
    expect(row(rows, 'municipality', null).items).toEqual(row(rows, 'area', 'a1').items);
  });

  it('shows the texts of the answers in the figures only, in an order that is the same each time but not the order given', () => {
    const texts = Array.from({ length: 12 }, (_, i) => `Forslag ${i}`);
    const make = () => pulseResults({ kind: 'unit', id: 'u1' }, [unit('u1', 'a1', 20, same(3, 12), texts)], QUESTIONS, 'pulse-7')[0]!.texts;
    expect(make()).toEqual(make());
    expect([...make()!].sort()).toEqual([...texts].sort());
    expect(make()).not.toEqual(texts);
    // Thousands of texts: a sample rides along, with the count.
    const many = Array.from({ length: 3000 }, (_, i) => `Forslag ${i}`);
    const [big] = pulseResults({ kind: 'unit', id: 'u1' }, [unit('u1', 'a1', 5000, same(3, 3000), many)], QUESTIONS, 'pulse-8');
    expect(big!.texts).toHaveLength(MAX_TEXTS);
    expect(big!.textCount).toBe(3000);
    expect(new Set(big!.texts).size).toBe(MAX_TEXTS);
  });

  it('never lets a shown scope differ from the shown scopes inside it by fewer than five answers (any municipality)', () => {
    const tallies = fc.array(fc.record({ area: fc.integer({ min: 1, max: 4 }), answered: fc.integer({ min: 0, max: 9 }) }), { minLength: 1, maxLength: 12 });
    fc.assert(fc.property(tallies, (specs) => {
      const units = specs.map((spec, i) => unit(`u${i}`, `a${spec.area}`, 10, same(3, spec.answered)));
      const rows = pulseResults({ kind: 'municipality', id: null }, units, QUESTIONS, 'p');
      const shownBase = (r: ScopeResult) => (r.shown ? r.base : 0);
      const areas = rows.filter((r) => r.scope.kind === 'area');
      for (const area of areas) {
        const inside = rows.filter((r) => r.scope.kind === 'unit' && units.find((u) => u.unitId === r.scope.id)!.areaId === area.scope.id);
        const gap = shownBase(area) - inside.reduce((sum, r) => sum + shownBase(r), 0);
        if (area.shown) expect(gap === 0 || gap >= RESULT_THRESHOLD).toBe(true);
      }
      const municipality = row(rows, 'municipality', null);
      const gap = shownBase(municipality) - areas.reduce((sum, r) => sum + shownBase(r), 0);
      if (municipality.shown) expect(gap === 0 || gap >= RESULT_THRESHOLD).toBe(true);
      // And the counts are all there, shown or not.
      expect(municipality.answered).toBe(specs.reduce((sum, spec) => sum + spec.answered, 0));
    }), { numRuns: 300 });
  });
});
