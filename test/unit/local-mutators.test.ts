// The optimistic half of a mutation: what the user sees on this device before any sync.
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { countOutbox } from '../../src/client/store/outbox';
import { listPersonCompetences } from '../../src/client/store/queries';
import { mutate } from '../../src/client/actions/mutate';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { personCompetenceId } from '../../src/shared/entities';
import type { PullResponse } from '../../src/shared/protocol';

const me = 'p-anna';
const person = { id: me, name: 'Anna', email: 'anna@fjordby.example', title: 'SSH', phone: '1', phoneHidden: false, bio: '', unitId: 'u1', roles: ['employee'], knowledgeSharer: false };
const competence = (id: string) => ({ id, name: id, category: 'Sundhed', synonyms: [], description: '' });
const held = (competenceId: string, level: 1 | 2 | 3) =>
  ({ id: personCompetenceId(me, competenceId), personId: me, competenceId, level, canHelp: true, note: '' });
const page = (changes: PullResponse['changes'], lastMutationId = 0): PullResponse =>
  ({ cursor: 'v1.9', more: false, reset: false, lastMutationId, changes });
const now = () => new Date().toISOString();

let store: LocalStore;
beforeEach(async () => {
  store = await LocalStore.open(`local-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', me);
  await applyPullPage(store, page([
    { type: 'person', op: 'put', id: me, value: person },
    { type: 'competence', op: 'put', id: 'demens', value: competence('demens') },
    { type: 'competence', op: 'put', id: 'kol', value: competence('kol') },
    { type: 'personCompetence', op: 'put', id: held('demens', 2).id, value: held('demens', 2) },
    { type: 'personCompetence', op: 'put', id: held('kol', 1).id, value: held('kol', 1) },
  ]), now());
});

describe('competence.remove on the device', () => {
  it('takes the competence off at once, marked pending, before any sync', async () => {
    const id = personCompetenceId(me, 'demens');
    expect(store.get('personCompetence', id)).toEqual(held('demens', 2));
    await mutate(store, 'competence.remove', { competenceId: 'demens' });
    expect(store.get('personCompetence', id)).toBeUndefined();
    expect(store.isPending('personCompetence', id)).toBe(true);
    expect(listPersonCompetences(store, me).map((c) => c.row.competenceId)).toEqual(['kol']);
    expect(store.ofPerson('personCompetence', me).map((row) => row.competenceId)).toEqual(['kol']);
    // The other competence is untouched, and the removal waits in the outbox.
    expect(store.isPending('personCompetence', personCompetenceId(me, 'kol'))).toBe(false);
    expect(await countOutbox(store.idb)).toBe(1);
  });

  it('stays removed when the app opens again and when a pull still has the old row', async () => {
    const id = personCompetenceId(me, 'demens');
    await mutate(store, 'competence.remove', { competenceId: 'demens' });
    store.close();
    store = await LocalStore.open(store.name);
    expect(store.get('personCompetence', id)).toBeUndefined();
    expect(store.isPending('personCompetence', id)).toBe(true);
    // The server has not handled it yet (lastMutationId 0): its row comes back, the removal is replayed on top.
    await applyPullPage(store, page([{ type: 'personCompetence', op: 'put', id, value: held('demens', 3) }]), now());
    expect(store.get('personCompetence', id)).toBeUndefined();
    expect(store.isPending('personCompetence', id)).toBe(true);
  });

  it('undoes a competence set offline a moment before', async () => {
    await mutate(store, 'competence.set', { competenceId: 'demens', level: 3, canHelp: false });
    expect(store.get('personCompetence', personCompetenceId(me, 'demens'))).toMatchObject({ level: 3 });
    await mutate(store, 'competence.remove', { competenceId: 'demens' });
    expect(store.get('personCompetence', personCompetenceId(me, 'demens'))).toBeUndefined();
    expect(await countOutbox(store.idb)).toBe(2);
  });
});

describe('profile.update on the device', () => {
  it('changes only the fields it carries: an absent field keeps its stored value', async () => {
    await mutate(store, 'profile.update', { bio: 'Nattevagt', title: undefined, phone: undefined });
    const row = store.get('person', me)!;
    expect(row).toEqual({ ...person, bio: 'Nattevagt' });
    // No key set to undefined: a pending row must read like a pulled one.
    expect(Object.values(row).includes(undefined as never)).toBe(false);
    expect(store.isPending('person', me)).toBe(true);
  });
});
