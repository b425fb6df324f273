// The unit page's fast path to "who can help" (issue 11): the device keeps helpers apart by
// area and level, so the nearest few are found without walking thousands — and the ranking
// is exactly the one of the plain walk over helpers in any order.
import { describe, expect, it } from 'vitest';
import { nearestHelpers, type Helper, type HelperCandidate, type HelperPool } from '../../src/shared/core-knowledge/suggestions';
import { UnitIndex, type UnitReader } from '../../src/client/units/unit-index';
import { SyncedState } from '../../src/client/store/synced-state';
import { getUnitPage } from '../../src/client/units/unit-page-data';
import type { SyncedListener } from '../../src/client/store/local-store';
import type { Change } from '../../src/shared/protocol';
import type { Level } from '../../src/shared/entities';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const byLevel = (candidates: HelperCandidate[]) =>
  ({ byLevel: [3, 2, 1].map((level) => candidates.filter((c) => c.level === level)) as [HelperCandidate[], HelperCandidate[], HelperCandidate[]] });

/** Hands out the candidates and counts how many were walked. */
function counted(candidates: HelperCandidate[], walked: { n: number }): Iterable<HelperCandidate> {
  return { *[Symbol.iterator]() { for (const c of candidates) { walked.n += 1; yield c; } } };
}

describe('nearest helpers from helpers kept by level', () => {
  it('ranks exactly as the walk over helpers in any order, members left out', () => {
    const next = random(11);
    for (let round = 0; round < 200; round++) {
      const names = new Map<string, string>();
      const make = (prefix: string, n: number) => Array.from({ length: n }, (_, i): HelperCandidate => {
        const personId = `${prefix}${round}-${i}`;
        // Few names, so equals within a level are ordered by name, and some are the same.
        names.set(personId, ['Åse', 'Bent', 'Aase', 'Carl', 'Ø', 'bo'][Math.floor(next() * 6)]!);
        return { personId, level: 1 + Math.floor(next() * 3) };
      });
      const near = make('n', Math.floor(next() * 12));
      const far = make('f', Math.floor(next() * 30));
      const memberIds = new Set([...near, ...far].filter(() => next() < 0.2).map((c) => c.personId));
      // Now and then the device does not know a helper: they are left out, the next one shown.
      const unknown = new Set([...near, ...far].filter(() => next() < 0.05).map((c) => c.personId));
      const describe = (c: HelperCandidate): Helper | null =>
        unknown.has(c.personId) ? null : { personId: c.personId, name: names.get(c.personId)!, unitId: 'u', areaId: 'a', level: c.level };
      const limit = 1 + Math.floor(next() * 6);
      const plain: HelperPool = { near, far, count: 0 };
      const levelled: HelperPool = { near: byLevel(near), far: byLevel(far), count: 0 };
      const expected = nearestHelpers(plain, memberIds, describe, limit).shown;
      if (unknown.size === 0) expect(nearestHelpers(levelled, memberIds, describe, limit).shown).toEqual(expected);
      else expect(nearestHelpers(levelled, memberIds, describe, limit).shown.length).toBeGreaterThanOrEqual(expected.length);
    }
  });

  it('walks only as far as the list needs: the best level first, others not at all once full', () => {
    const walked = { n: 0 };
    const level = (n: number, lvl: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ personId: `${prefix}${i}`, level: lvl }));
    const pool: HelperPool = {
      near: { byLevel: [counted(level(1000, 3, 'a'), walked), counted(level(1000, 2, 'b'), walked), counted(level(1000, 1, 'c'), walked)] },
      far: { byLevel: [counted(level(1000, 3, 'd'), walked), [], []] },
      count: 4000,
    };
    const describe = (c: HelperCandidate): Helper => ({ personId: c.personId, name: c.personId, unitId: 'u', areaId: 'a', level: c.level });
    // Two of the first level-3 helpers are the unit's own: skipped, and the walk goes on.
    const { shown, count } = nearestHelpers(pool, new Set(['a0', 'a2']), describe, 5);
    expect(shown.map((h) => h.personId)).toEqual(['a1', 'a3', 'a4', 'a5', 'a6']);
    expect(count).toBe(4000);
    expect(walked.n).toBe(7);
  });
});

