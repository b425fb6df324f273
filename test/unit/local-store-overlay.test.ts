// The device store's reads with pending changes on top (get, all, ofPerson, the lists the
// screens use), the installation's clientId, and that a local write whose transaction
// fails leaves nothing behind, not even in memory.
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { ensureClientId, getMeta, setMeta } from '../../src/client/store/meta';
import { mutate } from '../../src/client/actions/mutate';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { listEventChanges, listPendingRemovals, listPersonCompetences } from '../../src/client/store/queries';
import type { Person, PersonCompetence } from '../../src/shared/entities';
import type { Change, PullResponse } from '../../src/shared/protocol';

const me = 'p-anna';
const other = 'p-bo';
const person = (id: string, name: string): Person =>
  ({ id, name, email: `${id}@fjordby.example`, title: '', phone: '', phoneHidden: false, bio: '', unitId: 'u1', roles: ['employee'], knowledgeSharer: false });
const competence = (id: string, name: string) => ({ id, name, category: 'Sundhed', synonyms: [], description: '' });
const held = (personId: string, competenceId: string, level = 2): PersonCompetence =>
  ({ id: `${personId}:${competenceId}`, personId, competenceId, level, canHelp: false, note: '' }) as PersonCompetence;
const put = (type: Change['type'], value: { id: string } & Record<string, unknown>): Change => ({ type, op: 'put', id: value.id, value } as Change);
const page = (changes: Change[]): PullResponse => ({ cursor: 'v1.9', more: false, reset: false, lastMutationId: 0, changes });
const now = () => new Date().toISOString();

