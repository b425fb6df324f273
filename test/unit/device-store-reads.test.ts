// Reading the device's data: synced rows with pending local changes on top, a person's
// own rows, what listeners are told, what another tab takes in (also after a reset or a
// compaction there), and compaction into chunks that read back the same.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { SyncedState } from '../../src/client/store/synced-state';
import { setMeta } from '../../src/client/store/meta';
import { mutate } from '../../src/client/actions/mutate';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { personCompetenceId } from '../../src/shared/entities';
import type { Change, PullResponse } from '../../src/shared/protocol';

const me = 'p-anna';
const person = (id: string, name: string) =>
  ({ id, name, email: `${id}@fjordby.example`, title: 'SSH', phone: '1', phoneHidden: false, bio: '', unitId: 'u1', roles: ['employee'], knowledgeSharer: false });
const competence = (id: string) => ({ id, name: id, category: 'Sundhed', synonyms: [], description: '' });
const held = (personId: string, competenceId: string, level: 1 | 2 | 3 = 2) =>
  ({ id: personCompetenceId(personId, competenceId), personId, competenceId, level, canHelp: false, note: '' });
const put = (type: Change['type'], value: { id: string } & Record<string, unknown>): Change => ({ type, op: 'put', id: value.id, value });
const page = (changes: Change[], extra: Partial<PullResponse> = {}): PullResponse =>
  ({ cursor: 'v1.9', more: false, reset: false, lastMutationId: 0, changes, ...extra });
const now = () => new Date().toISOString();
const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

describe('synced rows in memory', () => {
  it('keep a person\'s rows findable as they are added, moved to another person and removed', () => {
    const state = new SyncedState();
    const row = held(me, 'demens');
    state.apply([put('personCompetence', row), put('personCompetence', held(me, 'kol')), put('personCompetence', held('p-bo', 'kol'))]);
    expect(state.idsOfPerson('personCompetence', me).sort()).toEqual([row.id, personCompetenceId(me, 'kol')].sort());
    expect(state.count('personCompetence')).toBe(3);

    state.apply([put('personCompetence', { ...row, personId: 'p-bo' })]);
    expect(state.idsOfPerson('personCompetence', me)).toEqual([personCompetenceId(me, 'kol')]);
    expect(state.idsOfPerson('personCompetence', 'p-bo').sort()).toEqual([personCompetenceId('p-bo', 'kol'), row.id].sort());

    state.apply([{ type: 'personCompetence', op: 'del', id: row.id }]);
    expect(state.idsOfPerson('personCompetence', 'p-bo')).toEqual([personCompetenceId('p-bo', 'kol')]);
    expect(state.get('personCompetence', row.id)).toBeUndefined();
    expect(state.count('personCompetence')).toBe(2);
    expect(state.idsOfPerson('membership', me)).toEqual([]);
    expect(state.count('membership')).toBe(0);
  });

  it('index only the types that belong to a person', () => {
    const state = new SyncedState();
    state.apply([put('person', person(me, 'Anna')), put('membership', { id: 'm1', personId: me, networkId: 'n1', status: 'active', role: 'member' })]);
    expect(state.idsOfPerson('person', me)).toEqual([]);
    expect(state.idsOfPerson('membership', me)).toEqual(['m1']);
  });

  it('give every row back as put changes, and nothing after clear', () => {
    const state = new SyncedState();
    const changes = [put('person', person(me, 'Anna')), put('competence', competence('demens')), put('personCompetence', held(me, 'demens'))];
    state.apply(changes);
    expect([...state.asChanges()].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...changes].sort((a, b) => a.id.localeCompare(b.id)));
    state.clear();
    expect([...state.asChanges()]).toEqual([]);
    expect(state.all('person')).toEqual([]);
    expect(state.idsOfPerson('personCompetence', me)).toEqual([]);
  });
});

