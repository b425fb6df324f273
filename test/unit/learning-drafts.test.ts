// Drafts of learnings on the device: kept as typed (the latest keystroke wins, none lost
// across a restart), one person's not shown to another, gone once published (also when
// the app stopped between the create and removing the draft); a refused learning comes
// back as a draft; a notice put off until tomorrow; and a version-4 database brought to 5.
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { writeTx } from '../../src/client/store/tx';
import { listOpenNotices, raiseNotices } from '../../src/client/store/notices';
import { createDraftSaver, getDraft, listDrafts } from '../../src/client/store/drafts';
import { dismissReflection, listOpenDrafts, refusedToDraft, snoozeNotice } from '../../src/client/store/learning-store';
import { mutate } from '../../src/client/actions/mutate';
import { DB_VERSION, type LearningDraft } from '../../src/client/store/schema';
import { newDraft, editDraft, createArgs, updateArgs } from '../../src/client/ui/learning/draft-fields';
import type { Learning } from '../../src/shared/entities';

const me = 'p-anna';
let name: string;
let store: LocalStore;
beforeEach(async () => {
  name = `drafts-${crypto.randomUUID()}`;
  store = await LocalStore.open(name);
  await setMeta(store.idb, 'personId', me);
});

const draft = (fields: Partial<LearningDraft> = {}): LearningDraft => ({ ...newDraft(me, new Date('2026-11-28T10:00:00.000Z')), ...fields });

describe('saving a draft as the person types', () => {
  it('keeps the last keystroke across a restart, however fast they came', async () => {
    const saver = createDraftSaver(store.idb);
    const start = draft();
    const text = 'Hvad lærte jeg? At musik åbner for kontakt';
    // Every keystroke asks for a save without waiting for the one before.
    const saves = [...text].map((_, i) => saver.save({ ...start, body: text.slice(0, i + 1), updatedAt: new Date(Date.UTC(2026, 10, 28, 10, 0, i)).toISOString() }));
    await Promise.all(saves);
    store.close();
    store = await LocalStore.open(name);
    expect((await getDraft(store.idb, start.id))?.body).toBe(text);
  });

  it('lists only my drafts, the latest edited first', async () => {
    const saver = createDraftSaver(store.idb);
    await saver.save(draft({ id: 'a', title: 'Ældre', updatedAt: '2026-11-28T09:00:00.000Z' }));
    await saver.save(draft({ id: 'b', title: 'Nyere', updatedAt: '2026-11-28T11:00:00.000Z' }));
    await saver.save(draft({ id: 'c', personId: 'p-bo', title: 'Bos' }));
    expect((await listDrafts(store.idb, me)).map((d) => d.title)).toEqual(['Nyere', 'Ældre']);
  });

  it('drops a new learning\'s draft once its create was made (the app stopped before the draft went)', async () => {
    const saver = createDraftSaver(store.idb);
    const published = draft({ title: 'Udgivet' });
    const open = draft({ title: 'Stadig kladde' });
    await saver.save(published);
    await saver.save(open);
    await mutate(store, 'learning.create', createArgs(published));
    expect((await listOpenDrafts(store, me)).map((d) => d.title)).toEqual(['Stadig kladde']);
    expect(await getDraft(store.idb, published.id)).toBeUndefined();
  });
});

describe('a draft becomes a mutation', () => {
  const learning: Learning = {
    id: 'l-1', authorId: me, authorName: '', title: 'Titel', body: 'Tekst', application: '', sourceKind: 'course', seminarId: null,
    competenceIds: ['demens'], dlo: [5, 10], visibility: 'unit', conflicts: [], createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z', version: 4,
  };

  it('creates with trimmed texts, sorted DLO and the chosen network', () => {
    const args = createArgs(draft({ title: '  Musik  ', body: 'Tekst\n', dlo: [9, 5], visibility: 'network', networkId: 'n-demens' }));
    expect(args).toMatchObject({ title: 'Musik', body: 'Tekst', application: '', dlo: [5, 9], visibility: { network: 'n-demens' } });
  });

  it('an edit sends its base and only what changed; a merge sends the texts whole with the merged versions', () => {
    const edit = editDraft(me, learning, new Date());
    expect(updateArgs({ ...edit, body: 'Ny tekst', dlo: [10, 5] }, learning)).toEqual({ id: 'l-1', baseVersion: 4, body: 'Ny tekst' });
    expect(updateArgs({ ...edit, visibility: 'organization' }, { ...learning, version: 7 })).toEqual({ id: 'l-1', baseVersion: 4, visibility: 'organization' });
    expect(updateArgs({ ...edit, resolvedConflicts: ['2026-11-28T08:00:00.000Z'] }, learning)).toEqual({
      id: 'l-1', baseVersion: 4, title: 'Titel', body: 'Tekst', application: '', resolvedConflicts: ['2026-11-28T08:00:00.000Z'],
    });
  });
});

