// The unit page on the device (issue 11): a leader's change of a need shows in the gap at
// once (pending), a slip gets no optimistic row, the plan is written locally, and the
// page reads members, registrations, suggestions and rights from the phone's rows.
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { countOutbox } from '../../src/client/store/outbox';
import { mutate } from '../../src/client/actions/mutate';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { getUnitPage } from '../../src/client/units/unit-page-data';
import { coreKnowledgeId, personCompetenceId } from '../../src/shared/entities';
import type { Change, PullResponse } from '../../src/shared/protocol';

const lis = 'p-lis';
const person = (id: string, unitId: string, roles: string[] = ['employee']) =>
  ({ id, name: id.slice(2), email: `${id}@x.dk`, title: 'SSA', phone: '1', phoneHidden: false, bio: '', unitId, roles, knowledgeSharer: false });
const held = (personId: string, competenceId: string, level: 1 | 2 | 3, canHelp = false) =>
  ({ id: personCompetenceId(personId, competenceId), personId, competenceId, level, canHelp, note: '' });
const put = (type: Change['type'], value: { id: string }): Change => ({ type, op: 'put', id: value.id, value });
const page = (changes: Change[]): PullResponse => ({ cursor: 'v1.9', more: false, reset: false, lastMutationId: 0, changes });

let store: LocalStore;
beforeEach(async () => {
  store = await LocalStore.open(`unit-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', lis);
  await applyPullPage(store, page([
    put('area', { id: 'a1', name: 'Ældre' } as { id: string }), put('area', { id: 'a2', name: 'Skole' } as { id: string }),
    put('unit', { id: 'u1', areaId: 'a1', name: 'Hjemmeplejen Nord' } as { id: string }),
    put('unit', { id: 'u2', areaId: 'a1', name: 'Hjemmeplejen Syd' } as { id: string }),
    put('unit', { id: 'u3', areaId: 'a2', name: 'Skolen' } as { id: string }),
    put('person', person(lis, 'u1', ['employee', 'leader'])), put('person', person('p-anna', 'u1')), put('person', person('p-bent', 'u1')),
    put('person', person('p-syd', 'u2')), put('person', person('p-skole', 'u3')),
    put('competence', { id: 'demens', name: 'Demens', category: 'Sundhed', synonyms: [], description: '' } as { id: string }),
    put('personCompetence', held('p-anna', 'demens', 2)), put('personCompetence', held(lis, 'demens', 1)),
    put('personCompetence', held('p-syd', 'demens', 2, true)), put('personCompetence', held('p-skole', 'demens', 3, true)),
    put('network', { id: 'n1', name: 'Demensnetværket', description: '', kind: 'professional', joinPolicy: 'open', createdBy: 'p-syd' } as { id: string }),
  ]), new Date().toISOString());
});

describe('the unit page on the device', () => {
  it('shows members, registrations and rights; the leader may edit, others read', async () => {
    const mine = getUnitPage(store, 'u1', lis)!;
    expect(mine.members.map((m) => m.id)).toEqual(['p-anna', 'p-bent', lis].sort((a, b) => a.slice(2).localeCompare(b.slice(2), 'da')));
    expect(mine.registered).toBe(2);
    expect([mine.canEdit, mine.canSee]).toEqual([true, true]);
    expect(getUnitPage(store, 'u1', 'p-anna')).toMatchObject({ canEdit: false, canSee: true });
    expect(getUnitPage(store, 'u2', lis)).toMatchObject({ canEdit: false, canSee: false });
    expect(getUnitPage(store, 'u-none', lis)).toBeNull();
  });

  it('puts a new need in the gap at once, pending, with what can close it', async () => {
    await mutate(store, 'coreKnowledge.set', { unitId: 'u1', competenceId: 'demens', needNow: 3, needIn5Years: 4 });
    const id = coreKnowledgeId('u1', 'demens');
    expect(store.get('coreKnowledge', id)).toEqual({ id, unitId: 'u1', competenceId: 'demens', level: 2, needNow: 3, needIn5Years: 4, note: '' });
    const [row] = getUnitPage(store, 'u1', lis)!.gap;
    // Lis holds it at level 1 only: one member counts.
    expect(row).toMatchObject({ competenceId: 'demens', holders: 1, shortNow: 2, shortIn5Years: 3, risk: 'one', pending: true });
    expect(row!.suggestions?.colleagues.map((h) => [h.personId, h.unitName])).toEqual([['p-syd', 'Hjemmeplejen Syd'], ['p-skole', 'Skolen']]);
    expect(row!.suggestions?.networks.map((n) => n.id)).toEqual(['n1']);
    // A change of level keeps the note; a slip gets no optimistic row but still queues for the server's reason.
    await mutate(store, 'coreKnowledge.set', { unitId: 'u1', competenceId: 'demens', needNow: 3, needIn5Years: 4, level: 1, note: 'Flere' });
    await mutate(store, 'coreKnowledge.set', { unitId: 'u1', competenceId: 'demens', needNow: 3, needIn5Years: 5000 });
    expect(store.get('coreKnowledge', id)).toMatchObject({ level: 1, needIn5Years: 4, note: 'Flere' });
    expect(getUnitPage(store, 'u1', lis)!.gap[0]).toMatchObject({ holders: 2, shortNow: 1, risk: null });
    expect(await countOutbox(store.idb)).toBe(3);
    await mutate(store, 'coreKnowledge.remove', { unitId: 'u1', competenceId: 'demens' });
    expect(getUnitPage(store, 'u1', lis)!.gap).toEqual([]);
  });

  it('writes the strategy and the learning meeting to the unit plan locally, never a meeting in the future', async () => {
    await mutate(store, 'unit.setStrategy', { unitId: 'u1', strategy: 'To lærer demens' });
    await mutate(store, 'unit.markLearningMeeting', { unitId: 'u1', heldAt: '2026-11-10T13:00:00+01:00' });
    await mutate(store, 'unit.markLearningMeeting', { unitId: 'u1', heldAt: new Date(Date.now() + 86_400_000).toISOString() });
    const plan = getUnitPage(store, 'u1', lis)!;
    expect(plan.plan).toMatchObject({ id: 'u1', unitId: 'u1', strategy: 'To lærer demens', lastLearningMeetingAt: '2026-11-10T12:00:00.000Z' });
    expect(plan.planPending).toBe(true);
  });
});
