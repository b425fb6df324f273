// The demo's core knowledge (issue 11): Lis leads Anna's unit, which states about ten core
// competences with gaps today and in five years, exactly one single-holder risk, and a
// strategy — at the demo's size and at the benchmark's.
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../src/server/seed/generate';
import { computeGap } from '../../src/shared/core-knowledge/gap';
import type { Level } from '../../src/shared/entities';

describe.each([2000, 300])('the demo unit\'s core knowledge at %i people', (people) => {
  const data = generateDemoData({ people });
  const lis = data.people.find((p) => p.id === 'p-lis')!;
  const anna = data.people.find((p) => p.id === 'p-anna')!;
  const members = new Set(data.people.filter((p) => p.unit_id === lis.unit_id).map((p) => p.id));
  const gap = computeGap(
    data.coreKnowledge.map((ck) => ({
      id: ck.id, unitId: ck.unit_id, competenceId: ck.competence_id, level: (ck.level ?? 2) as Level,
      needNow: ck.need_now, needIn5Years: ck.need_in_5_years, note: ck.note,
    })),
    data.personCompetences.filter((pc) => members.has(pc.person_id))
      .map((pc) => ({ personId: pc.person_id, competenceId: pc.competence_id, level: pc.level as Level })),
  );

  it('belongs to Lis\'s unit, which is Anna\'s, and Lis leads it', () => {
    expect(lis.unit_id).toBe(anna.unit_id);
    expect(JSON.parse(lis.roles)).toContain('leader');
    for (const ck of data.coreKnowledge) expect(ck.unit_id).toBe(lis.unit_id);
  });

  it('shows gaps today and in five years, and exactly one single-holder risk', () => {
    expect(gap.length).toBeGreaterThanOrEqual(people >= 2000 ? 8 : 5);
    expect(gap.filter((r) => r.shortNow > 0).length).toBeGreaterThanOrEqual(2);
    expect(gap.filter((r) => r.shortIn5Years > r.shortNow).length).toBeGreaterThanOrEqual(2);
    expect(gap.filter((r) => r.shortNow === 0 && r.shortIn5Years === 0).length).toBeGreaterThanOrEqual(1);
    expect(gap.filter((r) => r.risk !== null).map((r) => r.risk)).toEqual(['one']);
  });

  it('has a strategy note and a last learning meeting', () => {
    expect(data.unitPlans).toEqual([expect.objectContaining({ id: lis.unit_id, unit_id: lis.unit_id, strategy: expect.stringMatching(/gabet/) })]);
    expect(data.unitPlans[0]!.last_learning_meeting_at).toMatch(/^2026-11-/);
  });
});