describe('a refused learning keeps its text', () => {
  it('comes back as a new draft with all it said, and leaves the refused list in the same step', async () => {
    await store.idb.put('rejected', {
      id: 3, name: 'learning.create', code: 'learning_network_not_member', message: 'Du er ikke medlem af netværket.', at: '2026-11-28T10:00:00.000Z',
      args: { id: 'c4d1c5a4-1111-4f0e-8a55-0d5e8e1f2a01', title: 'Min læring', body: 'Lang tekst', sourceKind: 'network', visibility: { network: 'n-x' }, dlo: [3] },
    });
    const entry = (await store.idb.get('rejected', 3))!;
    const id = await refusedToDraft(store, entry, me);
    expect(id).not.toBe('c4d1c5a4-1111-4f0e-8a55-0d5e8e1f2a01');
    expect(await getDraft(store.idb, id!)).toMatchObject({
      mode: 'new', title: 'Min læring', body: 'Lang tekst', sourceKind: 'network', visibility: 'network', networkId: 'n-x', dlo: [3],
    });
    expect(await store.idb.count('rejected')).toBe(0);
  });

  it('a refused edit comes back as the edit of that learning, its changed fields over the learning as the device has it', async () => {
    await store.idb.put('rejected', {
      id: 4, name: 'learning.update', code: 'learning_not_author', message: 'Kun forfatteren kan rette.', at: '2026-11-28T10:00:00.000Z',
      args: { id: 'l-9', baseVersion: 2, body: 'Min rettelse' },
    });
    const id = await refusedToDraft(store, (await store.idb.get('rejected', 4))!, me);
    expect(id).toBe('l-9');
    expect(await getDraft(store.idb, 'l-9')).toMatchObject({ mode: 'edit', baseVersion: 2, body: 'Min rettelse' });
  });
});

describe('the reflection notice', () => {
  it('put off until tomorrow is hidden until then, and goes once a learning from the event is written', async () => {
    const tx = writeTx(store.idb);
    await raiseNotices(tx, [{ id: 'reflection:s-1', kind: 'reflection', vars: { name: 'Temadag', seminarId: 's-1' } }], '2026-11-28T10:00:00.000Z');
    await tx.done;
    await snoozeNotice(store, 'reflection:s-1', new Date('2026-11-29T07:00:00.000Z'));
    expect(await listOpenNotices(store.idb, '2026-11-28T20:00:00.000Z')).toEqual([]);
    expect((await listOpenNotices(store.idb, '2026-11-29T07:00:01.000Z')).map((n) => n.id)).toEqual(['reflection:s-1']);
    await dismissReflection(store, 's-1');
    expect(await listOpenNotices(store.idb, '2026-11-30T00:00:00.000Z')).toEqual([]);
  });
});

describe('the database', () => {
  it('comes from version 4 to 5 with the drafts store added and everything kept', async () => {
    expect(DB_VERSION).toBe(5);
    const old = `v4-${crypto.randomUUID()}`;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(old, 4);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('log', { autoIncrement: true }).add({ changes: [{ type: 'area', op: 'put', id: 'a1', value: { id: 'a1', name: 'Ældre og sundhed' } }] });
        db.createObjectStore('overlay', { keyPath: 'key' });
        db.createObjectStore('outbox', { keyPath: 'id' }).put({ id: 2, name: 'profile.update', args: { bio: 'fra v4' }, createdAt: '2026-11-27T10:00:00.000Z' });
        db.createObjectStore('rejected', { keyPath: 'id' }).createIndex('byAt', 'at');
        db.createObjectStore('parked', { keyPath: 'personId' });
        db.createObjectStore('notices', { keyPath: 'id' }).put({ id: 'waitlistPromoted:s-1', kind: 'waitlistPromoted', vars: {}, at: '2026-11-27T10:00:00.000Z', dismissed: false });
        db.createObjectStore('meta').put('v1.k', 'cursor');
      };
      request.onsuccess = () => { request.result.close(); resolve(); };
      request.onerror = () => reject(request.error);
    });
    const upgraded = await LocalStore.open(old);
    expect([...upgraded.idb.objectStoreNames]).toContain('drafts');
    expect(await upgraded.idb.count('outbox')).toBe(1);
    expect(await upgraded.idb.count('notices')).toBe(1);
    expect(await upgraded.idb.get('meta', 'cursor')).toBe('v1.k');
    expect(upgraded.get('area', 'a1')?.name).toBe('Ældre og sundhed');
    expect(await listDrafts(upgraded.idb, me)).toEqual([]);
    upgraded.close();
  });
});
