// The learning log on the device before any sync: a new learning shows at once (pending),
// an edit shows the author's text at once even with a stale base (the server decides the
// conflict), merging drops exactly the merged versions, a delete hides it; and a pull with
// the server's truth replaces the guess, with what is still pending laid on top again.
import { beforeEach, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../src/client/store/local-store';
import { signedInStore } from '../support/signed-in-store';
import { countOutbox } from '../../src/client/store/outbox';
import { mutate } from '../../src/client/actions/mutate';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import type { Learning } from '../../src/shared/entities';
import type { PullResponse } from '../../src/shared/protocol';

const me = 'p-anna';
const id = '6f1c2a9e-3b1d-4c1e-9a55-0d5e8e1f2a01';
const page = (changes: PullResponse['changes'], lastMutationId = 0): PullResponse =>
  ({ cursor: 'v1.9', more: false, reset: false, lastMutationId, changes });
const server = (fields: Partial<Learning> = {}): Learning => ({
  id, authorId: me, authorName: '', title: 'Faste rutiner', body: 'Samme rækkefølge hver aften.', application: 'Skriv den i journalen.',
  sourceKind: 'colleague', seminarId: null, competenceIds: ['demens'], dlo: [5], visibility: 'unit', conflicts: [],
  createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z', version: 3, ...fields,
});
const put = (value: Learning) => ({ type: 'learning' as const, op: 'put' as const, id: value.id, value });

let store: LocalStore;
beforeEach(async () => { store = await signedInStore(me, 'learning-local'); });

describe('learning.create on the device', () => {
  it('shows the learning at once, as mine, pending, with the server\'s first version', async () => {
    await mutate(store, 'learning.create', {
      id, title: 'Musik ved demens', body: 'Playlister dæmper uro.', sourceKind: 'network', visibility: { network: 'n-demens' },
    });
    expect(store.get('learning', id)).toMatchObject({
      id, authorId: me, authorName: '', title: 'Musik ved demens', body: 'Playlister dæmper uro.', application: '', seminarId: null,
      competenceIds: [], dlo: [], visibility: { network: 'n-demens' }, conflicts: [], version: 1,
    });
    expect(store.isPending('learning', id)).toBe(true);
    expect(await countOutbox(store.idb)).toBe(1);
  });

  it('keeps the row (and its later edit) when the create is replayed on a pull', async () => {
    await mutate(store, 'learning.create', { id, title: 'Første', body: '', sourceKind: 'course', visibility: 'private' });
    await mutate(store, 'learning.update', { id, baseVersion: 1, title: 'Anden' });
    expect(store.get('learning', id)).toMatchObject({ title: 'Anden', version: 2 });
    // Nothing handled by the server yet: both are laid on the pulled rows again.
    await applyPullPage(store, page([]), new Date().toISOString());
    expect(store.get('learning', id)).toMatchObject({ title: 'Anden', version: 2 });
  });

  it('does not refuse on the phone what the schema allows, and refuses an over-long text before it queues', async () => {
    await expect(mutate(store, 'learning.create', { id, title: 'x', body: 'y'.repeat(10_001), sourceKind: 'other', visibility: 'private' })).rejects.toThrow();
    expect(store.get('learning', id)).toBeUndefined();
    expect(await countOutbox(store.idb)).toBe(0);
  });
});

describe('learning.update on the device', () => {
  beforeEach(async () => {
    await applyPullPage(store, page([put(server())]), new Date().toISOString());
  });

  it('shows my text at once and changes only the fields it carries', async () => {
    await mutate(store, 'learning.update', { id, baseVersion: 3, body: 'Ny tekst' });
    const row = store.get('learning', id)!;
    expect(row).toMatchObject({ title: 'Faste rutiner', body: 'Ny tekst', application: 'Skriv den i journalen.', competenceIds: ['demens'], version: 4 });
    expect(Object.values(row).includes(undefined as never)).toBe(false);
    expect(store.isPending('learning', id)).toBe(true);
  });

  it('with a stale base still shows my text at once; the pulled answer then shows both versions', async () => {
    // Another device changed it meanwhile (version 5); this phone still edits from 3.
    await mutate(store, 'learning.update', { id, baseVersion: 3, body: 'Min tekst fra toget' });
    expect(store.get('learning', id)?.body).toBe('Min tekst fra toget');
    // The server kept its text and mine beside it, and has handled my mutation (1).
    const kept = server({
      body: 'Teksten fra computeren', version: 6,
      conflicts: [{ title: 'Faste rutiner', body: 'Min tekst fra toget', application: 'Skriv den i journalen.', at: '2026-11-28T08:00:00.000Z' }],
    });
    await applyPullPage(store, page([put(kept)], 1), new Date().toISOString());
    expect(store.get('learning', id)).toEqual(kept);
    expect(store.isPending('learning', id)).toBe(false);
  });

  it('drops exactly the merged versions (resolvedConflicts) and keeps one that arrived meanwhile', async () => {
    const a = { title: 'A', body: 'a', application: '', at: '2026-11-28T08:00:00.000Z' };
    const b = { title: 'B', body: 'b', application: '', at: '2026-11-28T09:00:00.000Z' };
    await applyPullPage(store, page([put(server({ conflicts: [a, b] }))]), new Date().toISOString());
    await mutate(store, 'learning.update', { id, baseVersion: 3, title: 'Samlet', body: 'a og resten', application: '', resolvedConflicts: [a.at] });
    expect(store.get('learning', id)).toMatchObject({ title: 'Samlet', body: 'a og resten', conflicts: [b], version: 4 });
  });

  it('does nothing to a learning the device does not have', async () => {
    await mutate(store, 'learning.update', { id: 'l-unknown', baseVersion: 1, title: 'x' });
    expect(store.get('learning', 'l-unknown')).toBeUndefined();
    expect(await countOutbox(store.idb)).toBe(1);
  });
});

describe('learning.delete on the device', () => {
  it('hides the learning at once and keeps it hidden while the server has not answered', async () => {
    await applyPullPage(store, page([put(server())]), new Date().toISOString());
    await mutate(store, 'learning.delete', { id });
    expect(store.get('learning', id)).toBeUndefined();
    expect(store.all('learning')).toEqual([]);
    expect(store.isPending('learning', id)).toBe(true);
    await applyPullPage(store, page([put(server({ title: 'Stadig på serveren' }))]), new Date().toISOString());
    expect(store.get('learning', id)).toBeUndefined();
    // The server deleted it (and handled the mutation): gone, and no longer pending.
    await applyPullPage(store, page([{ type: 'learning', op: 'del', id }], 1), new Date().toISOString());
    expect(store.get('learning', id)).toBeUndefined();
    expect(store.isPending('learning', id)).toBe(false);
  });
});
