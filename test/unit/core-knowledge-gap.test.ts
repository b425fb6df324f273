// The gap arithmetic and the ranking of what can close it (issue 11): levels count from the
// needed level up, needs now and in five years, single-holder risk, nearest helpers first.
import { describe, expect, it } from 'vitest';
import { computeGap, gapTotals, singleHolderRisk, type MemberHolding } from '../../src/shared/core-knowledge/gap';
import { nearestHelpers, networkIsAbout, networkTexts, suggestionsFor, type Helper } from '../../src/shared/core-knowledge/suggestions';
import { learningProfile } from '../../src/shared/core-knowledge/learning-profile';
import { isNeedInRange, MAX_NEED } from '../../src/shared/core-knowledge/rules';
import type { CoreKnowledge, Learning, Network, Seminar } from '../../src/shared/entities';

const need = (competenceId: string, needNow: number, needIn5Years: number, level: 1 | 2 | 3 = 2): CoreKnowledge =>
  ({ id: `u:${competenceId}`, unitId: 'u', competenceId, level, needNow, needIn5Years, note: '' });
const held = (personId: string, competenceId: string, level: 1 | 2 | 3): MemberHolding => ({ personId, competenceId, level });

describe('the gap', () => {
  it('counts a holder only from the needed level up, and the shortfalls now and in five years', () => {
    const [row] = computeGap([need('demens', 3, 5, 2)], [
      held('a', 'demens', 1), held('b', 'demens', 2), held('c', 'demens', 3), held('d', 'forflytning', 3),
    ]);
    expect(row).toMatchObject({ byLevel: [1, 1, 1], holders: 2, holderIds: ['b', 'c'], shortNow: 1, shortIn5Years: 3, risk: null });
    const [basic] = computeGap([need('demens', 3, 5, 1)], [held('a', 'demens', 1), held('b', 'demens', 2), held('c', 'demens', 3)]);
    expect(basic).toMatchObject({ holders: 3, shortNow: 0, shortIn5Years: 2 });
    const [expert] = computeGap([need('demens', 3, 5, 3)], [held('a', 'demens', 1), held('b', 'demens', 2), held('c', 'demens', 3)]);
    expect(expert).toMatchObject({ holders: 1, shortNow: 2, shortIn5Years: 4, risk: 'one' });
  });

  it('never reports a negative shortfall when the unit holds more than it needs', () => {
    const [row] = computeGap([need('forflytning', 1, 2)], [held('a', 'forflytning', 2), held('b', 'forflytning', 3), held('c', 'forflytning', 2)]);
    expect(row).toMatchObject({ holders: 3, shortNow: 0, shortIn5Years: 0, risk: null });
  });

  it('flags a competence needed in five years that one member holds, or none at the needed level', () => {
    expect(singleHolderRisk(2, 1)).toBe('one');
    expect(singleHolderRisk(1, 1)).toBe('one'); // met, but one sick day from lost
    expect(singleHolderRisk(2, 0)).toBe('none');
    expect(singleHolderRisk(2, 2)).toBeNull();
    expect(singleHolderRisk(0, 1)).toBeNull(); // not needed in five years: no risk to the plan
    const rows = computeGap([need('palliation', 0, 2, 3), need('diabetes', 1, 1, 2)], [
      held('a', 'palliation', 3), held('b', 'palliation', 2), held('c', 'diabetes', 1),
    ]);
    // Diabetes first: it falls short already now.
    expect(rows.map((r) => [r.competenceId, r.risk])).toEqual([['diabetes', 'none'], ['palliation', 'one']]);
  });

  it('orders by the largest shortfall (now or in five years), then the shortfall now, then risk, then name', () => {
    const rows = computeGap([
      need('a-lille', 1, 1), need('b-stor-senere', 0, 6), need('c-stor-nu', 6, 6), need('d-lige', 2, 2), need('e-lige', 2, 2),
    ], [held('x', 'd-lige', 2), held('y', 'd-lige', 2), held('z', 'e-lige', 2), held('w', 'a-lille', 2)],
    (id) => ({ 'd-lige': 'Zebra', 'e-lige': 'Ål' }[id] ?? id));
    expect(rows.map((r) => r.competenceId)).toEqual(['c-stor-nu', 'b-stor-senere', 'e-lige', 'a-lille', 'd-lige']);
    // Risks: b and c held by none, a and e by one member only.
    expect(gapTotals(rows)).toEqual({ shortNow: 7, shortIn5Years: 13, risks: 4, competences: 5 });
  });

  it('keeps needs to whole numbers from 0 to the maximum', () => {
    expect([0, 1, MAX_NEED].every(isNeedInRange)).toBe(true);
    expect([-1, MAX_NEED + 1, 1.5, Number.NaN].some(isNeedInRange)).toBe(false);
  });
});