let store: LocalStore;
beforeEach(async () => {
  store = await LocalStore.open(`overlay-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', me);
  await applyPullPage(store, page([
    put('person', person(me, 'Anna')), put('person', person(other, 'Bo')),
    // Names that sort differently by code point and by Danish rules: "Å" comes last in Danish.
    put('competence', competence('aeldre', 'Ældrepleje')), put('competence', competence('aa', 'Åndedræt')),
    put('competence', competence('demens', 'Demens')), put('competence', competence('bad', 'Bad og hygiejne')),
    put('personCompetence', held(me, 'aa')), put('personCompetence', held(me, 'demens')), put('personCompetence', held(me, 'aeldre')),
    put('personCompetence', held(other, 'demens')),
  ]), now());
});

describe('the installation\'s clientId', () => {
  it('is made once, kept under its key, and the same every time after', async () => {
    const first = await ensureClientId(store.idb);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getMeta(store.idb, 'clientId')).toBe(first);
    expect(await ensureClientId(store.idb)).toBe(first);
  });

  it('is the one already stored when there is one', async () => {
    await setMeta(store.idb, 'clientId', 'c-fra-sidst');
    expect(await ensureClientId(store.idb)).toBe('c-fra-sidst');
  });
});

describe('reads with pending changes on top', () => {
  it('hide a row pending removal and show a new one, in get, all and ofPerson alike', async () => {
    await mutate(store, 'competence.remove', { competenceId: 'demens' });
    await mutate(store, 'competence.set', { competenceId: 'bad', level: 3, canHelp: true });
    expect(store.get('personCompetence', `${me}:demens`)).toBeUndefined();
    expect(store.get('personCompetence', `${me}:bad`)).toMatchObject({ level: 3, canHelp: true });
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    expect(ids(store.all('personCompetence'))).toEqual([`${me}:aa`, `${me}:aeldre`, `${me}:bad`, `${other}:demens`]);
    expect(ids(store.ofPerson('personCompetence', me))).toEqual([`${me}:aa`, `${me}:aeldre`, `${me}:bad`]);
    // Another person's rows are theirs alone, whatever is pending here.
    expect(ids(store.ofPerson('personCompetence', other))).toEqual([`${other}:demens`]);
    // Types with nothing pending read straight from the synced rows.
    expect(ids(store.all('competence'))).toEqual(['aa', 'aeldre', 'bad', 'demens']);
  });

  it('forget a row the server deleted, in every read', async () => {
    await applyPullPage(store, page([
      { type: 'competence', op: 'del', id: 'bad' }, { type: 'personCompetence', op: 'del', id: `${me}:aeldre` },
    ]), now());
    expect(store.get('competence', 'bad')).toBeUndefined();
    expect(store.all('competence').map((c) => c.id).sort()).toEqual(['aa', 'aeldre', 'demens']);
    expect(store.ofPerson('personCompetence', me).map((c) => c.id).sort()).toEqual([`${me}:aa`, `${me}:demens`]);
  });

  it('list my competences by name in Danish order, marking what is pending', async () => {
    await mutate(store, 'competence.set', { competenceId: 'bad', level: 1, canHelp: false });
    const listed = listPersonCompetences(store, me);
    expect(listed.map((c) => [c.competence?.name, c.pending])).toEqual([
      ['Bad og hygiejne', true], ['Demens', false], ['Ældrepleje', false], ['Åndedræt', false],
    ]);
  });

  it('list my removals still waiting for the server, by name, and nobody else\'s', async () => {
    expect(listPendingRemovals(store, me)).toEqual([]);
    await mutate(store, 'competence.remove', { competenceId: 'aeldre' });
    await mutate(store, 'competence.remove', { competenceId: 'demens' });
    // Changed, not removed: not in the list.
    await mutate(store, 'competence.set', { competenceId: 'aa', level: 3, canHelp: true });
    // A row of someone else gone from this device's overlay (e.g. a stale pending change) is not mine.
    await store.commitLocal(async (_tx, rows) => { rows.delete('personCompetence', `${other}:demens`); });
    // A new competence set here and then removed never existed on the server: nothing to show.
    await mutate(store, 'competence.set', { competenceId: 'bad', level: 1, canHelp: false });
    await mutate(store, 'competence.remove', { competenceId: 'bad' });
    const removals = listPendingRemovals(store, me);
    expect(removals.map((r) => [r.row.id, r.competence?.name])).toEqual([
      [`${me}:demens`, 'Demens'], [`${me}:aeldre`, 'Ældrepleje'],
    ]);
    expect(removals[0]!.row).toEqual(held(me, 'demens'));
  });

  it('list the event changes waiting to go out and those refused, and no others', async () => {
    const seminarId = 's-1';
    await mutate(store, 'signup.request', { seminarId });
    await mutate(store, 'profile.update', { bio: 'Hej' });
    await mutate(store, 'checkin', { seminarId, code: 'kode' });
    await mutate(store, 'network.join', { networkId: 'n-1' });
    await mutate(store, 'attendance.set', { seminarId, personId: other, present: true });
    await mutate(store, 'seminar.cancel', { id: seminarId });
    await mutate(store, 'competence.set', { competenceId: 'bad', level: 1, canHelp: false });
    const refused = (id: number, name: string) => ({ id, name, args: {}, code: 'not_allowed', message: 'Nej', at: now() });
    for (const [i, name] of ['signup.cancel', 'learning.create', 'checkin', 'network.leave', 'seminar.update', 'attendance.set'].entries()) {
      await store.idb.put('rejected', refused(100 + i, name));
    }
    const { pending, refused: gone } = await listEventChanges(store);
    expect(pending.map((e) => e.name)).toEqual(['signup.request', 'checkin', 'attendance.set', 'seminar.cancel']);
    expect(pending[0]).toMatchObject({ args: { seminarId } });
    expect(gone.map((e) => e.name).sort()).toEqual(['attendance.set', 'checkin', 'seminar.update', 'signup.cancel']);
  });
});

describe('a local write whose transaction fails', () => {
  it('is refused as a whole: no pending row, not in memory either', async () => {
    await setMeta(store.idb, 'clientId', 'c-1');
    const failing = store.commitLocal(async (tx, rows) => {
      rows.put('person', { ...person(me, 'Anna'), bio: 'Aldrig gemt' });
      // A second clientId under the same key: the store refuses it and the transaction aborts.
      tx.objectStore('meta').add('c-2', 'clientId').catch(() => undefined);
    });
    await expect(failing).rejects.toThrow();
    expect(store.get('person', me)?.bio).toBe('');
    expect(store.isPending('person', me)).toBe(false);
    expect(await store.idb.count('overlay')).toBe(0);
  });

  it('leaves a pulled page untaken, in memory as in the database', async () => {
    await setMeta(store.idb, 'clientId', 'c-1');
    const failing = store.commitPage([put('person', { ...person(me, 'Anna'), bio: 'Fra serveren' })], false, async (tx) => {
      tx.objectStore('meta').add('c-2', 'clientId').catch(() => undefined);
    });
    await expect(failing).rejects.toThrow();
    expect(store.get('person', me)?.bio).toBe('');
    const reopened = await LocalStore.open(store.name);
    expect(reopened.get('person', me)?.bio).toBe('');
    reopened.close();
  });
});