describe('the unit index keeps helpers by area and level', () => {
  const person = (id: string, unitId: string) => ({ id, name: id, email: `${id}@x.dk`, title: '', phone: '', phoneHidden: false, bio: '', unitId, roles: ['employee'], knowledgeSharer: false });
  const helping = (personId: string, level: Level, canHelp = true) =>
    ({ id: `${personId}:demens`, personId, competenceId: 'demens', level, canHelp, note: '' });
  const put = (type: Change['type'], value: { id: string }): Change => ({ type, op: 'put', id: value.id, value });

  function reader(): { store: UnitReader; apply: (changes: Change[]) => void } {
    const synced = new SyncedState();
    const listeners = new Set<SyncedListener>();
    const store: UnitReader = {
      get: (type, id) => synced.get(type, id),
      all: (type) => synced.all(type),
      ofPerson: (type, id) => synced.idsOfPerson(type, id).flatMap((rowId) => synced.get(type, rowId) ?? []),
      isPending: () => false,
      onSynced: (listener) => { listeners.add(listener); return () => listeners.delete(listener); },
      synced,
    };
    const apply = (changes: Change[]) => {
      synced.apply(changes);
      for (const listener of listeners) listener({ reset: false, changes });
    };
    return { store, apply };
  }
  const ids = (pool: { byLevel: readonly Iterable<HelperCandidate>[] }) => pool.byLevel.map((level) => [...level].map((c) => c.personId));

  it('sorts helpers into near and far by level, follows level changes, moves and "kan ikke hjælpe"', () => {
    const { store, apply } = reader();
    apply([
      put('unit', { id: 'u1', areaId: 'a1', name: 'Nord' } as { id: string }), put('unit', { id: 'u2', areaId: 'a2', name: 'Skolen' } as { id: string }),
      put('unit', { id: 'u3', areaId: 'a1', name: 'Syd' } as { id: string }),
      put('person', person('p1', 'u1')), put('person', person('p2', 'u2')), put('person', person('p3', 'u3')), put('person', person('p4', 'u2')),
      put('personCompetence', helping('p1', 3)), put('personCompetence', helping('p2', 3)), put('personCompetence', helping('p3', 1)),
      put('personCompetence', helping('p4', 2)),
    ]);
    const index = new UnitIndex(store);
    let pool = index.helperPool('demens', 'a1');
    expect([ids(pool.near), ids(pool.far), pool.total]).toEqual([[['p1'], [], ['p3']], [['p2'], ['p4'], []], 4]);
    // p3 grows to level 3 (after p1 in the order held), p2 moves to area a1, p4 no longer helps.
    apply([put('personCompetence', helping('p3', 3)), put('person', person('p2', 'u3')), put('personCompetence', helping('p4', 2, false))]);
    pool = index.helperPool('demens', 'a1');
    expect([ids(pool.near), ids(pool.far), pool.total]).toEqual([[['p1', 'p3', 'p2'], [], []], [[], [], []], 3]);
    expect(index.helperPool('demens', 'a2').total).toBe(3);
    expect(ids(index.helperPool('sår', 'a1').near)).toEqual([[], [], []]);
  });

  it('keeps the members in name order when the page is drawn again, and sorts again when a name changes', () => {
    const { store, apply } = reader();
    apply([put('unit', { id: 'u1', areaId: 'a1', name: 'Nord' } as { id: string }),
      ...['p-åse', 'p-bo', 'p-aase', 'p-carl'].map((id) => put('person', person(id, 'u1')))]);
    const names = () => getUnitPage(store, 'u1', 'p-bo')!.members.map((m) => m.name);
    // Danish: "aa" is "å", after "z".
    expect(names()).toEqual(['p-bo', 'p-carl', 'p-aase', 'p-åse'].sort(new Intl.Collator('da').compare));
    expect(names()).toEqual(names());
    const renamed = { ...person('p-carl', 'u1'), name: 'Anders' };
    apply([put('person', renamed)]);
    expect(names()[0]).toBe('Anders');
    apply([put('person', person('p-dan', 'u1'))]);
    expect(names()).toContain('p-dan');
  });
});