describe('the device store', () => {
  let store: LocalStore;
  const others: LocalStore[] = [];
  beforeEach(async () => {
    store = await LocalStore.open(`reads-${crypto.randomUUID()}`);
    await setMeta(store.idb, 'personId', me);
    await applyPullPage(store, page([
      put('person', person(me, 'Anna')), put('person', person('p-bo', 'Bo')),
      put('competence', competence('demens')), put('competence', competence('kol')),
      put('personCompetence', held(me, 'demens')), put('personCompetence', held('p-bo', 'kol')),
    ]), now());
  });
  afterEach(() => {
    for (const other of others.splice(0)) other.close();
    store.close();
  });
  const openOther = async () => {
    const other = await LocalStore.open(store.name);
    others.push(other);
    return other;
  };

  it('lists a type with pending changes on top: added, changed and removed rows', async () => {
    expect(ids(store.all('personCompetence'))).toEqual([personCompetenceId(me, 'demens'), personCompetenceId('p-bo', 'kol')]);
    await mutate(store, 'competence.set', { competenceId: 'kol', level: 3, canHelp: true });
    await mutate(store, 'competence.remove', { competenceId: 'demens' });
    await mutate(store, 'profile.update', { bio: 'Ny' });
    expect(ids(store.all('personCompetence'))).toEqual([personCompetenceId(me, 'kol'), personCompetenceId('p-bo', 'kol')]);
    expect(store.all('personCompetence').find((row) => row.id === personCompetenceId(me, 'kol'))).toMatchObject({ level: 3 });
    // Pending rows of another type change nothing here.
    expect(ids(store.all('competence'))).toEqual(['demens', 'kol']);
    expect(store.all('person').find((row) => row.id === me)?.bio).toBe('Ny');
    expect(store.overlayEntries().map((entry) => entry.key).sort())
      .toEqual([`person:${me}`, `personCompetence:${personCompetenceId(me, 'demens')}`, `personCompetence:${personCompetenceId(me, 'kol')}`]);
  });

  it('lists a person\'s own rows with their pending ones, and nobody else\'s', async () => {
    await mutate(store, 'competence.set', { competenceId: 'kol', level: 1, canHelp: false });
    expect(ids(store.ofPerson('personCompetence', me))).toEqual([personCompetenceId(me, 'demens'), personCompetenceId(me, 'kol')]);
    expect(ids(store.ofPerson('personCompetence', 'p-bo'))).toEqual([personCompetenceId('p-bo', 'kol')]);
    await mutate(store, 'competence.remove', { competenceId: 'demens' });
    expect(ids(store.ofPerson('personCompetence', me))).toEqual([personCompetenceId(me, 'kol')]);
    expect(store.isPending('personCompetence', personCompetenceId(me, 'demens'))).toBe(true);
    expect(store.isPending('personCompetence', personCompetenceId('p-bo', 'kol'))).toBe(false);
  });

  it('tells listeners what a page brought, or that everything was replaced, until they unsubscribe', async () => {
    const listener = vi.fn();
    const unsubscribe = store.onSynced(listener);
    const change = put('competence', competence('palliation'));
    await applyPullPage(store, page([change]), now());
    expect(listener).toHaveBeenLastCalledWith({ reset: false, changes: [change] });
    await applyPullPage(store, page([change], { reset: true }), now());
    expect(listener).toHaveBeenLastCalledWith({ reset: true });
    expect(store.all('competence')).toEqual([competence('palliation')]);
    unsubscribe();
    await applyPullPage(store, page([put('competence', competence('kol'))]), now());
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('after a reset, tells of the next page only what that page brought', async () => {
    const listener = vi.fn();
    store.onSynced(listener);
    await applyPullPage(store, page([put('person', person(me, 'Anna'))], { reset: true }), now());
    const change = put('competence', competence('palliation'));
    await applyPullPage(store, page([change]), now());
    expect(listener.mock.calls).toEqual([[{ reset: true }], [{ reset: false, changes: [change] }]]);
  });

  it('does not read its own pages again, nor let empty pages grow the log', async () => {
    const listener = vi.fn();
    store.onSynced(listener);
    const records = await store.idb.count('log');
    await applyPullPage(store, page([]), now());
    await applyPullPage(store, page([]), now());
    expect(await store.idb.count('log')).toBe(records);
    await applyPullPage(store, page([put('competence', competence('palliation'))]), now());
    listener.mockClear();
    await store.refresh();
    expect(listener).not.toHaveBeenCalled();
  });

  it('tells listeners that everything was replaced when it reloads', async () => {
    await applyPullPage(store, page([put('person', person(me, 'Anna'))], { reset: true }), now());
    const listener = vi.fn();
    store.onSynced(listener);
    await store.reload();
    expect(listener).toHaveBeenCalledWith({ reset: true });
    expect(store.get('person', me)?.name).toBe('Anna');
  });

  it('takes in another tab\'s page before adding its own, so that neither is lost', async () => {
    const other = await openOther();
    await applyPullPage(other, page([put('competence', competence('palliation'))]), now());
    await applyPullPage(store, page([put('competence', competence('saarpleje'))]), now());
    expect(store.get('competence', 'palliation')).toEqual(competence('palliation'));
    await other.refresh();
    expect(other.get('competence', 'saarpleje')).toEqual(competence('saarpleje'));
    const reopened = await openOther();
    expect(ids(reopened.all('competence'))).toEqual(['demens', 'kol', 'palliation', 'saarpleje']);
  });

  it('closes its database when closed', async () => {
    const closing = await LocalStore.open(`reads-${crypto.randomUUID()}`);
    closing.close();
    await expect(closing.idb.count('log')).rejects.toThrow();
  });

  it('steps aside when another tab deletes the database (sign-out): closes and reloads the page', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { reload });
    try {
      const other = await openOther();
      other.close();
      const { deleteDB } = await import('idb');
      await deleteDB(store.name);
      expect(reload).toHaveBeenCalled();
      await expect(store.idb.count('log')).rejects.toThrow();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('takes in what another tab pulled, and tells its listeners only when there was something', async () => {
    const other = await openOther();
    const listener = vi.fn();
    other.onSynced(listener);
    await other.refresh();
    expect(listener).not.toHaveBeenCalled();

    const change = put('competence', competence('palliation'));
    await applyPullPage(store, page([change]), now());
    await applyPullPage(store, page([]), now());
    await other.refresh();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ reset: false, changes: [change] });
    expect(other.get('competence', 'palliation')).toEqual(competence('palliation'));
    // Read once: a second refresh brings nothing twice.
    await other.refresh();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('takes in another tab\'s pending change', async () => {
    const other = await openOther();
    await mutate(store, 'profile.update', { bio: 'Fra den anden fane' });
    await other.refresh();
    expect(other.get('person', me)?.bio).toBe('Fra den anden fane');
    expect(other.isPending('person', me)).toBe(true);
  });

  it('reads everything again after another tab\'s reset, forgetting rows that are gone', async () => {
    const other = await openOther();
    const listener = vi.fn();
    other.onSynced(listener);
    await applyPullPage(store, page([put('person', person(me, 'Anna'))], { reset: true }), now());
    await other.refresh();
    expect(listener).toHaveBeenCalledWith({ reset: true });
    expect(other.get('person', 'p-bo')).toBeUndefined();
    expect(other.get('competence', 'demens')).toBeUndefined();
    expect(other.get('person', me)?.name).toBe('Anna');
  });

  it('leaves the log alone while it is short', async () => {
    for (let i = 0; i < 62; i++) await applyPullPage(store, page([put('unit', { id: `u${i}`, areaId: 'a1', name: `Enhed ${i}` })]), now());
    expect(await store.idb.count('log')).toBe(63);
    expect(await store.compactIfNeeded()).toBe(false);
    expect(await store.idb.count('log')).toBe(63);
    // 64 records of about 70 rows: one snapshot chunk would hold them, so 64 more than that is the mark.
    await applyPullPage(store, page([put('unit', { id: 'u-next', areaId: 'a1', name: 'Næste' })]), now());
    expect(await store.compactIfNeeded()).toBe(false);
    await applyPullPage(store, page([put('unit', { id: 'u-last', areaId: 'a1', name: 'Sidste' })]), now());
    expect(await store.compactIfNeeded()).toBe(true);
    expect(await store.idb.count('log')).toBe(1);
  });

  it('does not take a big snapshot for a long log: compacts once, then waits for 64 new records', async () => {
    // More rows than 64 chunks hold: the snapshot alone is 65 records.
    const rows = Array.from({ length: 64_500 }, (_, i) => put('unit', { id: `u${i}`, areaId: 'a1', name: `Enhed ${i}` }));
    await applyPullPage(store, page(rows), now());
    for (let i = 0; i < 64; i++) await applyPullPage(store, page([put('area', { id: 'a1', name: `Område ${i}` })]), now());
    expect(await store.compactIfNeeded()).toBe(true);
    const snapshot = await store.idb.count('log');
    expect(snapshot).toBe(Math.ceil(store.synced.size / 1000));
    await applyPullPage(store, page([put('area', { id: 'a1', name: 'Efter' })]), now());
    expect(await store.compactIfNeeded()).toBe(false);
    expect(await store.idb.count('log')).toBe(snapshot + 1);
  });

  it('stores a big page and compacts a large log in chunks of 1000 rows that read back the same, here and in another tab', async () => {
    const units = Array.from({ length: 5100 }, (_, i) => put('unit', { id: `u${i}`, areaId: 'a1', name: `Enhed ${i}` }));
    const before = await store.idb.count('log');
    await applyPullPage(store, page(units), now());
    // Each record is read back in a task of its own at start: a big page is several records.
    expect(await store.idb.count('log')).toBe(before + 6);
    for (let i = 1; i < 64; i++) await applyPullPage(store, page([put('area', { id: 'a1', name: `Område ${i}` })]), now());
    const other = await openOther();
    expect(await store.compactIfNeeded()).toBe(true);
    const chunks = await store.idb.getAll('log');
    expect(chunks.map((chunk) => chunk.changes.length)).toEqual([1000, 1000, 1000, 1000, 1000, 5100 + 7 - 5000]);

    // A page after the compaction is read once, here and by the other tab.
    await applyPullPage(store, page([put('area', { id: 'a2', name: 'Nyt område' })]), now());
    const listener = vi.fn();
    other.onSynced(listener);
    await other.refresh();
    expect(listener).toHaveBeenCalledWith({ reset: true });
    for (const reader of [store, other, await openOther()]) {
      expect(reader.all('unit')).toHaveLength(5100);
      expect(reader.get('area', 'a1')?.name).toBe('Område 63');
      expect(reader.get('area', 'a2')?.name).toBe('Nyt område');
      expect(reader.get('person', me)?.name).toBe('Anna');
    }
    await other.refresh();
    expect(listener).toHaveBeenCalledTimes(1);

    // This tab goes on as before: the next page is told as just that page.
    const own = vi.fn();
    store.onSynced(own);
    const change = put('area', { id: 'a3', name: 'Endnu et område' });
    await applyPullPage(store, page([change]), now());
    expect(own.mock.calls).toEqual([[{ reset: false, changes: [change] }]]);
  });

  it('compacts a log whose rows are all gone into no records at all', async () => {
    const removals: Change[] = [
      { type: 'person', op: 'del', id: me }, { type: 'person', op: 'del', id: 'p-bo' },
      { type: 'competence', op: 'del', id: 'demens' }, { type: 'competence', op: 'del', id: 'kol' },
      { type: 'personCompetence', op: 'del', id: personCompetenceId(me, 'demens') },
      { type: 'personCompetence', op: 'del', id: personCompetenceId('p-bo', 'kol') },
    ];
    for (let i = 0; i < 63; i++) await applyPullPage(store, page(i === 62 ? removals : [put('area', { id: 'a1', name: `${i}` })]), now());
    await applyPullPage(store, page([{ type: 'area', op: 'del', id: 'a1' }]), now());
    expect(await store.compactIfNeeded()).toBe(true);
    expect(await store.idb.count('log')).toBe(0);
    expect(store.all('person')).toEqual([]);
  });
});
