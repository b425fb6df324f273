// The device store: optimistic overlay rows, the log of pulled pages, and how a pulled
// page replaces pending rows with the server's truth.
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { getMeta, setMeta } from '../../src/client/store/meta';
import { mutate } from '../../src/client/actions/mutate';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { countOutbox, readUnsent, renumberOutbox, settleOutbox } from '../../src/client/store/outbox';
import { listPersonCompetences } from '../../src/client/store/queries';
import type { PullResponse } from '../../src/shared/protocol';

const me = 'p-anna';
const person = { id: me, name: 'Anna', email: 'anna@fjordby.example', title: 'SSH', phone: '1', phoneHidden: false, bio: '', unitId: 'u1', roles: ['employee'], knowledgeSharer: false };
const demens = { id: 'demens', name: 'Demens', category: 'Sundhed', synonyms: ['Alzheimers'], description: '' };
const page = (changes: PullResponse['changes'], lastMutationId = 0, extra: Partial<PullResponse> = {}): PullResponse =>
  ({ cursor: 'v1.9', more: false, reset: false, lastMutationId, changes, ...extra });
const now = () => new Date().toISOString();

let store: LocalStore;
beforeEach(async () => {
  store = await LocalStore.open(`unit-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', me);
  await applyPullPage(store, page([
    { type: 'person', op: 'put', id: me, value: person },
    { type: 'competence', op: 'put', id: 'demens', value: demens },
  ]), now());
});

describe('a local change', () => {
  it('writes the optimistic row and the outbox entry together, with gap-free ids', async () => {
    expect(await mutate(store, 'competence.set', { competenceId: 'demens', level: 2, canHelp: true })).toBe(1);
    expect(await mutate(store, 'profile.update', { bio: 'Hej' })).toBe(2);
    expect(await countOutbox(store.idb)).toBe(2);
    expect(await store.idb.count('overlay')).toBe(2);
    const [mine] = listPersonCompetences(store, me);
    expect(mine).toMatchObject({ pending: true, row: { level: 2, canHelp: true } });
    expect(store.get('person', me)?.bio).toBe('Hej');
  });

  it('is refused before queueing when its arguments are malformed', async () => {
    await expect(mutate(store, 'competence.set', { competenceId: 'demens', level: 7 as never, canHelp: true })).rejects.toThrow();
    expect(await countOutbox(store.idb)).toBe(0);
  });

  it('is there when the app opens again', async () => {
    await mutate(store, 'competence.set', { competenceId: 'demens', level: 3, canHelp: false });
    store.close();
    const reopened = await LocalStore.open(store.name);
    expect(reopened.get('competence', 'demens')).toEqual(demens);
    expect(listPersonCompetences(reopened, me)[0]).toMatchObject({ pending: true, row: { level: 3 } });
    reopened.close();
  });
});

describe('applying a pulled page', () => {
  it('keeps pending changes on top of what the server sends', async () => {
    await mutate(store, 'profile.update', { bio: 'Min tekst' });
    await applyPullPage(store, page([{ type: 'person', op: 'put', id: me, value: { ...person, title: 'Sygeplejerske' } }]), now());
    expect(store.get('person', me)).toMatchObject({ title: 'Sygeplejerske', bio: 'Min tekst' });
    expect(store.isPending('person', me)).toBe(true);
  });

  it('drops what the server has handled and shows the server truth', async () => {
    await mutate(store, 'competence.set', { competenceId: 'demens', level: 3, canHelp: false });
    const serverRow = { id: `${me}:demens`, personId: me, competenceId: 'demens', level: 2, canHelp: false, note: '' };
    await applyPullPage(store, page([{ type: 'personCompetence', op: 'put', id: serverRow.id, value: serverRow }], 1), now());
    expect(await countOutbox(store.idb)).toBe(0);
    expect(store.isPending('personCompetence', serverRow.id)).toBe(false);
    expect(listPersonCompetences(store, me)[0]?.row).toEqual(serverRow);
  });

  it('keeps an accepted change on screen until the last page of the pull', async () => {
    await mutate(store, 'competence.set', { competenceId: 'demens', level: 3, canHelp: true });
    await settleOutbox(store.idb, 1, []); // the server accepted it
    expect(await readUnsent(store.idb, 500, 1e6)).toEqual([]); // not sent again
    await applyPullPage(store, page([], 1, { more: true }), now());
    expect(listPersonCompetences(store, me)[0]?.row.level).toBe(3);
    const serverRow = { id: `${me}:demens`, personId: me, competenceId: 'demens', level: 3, canHelp: true, note: '' };
    await applyPullPage(store, page([{ type: 'personCompetence', op: 'put', id: serverRow.id, value: serverRow }], 1), now());
    expect(await countOutbox(store.idb)).toBe(0);
    expect(listPersonCompetences(store, me)[0]).toMatchObject({ pending: false, row: serverRow });
  });

  it('undoes a refused change once the server has judged it', async () => {
    await mutate(store, 'competence.set', { competenceId: 'demens', level: 1, canHelp: false });
    await settleOutbox(store.idb, 1, [{ id: 1, name: 'competence.set', args: {}, code: 'competence_not_found', message: 'Kompetencen findes ikke længere', at: now() }]);
    await applyPullPage(store, page([], 1), now());
    expect(listPersonCompetences(store, me)).toEqual([]);
    expect(await store.idb.count('rejected')).toBe(1);
  });

  it('on reset replaces all synced rows but keeps the outbox', async () => {
    await mutate(store, 'competence.set', { competenceId: 'demens', level: 1, canHelp: true });
    await applyPullPage(store, page([{ type: 'person', op: 'put', id: me, value: person }], 0, { reset: true }), now());
    expect(store.get('competence', 'demens')).toBeUndefined();
    expect(await countOutbox(store.idb)).toBe(1);
    expect(listPersonCompetences(store, me)).toHaveLength(1); // replayed on the fresh state
  });

  it('applies deletes, and another tab sees what this one pulled', async () => {
    const other = await LocalStore.open(store.name);
    await applyPullPage(store, page([{ type: 'competence', op: 'del', id: 'demens' }]), now());
    expect(store.get('competence', 'demens')).toBeUndefined();
    expect(other.get('competence', 'demens')).toEqual(demens);
    await other.refresh();
    expect(other.get('competence', 'demens')).toBeUndefined();
    other.close();
  });

  it('compacts a long log into chunks without changing what is read', async () => {
    for (let i = 0; i < 70; i++) {
      await applyPullPage(store, page([{ type: 'unit', op: 'put', id: `u${i % 5}`, value: { id: `u${i % 5}`, areaId: 'a1', name: `Enhed ${i}` } }]), now());
    }
    const before = store.all('unit').sort((a, b) => a.id.localeCompare(b.id));
    expect(await store.compactIfNeeded()).toBe(true);
    expect(await store.idb.count('log')).toBe(1);
    const reopened = await LocalStore.open(store.name);
    expect(reopened.all('unit').sort((a, b) => a.id.localeCompare(b.id))).toEqual(before);
    expect(reopened.get('person', me)).toEqual(person);
    reopened.close();
  });

  it('renumbers waiting changes into the gap the server expects, keeping their order and arguments', async () => {
    for (let i = 1; i <= 7; i++) await mutate(store, 'profile.update', { bio: `tekst ${i}` });
    // 1–4 were accepted and confirmed by a pull: the outbox now holds 5, 6, 7.
    await settleOutbox(store.idb, 4, []);
    await applyPullPage(store, page([], 4), now());
    expect((await store.idb.getAll('outbox')).map((e) => e.id)).toEqual([5, 6, 7]);
    expect(await getMeta(store.idb, 'pushedUpTo')).toBe(4);
    expect(await getMeta(store.idb, 'nextMutationId')).toBe(8);

    // The server was restored from a backup and only knows 1–2: it answers 409, expected 3.
    await renumberOutbox(store.idb, 3);
    const outbox = await store.idb.getAll('outbox');
    expect(outbox.map((e) => [e.id, e.name, e.args])).toEqual([
      [3, 'profile.update', { bio: 'tekst 5' }],
      [4, 'profile.update', { bio: 'tekst 6' }],
      [5, 'profile.update', { bio: 'tekst 7' }],
    ]);
    expect(await getMeta(store.idb, 'nextMutationId')).toBe(6);
    expect(await getMeta(store.idb, 'pushedUpTo')).toBe(2);
    // All three go out again, from the id the server expects; nothing left behind under the old ids.
    expect((await readUnsent(store.idb, 500, 1e6)).map((e) => e.id)).toEqual([3, 4, 5]);
    expect(await countOutbox(store.idb)).toBe(3);
    // The next change follows on without a gap, and the screen still shows the latest text.
    expect(await mutate(store, 'profile.update', { bio: 'tekst 8' })).toBe(6);
    expect((await store.idb.getAll('outbox')).map((e) => e.id)).toEqual([3, 4, 5, 6]);
    expect(store.get('person', me)?.bio).toBe('tekst 8');
  });

  it('resends everything when the server lost its whole count', async () => {
    await mutate(store, 'profile.update', { bio: 'a' });
    await mutate(store, 'profile.update', { bio: 'b' });
    await settleOutbox(store.idb, 2, []);
    expect(await readUnsent(store.idb, 500, 1e6)).toEqual([]);
    await renumberOutbox(store.idb, 1);
    expect((await readUnsent(store.idb, 500, 1e6)).map((e) => [e.id, e.args])).toEqual([[1, { bio: 'a' }], [2, { bio: 'b' }]]);
    expect(await mutate(store, 'profile.update', { bio: 'c' })).toBe(3);
  });
});

describe('upgrading a version-1 device database', () => {
  it('keeps the outbox and asks for a full pull into the new layout', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        for (const type of ['area', 'unit', 'person', 'competence', 'personCompetence', 'network', 'membership', 'networkTask', 'seminar', 'signup', 'learning', 'coreKnowledge']) {
          db.createObjectStore(type, { keyPath: 'id' });
        }
        db.createObjectStore('outbox', { keyPath: 'id' }).put({ id: 1, name: 'profile.update', args: { bio: 'fra v1' }, createdAt: now() });
        db.createObjectStore('pending', { keyPath: 'key' });
        db.createObjectStore('rejected', { keyPath: 'id' }).createIndex('byAt', 'at');
        const meta = db.createObjectStore('meta');
        meta.put('v1.abc', 'cursor');
        meta.put(me, 'personId');
      };
      request.onsuccess = () => { request.result.close(); resolve(); };
      request.onerror = () => reject(request.error);
    });
    const upgraded = await LocalStore.open(name);
    expect(await upgraded.idb.getAll('outbox')).toHaveLength(1);
    expect(await upgraded.idb.get('meta', 'cursor')).toBeUndefined();
    expect(await upgraded.idb.get('meta', 'personId')).toBe(me);
    // The one-store-per-type layout is gone; the log, overlay and what the user made are there.
    const stores = [...upgraded.idb.objectStoreNames];
    expect(stores).toEqual(expect.arrayContaining(['log', 'meta', 'outbox', 'overlay', 'rejected']));
    for (const old of ['person', 'personCompetence', 'signup', 'pending']) expect(stores).not.toContain(old);
    upgraded.close();
  });
});
