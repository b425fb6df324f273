// The read queries behind the screens: the catalogue by category then name (Danish order),
// my competences by name, who holds a competence (helpers first, then level, then name),
// how many hold each, and the refused changes newest first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { settleOutbox } from '../../src/client/store/outbox';
import { mutate } from '../../src/client/actions/mutate';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import {
  dismissRejected, getPerson, holderCounts, listCatalogue, listHolders, listPersonCompetences, listRejected,
} from '../../src/client/store/queries';
import { personCompetenceId } from '../../src/shared/entities';
import type { Change, PullResponse } from '../../src/shared/protocol';

const me = 'p-anna';
const person = (id: string, name: string, unitId = 'u1') =>
  ({ id, name, email: `${id}@fjordby.example`, title: 'SSH', phone: '1', phoneHidden: false, bio: '', unitId, roles: ['employee'], knowledgeSharer: false });
const competence = (id: string, name: string, category: string) => ({ id, name, category, synonyms: [], description: '' });
const held = (personId: string, competenceId: string, level: 1 | 2 | 3, canHelp: boolean) =>
  ({ id: personCompetenceId(personId, competenceId), personId, competenceId, level, canHelp, note: '' });
const put = (type: Change['type'], value: { id: string } & Record<string, unknown>): Change => ({ type, op: 'put', id: value.id, value });
const page = (changes: Change[]): PullResponse => ({ cursor: 'v1.9', more: false, reset: false, lastMutationId: 0, changes });

let store: LocalStore;
beforeEach(async () => {
  store = await LocalStore.open(`queries-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', me);
  await applyPullPage(store, page([
    put('unit', { id: 'u1', areaId: 'a1', name: 'Hjemmeplejen' }),
    put('person', person(me, 'Anna')),
    put('person', person('p-aase', 'Åse', 'u2')),
    put('person', person('p-bo', 'Bo')),
    put('person', person('p-ole', 'Ole')),
    put('competence', competence('oe', 'Ørelæge', 'Sundhed')),
    put('competence', competence('aa', 'Aftenvagt', 'Sundhed')),
    put('competence', competence('zz', 'Zoneterapi', 'Sundhed')),
    put('competence', competence('ex', 'Excel', 'It')),
    put('competence', competence('bu', 'Budget', 'Økonomi')),
    put('competence', competence('ae', 'Ældrepleje', 'Sundhed')),
    put('personCompetence', held(me, 'zz', 1, false)),
    put('personCompetence', held(me, 'ae', 2, true)),
    put('personCompetence', held('p-bo', 'ae', 3, false)),
    put('personCompetence', held('p-ole', 'ae', 1, true)),
    put('personCompetence', held('p-aase', 'ae', 1, true)),
    put('personCompetence', held('p-gone', 'ae', 3, true)),
    put('personCompetence', held('p-bo', 'ex', 2, false)),
  ]), new Date().toISOString());
});
afterEach(() => store.close());

describe('store queries', () => {
  it('finds a person, pending changes included', async () => {
    expect(getPerson(store, 'p-bo')?.name).toBe('Bo');
    expect(getPerson(store, 'p-nobody')).toBeUndefined();
    await mutate(store, 'profile.update', { title: 'Sygeplejerske' });
    expect(getPerson(store, me)?.title).toBe('Sygeplejerske');
  });

  it('orders the catalogue by category, then by name, as Danish sorts them', () => {
    expect(listCatalogue(store).map((c) => `${c.category}/${c.name}`)).toEqual([
      'It/Excel', 'Sundhed/Aftenvagt', 'Sundhed/Zoneterapi', 'Sundhed/Ældrepleje', 'Sundhed/Ørelæge', 'Økonomi/Budget',
    ]);
  });

  it('lists my competences by name, each with its competence and whether it waits for the server', async () => {
    await mutate(store, 'competence.set', { competenceId: 'oe', level: 3, canHelp: false });
    const mine = listPersonCompetences(store, me);
    expect(mine.map((c) => [c.competence?.name, c.row.level, c.pending])).toEqual([
      ['Zoneterapi', 1, false], ['Ældrepleje', 2, false], ['Ørelæge', 3, true],
    ]);
  });

  it('lists the holders of a competence: those who can help first, then by level, then by name', () => {
    const holders = listHolders(store, 'ae');
    expect(holders.map((h) => h.person.name)).toEqual(['Anna', 'Ole', 'Åse', 'Bo']);
    expect(holders[0]).toMatchObject({ row: { level: 2, canHelp: true }, unit: { name: 'Hjemmeplejen' } });
    // Åse's unit is not on this device: the holder is still shown, without it.
    expect(holders.find((h) => h.person.id === 'p-aase')?.unit).toBeUndefined();
  });

  it('counts the holders of each competence among the people on this device', () => {
    expect(holderCounts(store)).toEqual(new Map([['zz', 1], ['ae', 4], ['ex', 1]]));
  });

  it('lists refused changes newest first, and forgets one when dismissed', async () => {
    const refused = (id: number, at: string) => ({ id, name: 'profile.update', args: {}, code: 'invalid_args', message: 'Ugyldig', at });
    await settleOutbox(store.idb, 3, [refused(1, '2026-11-28T08:00:00.000Z'), refused(2, '2026-11-28T10:00:00.000Z'), refused(3, '2026-11-28T09:00:00.000Z')]);
    expect((await listRejected(store)).map((r) => r.id)).toEqual([2, 3, 1]);
    await dismissRejected(store, 3);
    expect((await listRejected(store)).map((r) => r.id)).toEqual([2, 1]);
  });
});
