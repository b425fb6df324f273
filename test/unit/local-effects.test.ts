// The optimistic effects of mutations, where they meet missing data: no own person row
// yet, an absent note, an outbox entry whose name this app no longer knows, and several
// pending changes to one row replayed on top of a pulled page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { mutate } from '../../src/client/actions/mutate';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { applyLocally } from '../../src/client/sync/local-mutators';
import { personCompetenceId, type Person } from '../../src/shared/entities';
import type { PullResponse } from '../../src/shared/protocol';

const me = 'p-anna';
const person = { id: me, name: 'Anna', email: 'anna@fjordby.example', title: 'SSH', phone: '1', phoneHidden: false, bio: '', unitId: 'u1', roles: ['employee'], knowledgeSharer: false };
const page = (changes: PullResponse['changes'], lastMutationId = 0): PullResponse =>
  ({ cursor: 'v1.9', more: false, reset: false, lastMutationId, changes });
const now = () => new Date().toISOString();

let store: LocalStore;
beforeEach(async () => {
  store = await LocalStore.open(`effects-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', me);
});
afterEach(() => store.close());

describe('optimistic effects', () => {
  it('make up no person row when the own row has not arrived yet', async () => {
    await mutate(store, 'profile.update', { bio: 'Før første sync' });
    expect(store.all('person')).toEqual([]);
    expect(store.overlayEntries()).toEqual([]);
    // Once the row arrives, the waiting change shows on top of it.
    await applyPullPage(store, page([{ type: 'person', op: 'put', id: me, value: person }]), now());
    expect(store.get('person', me)?.bio).toBe('Før første sync');
  });

  it('show a competence set without a note with an empty note, as the server stores it', async () => {
    await mutate(store, 'competence.set', { competenceId: 'demens', level: 2, canHelp: true });
    expect(store.get('personCompetence', personCompetenceId(me, 'demens')))
      .toEqual({ id: personCompetenceId(me, 'demens'), personId: me, competenceId: 'demens', level: 2, canHelp: true, note: '' });
  });

  it('leave alone an outbox entry whose mutation this app version does not know', async () => {
    await applyPullPage(store, page([{ type: 'person', op: 'put', id: me, value: person }]), now());
    await store.commitLocal(async (_tx, rows) => {
      expect(() => applyLocally({ rows, personId: me }, 'profile.rename' as never, { name: 'X' })).not.toThrow();
      expect(rows.written.size).toBe(0);
    });
  });

  it('build each pending change on the ones before it, also when replayed on a pulled page', async () => {
    await applyPullPage(store, page([{ type: 'person', op: 'put', id: me, value: person }]), now());
    await mutate(store, 'profile.update', { bio: 'Nattevagt' });
    await mutate(store, 'profile.update', { title: 'Sygeplejerske' });
    const expected: Person = { ...person, bio: 'Nattevagt', title: 'Sygeplejerske' } as Person;
    expect(store.get('person', me)).toEqual(expected);
    // The server has handled neither: a page with its own change to the row is replayed under both.
    await applyPullPage(store, page([{ type: 'person', op: 'put', id: me, value: { ...person, phone: '2' } }]), now());
    expect(store.get('person', me)).toEqual({ ...expected, phone: '2' });
  });

  it('keep a removal pending on top of a page that brings the row back', async () => {
    const id = personCompetenceId(me, 'demens');
    const row = { id, personId: me, competenceId: 'demens', level: 1, canHelp: false, note: '' };
    await applyPullPage(store, page([{ type: 'personCompetence', op: 'put', id, value: row }]), now());
    await mutate(store, 'competence.remove', { competenceId: 'demens' });
    await mutate(store, 'profile.update', { bio: 'x' });
    await applyPullPage(store, page([{ type: 'personCompetence', op: 'put', id, value: { ...row, level: 2 } }]), now());
    expect(store.get('personCompetence', id)).toBeUndefined();
    expect(store.isPending('personCompetence', id)).toBe(true);
  });
});
