// The learning log's device reads and writes beyond the synced rows (store/learning-store.ts):
// the learning changes waiting or refused, the drafts still open (a new one whose learning
// exists goes), a notice put off or dismissed, and a refused learning back as a draft.
import { beforeEach, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../src/client/store/local-store';
import { signedInStore } from '../support/signed-in-store';
import { writeTx } from '../../src/client/store/tx';
import { raiseNotices } from '../../src/client/store/notices';
import { listDrafts } from '../../src/client/store/drafts';
import {
  deleteDraft, dismissReflection, draftSaver, getDraft, listLearningChanges, listOpenDrafts, refusedToDraft, snoozeNotice,
} from '../../src/client/store/learning-store';
import { mutate } from '../../src/client/actions/mutate';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import type { LearningDraft, NoticeEntry, OutboxEntry, RejectedEntry } from '../../src/client/store/schema';
import type { Learning } from '../../src/shared/entities';
import type { Change, PullResponse } from '../../src/shared/protocol';

const me = 'p-anna';
const other = 'p-bo';
const now = new Date('2026-11-28T10:00:00.000Z');
const page = (changes: Change[]): PullResponse => ({ cursor: 'v1.9', more: false, reset: false, lastMutationId: 0, changes });
const putLearning = (value: Learning): Change => ({ type: 'learning', op: 'put', id: value.id, value } as Change);

const learning = (fields: Partial<Learning> = {}): Learning => ({
  id: 'l-1', authorId: me, authorName: '', title: 'Musik i demensplejen', body: 'Fælles sang gav ro ved aftensmaden.',
  application: 'Vi synger før maden på afdeling B.', sourceKind: 'course', seminarId: 's-7', competenceIds: ['demens', 'musik'],
  dlo: [2, 5], visibility: { network: 'n-demens' }, conflicts: [], createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-21T10:00:00.000Z', version: 3, ...fields,
});

const draft = (fields: Partial<LearningDraft> = {}): LearningDraft => ({
  id: crypto.randomUUID(), personId: me, mode: 'new', baseVersion: null, title: 'Kladde', body: 'Halvt skrevet tekst',
  application: '', sourceKind: 'course', seminarId: null, competenceIds: [], dlo: [], visibility: 'unit', networkId: '',
  resolvedConflicts: [], updatedAt: '2026-11-28T09:00:00.000Z', ...fields,
});

const rejected = (fields: Partial<RejectedEntry> & Pick<RejectedEntry, 'id' | 'name' | 'args'>): RejectedEntry => ({
  code: 'learning_network_not_member', message: 'Du er ikke medlem af netværket.', at: '2026-11-28T09:30:00.000Z', ...fields,
});

let store: LocalStore;
beforeEach(async () => { store = await signedInStore(me, 'learning-store'); });

describe('listLearningChanges', () => {
  it('returns only the waiting and refused changes named learning.*', async () => {
    const outbox: OutboxEntry[] = [
      { id: 101, name: 'learning.create', args: { id: 'c4d1c5a4-1111-4f0e-8a55-0d5e8e1f2a01', title: 'Ny viden', body: '', sourceKind: 'other', visibility: 'private' }, createdAt: '2026-11-28T09:00:00.000Z' },
      { id: 102, name: 'competence.set', args: { competenceId: 'demens', level: 3, canHelp: true }, createdAt: '2026-11-28T09:01:00.000Z' },
      { id: 103, name: 'learning.update', args: { id: 'l-1', baseVersion: 3, title: 'Rettet titel' }, createdAt: '2026-11-28T09:02:00.000Z' },
      { id: 104, name: 'xlearning.create' as OutboxEntry['name'], args: { id: 'x' }, createdAt: '2026-11-28T09:03:00.000Z' },
    ];
    const refused: RejectedEntry[] = [
      rejected({ id: 7, name: 'profile.update', args: { bio: 'Sygeplejerske i Fjordby' } }),
      rejected({ id: 8, name: 'learning.delete', args: { id: 'l-2' } }),
      rejected({ id: 9, name: 'xlearning.update', args: { id: 'l-3' } }),
      rejected({ id: 10, name: 'learning.create', args: { id: 'c4d1c5a4-2222-4f0e-8a55-0d5e8e1f2a02', title: 'Afvist' } }),
    ];
    for (const entry of outbox) await store.idb.put('outbox', entry);
    for (const entry of refused) await store.idb.put('rejected', entry);
    expect(await listLearningChanges(store)).toStrictEqual({ pending: [outbox[0], outbox[2]], refused: [refused[1], refused[3]] });
  });

  it('returns empty lists when nothing of the learning log waits', async () => {
    await store.idb.put('outbox', { id: 1, name: 'competence.remove', args: { competenceId: 'demens' }, createdAt: '2026-11-28T09:00:00.000Z' });
    await store.idb.put('rejected', rejected({ id: 2, name: 'competence.set', args: { competenceId: 'bad', level: 2, canHelp: false } }));
    expect(await listLearningChanges(store)).toStrictEqual({ pending: [], refused: [] });
  });
});

describe('listOpenDrafts', () => {
  it('drops (also from IndexedDB) a new draft whose learning is pending or exists, keeps the rest, only mine', async () => {
    await applyPullPage(store, page([putLearning(learning({ id: 'l-synced' })), putLearning(learning({ id: 'l-edited' }))]), now.toISOString());
    const overlayId = 'c4d1c5a4-3333-4f0e-8a55-0d5e8e1f2a03';
    await mutate(store, 'learning.create', { id: overlayId, title: 'Lavet lokalt', body: 'Tekst', sourceKind: 'colleague', visibility: 'unit' });
    // A create waiting in the outbox without a row on the device yet (written directly).
    await store.idb.put('outbox', { id: 101, name: 'learning.create', args: { id: 'd-pending', title: 'Venter', body: '', sourceKind: 'other', visibility: 'private' }, createdAt: '2026-11-28T09:00:00.000Z' });
    // Not a create: a draft of that id stays.
    await store.idb.put('outbox', { id: 102, name: 'learning.update', args: { id: 'd-updated', baseVersion: 1, title: 'Ændret' }, createdAt: '2026-11-28T09:01:00.000Z' });
    await store.idb.put('outbox', { id: 103, name: 'xlearning.create' as OutboxEntry['name'], args: { id: 'd-x' }, createdAt: '2026-11-28T09:02:00.000Z' });

    const pending = draft({ id: 'd-pending', updatedAt: '2026-11-28T08:00:00.000Z' });
    const synced = draft({ id: 'l-synced', updatedAt: '2026-11-28T08:01:00.000Z' });
    const overlay = draft({ id: overlayId, updatedAt: '2026-11-28T08:02:00.000Z' });
    const fresh = draft({ id: 'd-fresh', title: 'Stadig kladde', updatedAt: '2026-11-28T08:03:00.000Z' });
    const updated = draft({ id: 'd-updated', title: 'Ny med opdatering', updatedAt: '2026-11-28T08:04:00.000Z' });
    const x = draft({ id: 'd-x', title: 'Ikke læring', updatedAt: '2026-11-28T08:05:00.000Z' });
    const edit = draft({ id: 'l-edited', mode: 'edit', baseVersion: 3, title: 'Min rettelse', updatedAt: '2026-11-28T08:06:00.000Z' });
    const bos = draft({ id: 'd-bo', personId: other, title: 'Bos kladde', updatedAt: '2026-11-28T08:07:00.000Z' });
    for (const d of [pending, synced, overlay, fresh, updated, x, edit, bos]) await store.idb.put('drafts', d);

    expect(await listOpenDrafts(store, me)).toStrictEqual([edit, x, updated, fresh]);
    expect(await store.idb.get('drafts', 'd-pending')).toBeUndefined();
    expect(await store.idb.get('drafts', 'l-synced')).toBeUndefined();
    expect(await store.idb.get('drafts', overlayId)).toBeUndefined();
    expect((await store.idb.getAll('drafts')).map((d) => d.id).sort()).toEqual(['d-bo', 'd-fresh', 'd-updated', 'd-x', 'l-edited']);
    expect(await store.idb.get('drafts', 'd-bo')).toStrictEqual(bos);
    expect(await listOpenDrafts(store, other)).toStrictEqual([bos]);
  });

  it('keeps an edit draft even when its id is pending as a create', async () => {
    await store.idb.put('outbox', { id: 101, name: 'learning.create', args: { id: 'd-1', title: 'Venter', body: '', sourceKind: 'other', visibility: 'private' }, createdAt: '2026-11-28T09:00:00.000Z' });
    const edit = draft({ id: 'd-1', mode: 'edit', baseVersion: 0 });
    await store.idb.put('drafts', edit);
    expect(await listOpenDrafts(store, me)).toStrictEqual([edit]);
    expect(await store.idb.get('drafts', 'd-1')).toStrictEqual(edit);
  });
});

describe('snoozeNotice', () => {
  const raise = async (id: string, at: string) => {
    const tx = writeTx(store.idb);
    await raiseNotices(tx, [{ id, kind: 'reflection', vars: { name: 'Temadag om demens', seminarId: id.slice(id.indexOf(':') + 1) } }], at);
    await tx.done;
  };

  it('sets snoozedUntil and keeps the rest', async () => {
    await raise('reflection:s-1', '2026-11-28T10:00:00.000Z');
    await raise('reflection:s-2', '2026-11-28T10:00:00.000Z');
    const before = (await store.idb.get('notices', 'reflection:s-1'))!;
    const untouched = (await store.idb.get('notices', 'reflection:s-2'))!;
    await snoozeNotice(store, 'reflection:s-1', new Date('2026-11-29T07:00:00.000Z'));
    expect(await store.idb.get('notices', 'reflection:s-1')).toStrictEqual({ ...before, snoozedUntil: '2026-11-29T07:00:00.000Z' });
    expect(before).toStrictEqual({ id: 'reflection:s-1', kind: 'reflection', vars: { name: 'Temadag om demens', seminarId: 's-1' }, at: '2026-11-28T10:00:00.000Z', dismissed: false });
    expect(await store.idb.get('notices', 'reflection:s-2')).toStrictEqual(untouched);
  });

  it('does nothing for a notice not there', async () => {
    await raise('reflection:s-1', '2026-11-28T10:00:00.000Z');
    const before = await store.idb.getAll('notices');
    await snoozeNotice(store, 'reflection:s-9', new Date('2026-11-29T07:00:00.000Z'));
    expect(await store.idb.get('notices', 'reflection:s-9')).toBeUndefined();
    expect(await store.idb.getAll('notices')).toStrictEqual(before);
  });
});

describe('dismissReflection', () => {
  // Recent enough never to be cleared out as long dismissed.
  const recent = new Date().toISOString();
  const notice = (id: string, fields: Partial<NoticeEntry> = {}): NoticeEntry =>
    ({ id, kind: 'reflection', vars: { name: 'Temadag', seminarId: id.slice(id.indexOf(':') + 1) }, at: recent, dismissed: false, ...fields });

  it('marks the event\'s reflection notice dismissed, nothing else', async () => {
    await store.idb.put('notices', notice('reflection:s-1'));
    await store.idb.put('notices', notice('reflection:s-2'));
    await store.idb.put('notices', notice('waitlistPromoted:s-1', { kind: 'waitlistPromoted' }));
    await dismissReflection(store, 's-1');
    expect(await store.idb.getAll('notices')).toStrictEqual([
      notice('reflection:s-1', { dismissed: true }), notice('reflection:s-2'), notice('waitlistPromoted:s-1', { kind: 'waitlistPromoted' }),
    ]);
  });

  it('does nothing when the event has no reflection notice (not even clearing out old ones)', async () => {
    // A long-dismissed notice: dismissing any notice would clear it out on the way.
    const old = notice('reflection:s-0', { at: '2020-01-01T10:00:00.000Z', dismissed: true });
    await store.idb.put('notices', old);
    await store.idb.put('notices', notice('reflection:s-2'));
    await dismissReflection(store, 's-1');
    expect(await store.idb.getAll('notices')).toStrictEqual([old, notice('reflection:s-2')]);
  });
});

describe('refusedToDraft', () => {
  it('a refused create comes back as a new draft under a new id, with every field of its args', async () => {
    const args = {
      id: 'c4d1c5a4-1111-4f0e-8a55-0d5e8e1f2a01', title: 'Min læring', body: 'Lang tekst om forflytning', application: 'Bruges ved morgenplejen',
      sourceKind: 'network', seminarId: 's-3', competenceIds: ['forflytning'], dlo: [3, 7], visibility: { network: 'n1' },
    };
    const entry = rejected({ id: 3, name: 'learning.create', args });
    await store.idb.put('rejected', entry);
    await store.idb.put('rejected', rejected({ id: 4, name: 'profile.update', args: { bio: 'x' } }));
    const id = await refusedToDraft(store, entry, me, now);
    expect(id).not.toBe(args.id);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await store.idb.get('drafts', id!)).toStrictEqual({
      id, personId: me, mode: 'new', baseVersion: null, title: 'Min læring', body: 'Lang tekst om forflytning',
      application: 'Bruges ved morgenplejen', sourceKind: 'network', seminarId: 's-3', competenceIds: ['forflytning'], dlo: [3, 7],
      visibility: 'network', networkId: 'n1', resolvedConflicts: [], updatedAt: '2026-11-28T10:00:00.000Z',
    });
    expect(await store.idb.getAllKeys('rejected')).toEqual([4]);
    expect(await store.idb.count('drafts')).toBe(1);
  });

  it('a refused create with few fields gets the defaults for the rest; a chosen visibility is kept', async () => {
    const entry = rejected({ id: 5, name: 'learning.create', args: { id: 'c4d1c5a4-1111-4f0e-8a55-0d5e8e1f2a05' } });
    await store.idb.put('rejected', entry);
    const id = await refusedToDraft(store, entry, me, now);
    expect(await store.idb.get('drafts', id!)).toStrictEqual({
      id, personId: me, mode: 'new', baseVersion: null, title: '', body: '', application: '', sourceKind: 'other', seminarId: null,
      competenceIds: [], dlo: [], visibility: 'private', networkId: '', resolvedConflicts: [], updatedAt: '2026-11-28T10:00:00.000Z',
    });

    const unit = rejected({ id: 6, name: 'learning.create', args: { id: 'c4d1c5a4-1111-4f0e-8a55-0d5e8e1f2a06', title: 'For afdelingen', visibility: 'unit' } });
    await store.idb.put('rejected', unit);
    const unitId = await refusedToDraft(store, unit, other, now);
    expect(await store.idb.get('drafts', unitId!)).toStrictEqual({
      id: unitId, personId: other, mode: 'new', baseVersion: null, title: 'For afdelingen', body: '', application: '', sourceKind: 'other',
      seminarId: null, competenceIds: [], dlo: [], visibility: 'unit', networkId: '', resolvedConflicts: [], updatedAt: '2026-11-28T10:00:00.000Z',
    });
    expect(await store.idb.count('rejected')).toBe(0);
  });

  it('a refused update comes back as the edit of that learning: the device\'s learning under the changed fields', async () => {
    await applyPullPage(store, page([putLearning(learning())]), now.toISOString());
    const entry = rejected({ id: 4, name: 'learning.update', code: 'learning_not_author', args: { id: 'l-1', baseVersion: 2, title: 'Sang før maden' } });
    await store.idb.put('rejected', entry);
    expect(await refusedToDraft(store, entry, me, now)).toBe('l-1');
    expect(await store.idb.get('drafts', 'l-1')).toStrictEqual({
      id: 'l-1', personId: me, mode: 'edit', baseVersion: 2, title: 'Sang før maden', body: 'Fælles sang gav ro ved aftensmaden.',
      application: 'Vi synger før maden på afdeling B.', sourceKind: 'course', seminarId: 's-7', competenceIds: ['demens', 'musik'],
      dlo: [2, 5], visibility: 'network', networkId: 'n-demens', resolvedConflicts: [], updatedAt: '2026-11-28T10:00:00.000Z',
    });
    expect(await store.idb.count('rejected')).toBe(0);
  });

  it('a refused update that changed every field takes them all over the device\'s learning', async () => {
    await applyPullPage(store, page([putLearning(learning({ visibility: 'unit' }))]), now.toISOString());
    const entry = rejected({
      id: 4, name: 'learning.update', args: {
        id: 'l-1', baseVersion: 3, title: 'Ny titel', body: 'Ny tekst', application: 'Ny anvendelse', sourceKind: 'conference',
        seminarId: null, competenceIds: ['hygiejne'], dlo: [11], visibility: 'organization',
      },
    });
    await store.idb.put('rejected', entry);
    expect(await refusedToDraft(store, entry, me, now)).toBe('l-1');
    expect(await store.idb.get('drafts', 'l-1')).toStrictEqual({
      id: 'l-1', personId: me, mode: 'edit', baseVersion: 3, title: 'Ny titel', body: 'Ny tekst', application: 'Ny anvendelse',
      sourceKind: 'conference', seminarId: null, competenceIds: ['hygiejne'], dlo: [11], visibility: 'organization', networkId: '',
      resolvedConflicts: [], updatedAt: '2026-11-28T10:00:00.000Z',
    });
  });

  it('a refused update of a learning the device does not have keeps the defaults under the changed fields', async () => {
    const entry = rejected({ id: 4, name: 'learning.update', args: { id: 'l-ukendt', baseVersion: 1, body: 'Min rettelse' } });
    await store.idb.put('rejected', entry);
    expect(await refusedToDraft(store, entry, me, now)).toBe('l-ukendt');
    expect(await store.idb.get('drafts', 'l-ukendt')).toStrictEqual({
      id: 'l-ukendt', personId: me, mode: 'edit', baseVersion: 1, title: '', body: 'Min rettelse', application: '', sourceKind: 'other',
      seminarId: null, competenceIds: [], dlo: [], visibility: 'private', networkId: '', resolvedConflicts: [], updatedAt: '2026-11-28T10:00:00.000Z',
    });
  });

  it('keeps an edit draft already there, yet removes the refused entry and returns the id', async () => {
    await applyPullPage(store, page([putLearning(learning())]), now.toISOString());
    const typing = draft({ id: 'l-1', mode: 'edit', baseVersion: 3, title: 'Nyere tastning', body: 'Skrevet efter afvisningen' });
    await store.idb.put('drafts', typing);
    const entry = rejected({ id: 4, name: 'learning.update', args: { id: 'l-1', baseVersion: 2, title: 'Sang før maden' } });
    await store.idb.put('rejected', entry);
    expect(await refusedToDraft(store, entry, me, now)).toBe('l-1');
    expect(await store.idb.get('drafts', 'l-1')).toStrictEqual(typing);
    expect(await store.idb.count('rejected')).toBe(0);
  });

  it('any other refused change gives null and stays in the refused list', async () => {
    for (const entry of [
      rejected({ id: 4, name: 'learning.delete', args: { id: 'l-1' } }),
      rejected({ id: 5, name: 'competence.set', args: { competenceId: 'demens', level: 2, canHelp: false } }),
    ]) {
      await store.idb.put('rejected', entry);
      expect(await refusedToDraft(store, entry, me, now)).toBeNull();
    }
    expect(await store.idb.getAllKeys('rejected')).toEqual([4, 5]);
    expect(await store.idb.count('drafts')).toBe(0);
  });
});

describe('getDraft, deleteDraft and draftSaver', () => {
  it('save, read and delete in the same drafts store', async () => {
    const d = draft({ title: 'Refleksion efter temadagen' });
    await draftSaver(store).save(d);
    expect(await store.idb.get('drafts', d.id)).toStrictEqual(d);
    expect(await getDraft(store, d.id)).toStrictEqual(d);
    expect(await listDrafts(store.idb, me)).toStrictEqual([d]);
    await deleteDraft(store, d.id);
    expect(await store.idb.get('drafts', d.id)).toBeUndefined();
    expect(await getDraft(store, d.id)).toBeUndefined();
  });
});