describe('what can close a gap', () => {
  const helper = (personId: string, name: string, areaId: string, level: number): Helper => ({ personId, name, unitId: `u-${personId}`, areaId, level });
  const rank = (helpers: Helper[], memberIds: Set<string>, limit: number) => {
    const byId = new Map(helpers.map((h) => [h.personId, h]));
    const candidates = (near: boolean) =>
      helpers.filter((h) => (h.areaId === 'near') === near).map((h) => ({ personId: h.personId, level: h.level }));
    const pool = { near: candidates(true), far: candidates(false), count: helpers.filter((h) => !memberIds.has(h.personId)).length };
    return nearestHelpers(pool, memberIds, (c) => byId.get(c.personId) ?? null, limit);
  };

  it('ranks colleagues of the same area first, then others, higher level first; never the unit\'s own', () => {
    const helpers = [
      helper('1', 'Åse', 'far', 3), helper('2', 'Bent', 'near', 1), helper('3', 'Carl', 'near', 3), helper('4', 'Ane', 'near', 3),
      helper('5', 'Dorte', 'far', 2), helper('6', 'Eva', 'near', 2), helper('7', 'Member', 'near', 3),
    ];
    const { shown, count } = rank(helpers, new Set(['7']), 5);
    // Equals (Ane, Carl) are shown by name.
    expect(shown.map((h) => h.name)).toEqual(['Ane', 'Carl', 'Eva', 'Bent', 'Åse']);
    expect(count).toBe(6);
    expect(rank(helpers, new Set(), 2).shown.map((h) => h.name)).toEqual(['Ane', 'Carl']);
    // Among equals beyond the limit, the first held wins: no sort over thousands.
    expect(rank(helpers, new Set(['7']), 1).shown.map((h) => h.name)).toEqual(['Carl']);
    // Far helpers are walked only while the list is not full, but always counted.
    const many = [...helpers, ...Array.from({ length: 50 }, (_, i) => helper(`f${i}`, `Fjern ${i}`, 'far', 3))];
    expect(rank(many, new Set(['7']), 3)).toMatchObject({ count: 56, shown: [{ name: 'Ane' }, { name: 'Carl' }, { name: 'Eva' }] });
    expect(rank(many, new Set(['7']), 6).shown.map((h) => h.name)).toEqual(['Ane', 'Carl', 'Eva', 'Bent', 'Fjern 0', 'Åse']);
  });

  it('finds networks by the competence\'s name or synonyms, in compounds, folded', () => {
    const texts = networkTexts([
      { id: 'n1', name: 'Demensnetværket', description: '', kind: 'professional', joinPolicy: 'open', createdBy: 'p' },
      { id: 'n2', name: 'Sårpleje i praksis', description: 'For alle med kroniske saar', kind: 'professional', joinPolicy: 'open', createdBy: 'p' },
      { id: 'n3', name: 'Ledere i ældreplejen', description: 'Om akademisk arbejde', kind: 'leader', joinPolicy: 'open', createdBy: 'p' },
    ] satisfies Network[]);
    expect(texts.filter((t) => networkIsAbout(t, ['Demens'])).map((t) => t.network.id)).toEqual(['n1']);
    expect(texts.filter((t) => networkIsAbout(t, ['Saarpleje'])).map((t) => t.network.id)).toEqual(['n2']);
    // "demens" is not found inside "akademisk": words must start with it.
    expect(texts.filter((t) => networkIsAbout(t, ['Demisk', 'ad'])).map((t) => t.network.id)).toEqual([]);
  });

  it('gives the soonest events, the newest learnings and a few networks', () => {
    const seminar = (id: string, startsAt: string) => ({ id, startsAt }) as Seminar;
    const learning = (id: string, createdAt: string) => ({ id, createdAt }) as Learning;
    const result = suggestionsFor('demens', {
      memberIds: new Set(),
      helpersOf: () => ({ near: [{ personId: '1', level: 2 }], far: [], count: 1 }),
      describe: () => helper('1', 'Ane', 'a', 2),
      eventsOf: () => [seminar('late', '2027-05-01T08:00:00.000Z'), seminar('soon', '2027-01-01T08:00:00.000Z'),
        seminar('mid', '2027-02-01T08:00:00.000Z'), seminar('later', '2027-06-01T08:00:00.000Z')],
      learningsOf: () => [learning('old', '2025-01-01T08:00:00.000Z'), learning('new', '2026-11-01T08:00:00.000Z')],
      networks: networkTexts([{ id: 'n', name: 'Demens', description: '', kind: 'professional', joinPolicy: 'open', createdBy: 'p' }]),
      wordsOf: () => ['demens'],
    });
    expect(result.events.map((e) => e.id)).toEqual(['soon', 'mid', 'late']);
    expect(result.learnings.map((l) => l.id)).toEqual(['new', 'old']);
    expect(result.networks.map((n) => n.id)).toEqual(['n']);
    expect(result.colleagueCount).toBe(1);
  });
});

describe('the learning profile', () => {
  it('counts the last twelve months\' learnings and attendances under each characteristic', () => {
    const now = new Date('2026-12-01T12:00:00.000Z');
    const rows = learningProfile(
      [{ createdAt: '2026-06-01T08:00:00.000Z', dlo: [10, 5, 10] }, { createdAt: '2025-11-01T08:00:00.000Z', dlo: [10] }],
      [{ seminar: { startsAt: '2026-03-01T08:00:00.000Z', dlo: [10, 11] }, count: 3 },
        { seminar: { startsAt: '2027-01-01T08:00:00.000Z', dlo: [10] }, count: 4 }],
      now,
    );
    expect(rows.find((r) => r.dlo === 10)).toEqual({ dlo: 10, learnings: 1, attended: 3, focus: true });
    expect(rows.find((r) => r.dlo === 5)).toEqual({ dlo: 5, learnings: 1, attended: 0, focus: true });
    expect(rows.find((r) => r.dlo === 11)).toMatchObject({ learnings: 0, attended: 3 });
    expect(rows.find((r) => r.dlo === 1)).toEqual({ dlo: 1, learnings: 0, attended: 0, focus: false });
    expect(rows).toHaveLength(11);
  });
});
