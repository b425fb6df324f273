// Each IndexedDB upgrade is fixed to its version: a version-2 database comes forward to
// version 3, and a version-3 one to version 4, with everything kept (outbox, refused
// list, parked outboxes, pulled log, cursor).
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { DB_VERSION } from '../../src/client/store/schema';

function createVersion2(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('log', { autoIncrement: true }).add({
        changes: [{ type: 'area', op: 'put', id: 'a1', value: { id: 'a1', name: 'Ældre og sundhed' } }],
      });
      db.createObjectStore('overlay', { keyPath: 'key' });
      db.createObjectStore('outbox', { keyPath: 'id' }).put({ id: 4, name: 'profile.update', args: { bio: 'fra v2' }, createdAt: '2026-11-01T10:00:00.000Z' });
      db.createObjectStore('rejected', { keyPath: 'id' }).createIndex('byAt', 'at');
      const meta = db.createObjectStore('meta');
      meta.put('v1.k', 'cursor');
      meta.put('p-anna', 'personId');
      meta.put(5, 'nextMutationId');
    };
    request.onsuccess = () => { request.result.close(); resolve(); };
    request.onerror = () => reject(request.error);
  });
}

describe('upgrading a version-2 device database', () => {
  it('adds the store for parked outboxes and keeps everything else', async () => {
    expect(DB_VERSION).toBeGreaterThanOrEqual(3);
    const name = `v2-${crypto.randomUUID()}`;
    await createVersion2(name);
    const store = await LocalStore.open(name);
    expect([...store.idb.objectStoreNames]).toContain('parked');
    expect(await store.idb.getAll('parked')).toEqual([]);
    expect(await store.idb.getAll('outbox')).toEqual([
      { id: 4, name: 'profile.update', args: { bio: 'fra v2' }, createdAt: '2026-11-01T10:00:00.000Z' },
    ]);
    // Nothing about version 3 needs a new pull: the cursor and the pulled rows stay.
    expect(await store.idb.get('meta', 'cursor')).toBe('v1.k');
    expect(await store.idb.get('meta', 'nextMutationId')).toBe(5);
    expect(store.get('area', 'a1')?.name).toBe('Ældre og sundhed');
    store.close();
  });
});

function createVersion3(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 3);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('log', { autoIncrement: true }).add({
        changes: [{ type: 'area', op: 'put', id: 'a1', value: { id: 'a1', name: 'Ældre og sundhed' } }],
      });
      db.createObjectStore('overlay', { keyPath: 'key' }).put({ key: 'person:p-anna', type: 'person', id: 'p-anna', value: { id: 'p-anna', bio: 'fra v3' } });
      db.createObjectStore('outbox', { keyPath: 'id' }).put({ id: 7, name: 'profile.update', args: { bio: 'fra v3' }, createdAt: '2026-11-20T10:00:00.000Z' });
      db.createObjectStore('rejected', { keyPath: 'id' }).createIndex('byAt', 'at');
      db.createObjectStore('parked', { keyPath: 'personId' }).put({ personId: 'p-bo', clientId: 'c-bo', nextMutationId: 3, pushedUpTo: 1, entries: [], rejected: [], parkedAt: '2026-11-19T08:00:00.000Z' });
      const meta = db.createObjectStore('meta');
      meta.put('v1.k', 'cursor');
      meta.put('p-anna', 'personId');
      meta.put(8, 'nextMutationId');
    };
    request.onsuccess = () => { request.result.close(); resolve(); };
    request.onerror = () => reject(request.error);
  });
}

describe('upgrading a version-3 device database', () => {
  it('adds the store for notices, empty, and keeps the outbox and everything else', async () => {
    expect(DB_VERSION).toBeGreaterThanOrEqual(4);
    const name = `v3-${crypto.randomUUID()}`;
    await createVersion3(name);
    const store = await LocalStore.open(name);
    expect([...store.idb.objectStoreNames].sort()).toEqual(['drafts', 'log', 'meta', 'notices', 'outbox', 'overlay', 'parked', 'rejected']);
    expect(await store.idb.getAll('notices')).toEqual([]);
    expect(await store.idb.getAll('outbox')).toEqual([
      { id: 7, name: 'profile.update', args: { bio: 'fra v3' }, createdAt: '2026-11-20T10:00:00.000Z' },
    ]);
    expect(await store.idb.count('parked')).toBe(1);
    expect(await store.idb.get('meta', 'cursor')).toBe('v1.k');
    expect(await store.idb.get('meta', 'nextMutationId')).toBe(8);
    expect(store.get('area', 'a1')?.name).toBe('Ældre og sundhed');
    expect(store.isPending('person', 'p-anna')).toBe(true);
    store.close();
  });
});
