// Unfinished learning drafts on a shared phone: counted with the unsent changes in what a
// hand-over or sign-out would take off the device, parked for their author when kept (off
// the next person's device, even with an empty outbox), back when the author signs in
// here again, and gone only when the user chose so.
import { describe, expect, it } from 'vitest';
import { trackedStores } from '../support/open-stores';
import { setMeta } from '../../src/client/store/meta';
import { handOverDevice, restoreParked } from '../../src/client/store/device-owner';
import { getDraft, listDrafts } from '../../src/client/store/drafts';
import type { LearningDraft, OutboxEntry } from '../../src/client/store/schema';
import { newDraft } from '../../src/client/ui/learning/draft-fields';
import { createRuntime } from '../../src/client/runtime';

const open = trackedStores();

const draft = (body: string, at: string): LearningDraft => ({ ...newDraft('p-anna', new Date(at)), title: 'Musik i demensplejen', body });
const change: OutboxEntry = { id: 1, name: 'profile.update', args: { bio: 'to' }, createdAt: '2026-11-28T08:00:00.000Z' } as OutboxEntry;

/** Anna's phone: a draft typed on the train, and no unsent change. */
async function annasPhone(name: string, written = draft('Hvad lærte jeg? At musik åbner', '2026-11-28T08:30:00.000Z')) {
  const db = await open(name);
  await setMeta(db, 'personId', 'p-anna');
  await setMeta(db, 'clientId', 'client-anna');
  await db.put('drafts', written);
  return { db, written };
}

describe('drafts left behind on a shared phone', () => {
  it('parks the author\'s drafts, with no unsent change, off the next person\'s device', async () => {
    const name = `drafts-owner-${crypto.randomUUID()}`;
    const { db, written } = await annasPhone(name);
    await handOverDevice(db, name, { nextPersonId: 'p-bo', keepCurrent: true, now: new Date('2026-11-28T09:00:00.000Z') });

    const bos = await open(name);
    expect(await bos.count('drafts')).toBe(0);
    expect(await getDraft(bos, written.id)).toBeUndefined();
    expect(await listDrafts(bos, 'p-bo')).toEqual([]);
    expect(await bos.getAll('parked')).toEqual([expect.objectContaining({ personId: 'p-anna', entries: [], drafts: [written], clientId: 'client-anna' })]);
  });

  it('gives the drafts back to their author only, also after the next person signed out', async () => {
    const name = `drafts-owner-${crypto.randomUUID()}`;
    const { db, written } = await annasPhone(name);
    await handOverDevice(db, name, { nextPersonId: 'p-bo', keepCurrent: true });
    const bos = await open(name);
    expect(await restoreParked(bos, 'p-bo')).toBe(false);
    expect(await bos.count('drafts')).toBe(0);
    await handOverDevice(bos, name, { nextPersonId: null, keepCurrent: false });

    const annaAgain = await open(name);
    expect(await restoreParked(annaAgain, 'p-anna')).toBe(true);
    expect(await listDrafts(annaAgain, 'p-anna')).toEqual([written]);
    expect(await annaAgain.count('parked')).toBe(0);
  });

  it('keeps a later edit of the same draft made on the device meanwhile', async () => {
    const name = `drafts-owner-${crypto.randomUUID()}`;
    const { db, written } = await annasPhone(name);
    await handOverDevice(db, name, { nextPersonId: null, keepCurrent: true });
    const fresh = await open(name);
    const later = { ...written, body: 'Skrevet videre bagefter', updatedAt: '2026-11-28T10:00:00.000Z' };
    await fresh.put('drafts', later);
    expect(await restoreParked(fresh, 'p-anna')).toBe(true);
    expect(await listDrafts(fresh, 'p-anna')).toEqual([later]);
  });

  it('deletes the drafts when the user chose not to keep them', async () => {
    const name = `drafts-owner-${crypto.randomUUID()}`;
    const { db } = await annasPhone(name);
    await handOverDevice(db, name, { nextPersonId: 'p-bo', keepCurrent: false });
    const fresh = await open(name);
    expect(await fresh.count('drafts')).toBe(0);
    expect(await fresh.count('parked')).toBe(0);
  });

  it('restores what an older version parked, without drafts', async () => {
    const db = await open(`drafts-owner-${crypto.randomUUID()}`);
    await db.put('parked', {
      personId: 'p-anna', clientId: 'client-anna', nextMutationId: 2, pushedUpTo: 0,
      entries: [change], rejected: [], parkedAt: '2026-11-28T09:00:00.000Z',
    });
    expect(await restoreParked(db, 'p-anna')).toBe(true);
    expect(await db.getAll('outbox')).toEqual([change]);
    expect(await db.count('drafts')).toBe(0);
  });
});

describe('signing in on a phone that holds only another person\'s draft', () => {
  const person = (id: string, name: string) => ({
    id, name, email: `${id}@fjordby.example`, title: 'SSH', phone: null, phoneHidden: false, bio: '', unitId: 'u1', roles: ['employee' as const], knowledgeSharer: false,
  });
  /** Signed in as Anna; the server takes no sync. */
  const fetchImpl: typeof fetch = async (input) => {
    const path = new URL(String(input)).pathname;
    const [status, body] = path === '/api/me' ? [200, { person: person('p-anna', 'Anna') }] : [503, { error: { code: 'internal', message: 'Optaget' } }];
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };

  it('asks what becomes of it, though no change waits, and keeps it for its author', async () => {
    const dbName = `drafts-runtime-${crypto.randomUUID()}`;
    const runtime = await createRuntime({ dbName, baseUrl: 'http://phone.test', fetch: fetchImpl });
    const written = draft('Skrevet i toget', '2026-11-28T08:30:00.000Z');
    await runtime.store.idb.put('drafts', written);
    expect(await runtime.leftBehind()).toEqual({ changes: 0, drafts: 1 });
    // Both kinds together, for the sign-out warning ("1 ændring og 2 kladder").
    const another = draft('En til', '2026-11-28T08:40:00.000Z');
    await runtime.store.idb.put('drafts', another);
    await runtime.store.idb.put('outbox', change);
    expect(await runtime.leftBehind()).toEqual({ changes: 1, drafts: 2 });
    await runtime.store.idb.delete('outbox', change.id);
    await runtime.store.idb.delete('drafts', another.id);

    expect(await runtime.completeSignIn({ id: 'p-bo' })).toEqual({ ok: false, othersPending: 0, othersDrafts: 1, ownerName: null });
    expect(await runtime.completeSignIn({ id: 'p-bo' }, { others: 'keep' })).toEqual({ ok: true, restarted: true });

    const bos = await open(dbName);
    expect(await bos.count('drafts')).toBe(0);
    expect(await bos.getAll('parked')).toEqual([expect.objectContaining({ personId: 'p-anna', drafts: [written] })]);
  });
});
