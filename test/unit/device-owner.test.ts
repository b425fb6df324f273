// A shared phone, at the level of the device database: handing the device over parks the
// current owner's unsent changes with their device identity (or drops them), and they
// come back — identity, counters and refused list — only to their owner, only onto an
// empty outbox.
import { describe, expect, it } from 'vitest';
import { trackedStores } from '../support/open-stores';
import { getMeta, setMeta } from '../../src/client/store/meta';
import { countOwnerPending, handOverDevice, listParked, restoreParked } from '../../src/client/store/device-owner';
import type { OutboxEntry, RejectedEntry } from '../../src/client/store/schema';

const open = trackedStores();

const entry = (id: number, bio: string): OutboxEntry =>
  ({ id, name: 'profile.update', args: { bio }, createdAt: '2026-11-28T08:00:00.000Z' } as OutboxEntry);
const refused: RejectedEntry = { id: 1, name: 'competence.set', args: {}, code: 'competence_not_found', message: 'Findes ikke', at: '2026-11-28T07:00:00.000Z' };

/** Anna's device: two changes waiting (ids 2 and 3, 2 already sent), one refused. */
async function annasDevice(name: string) {
  const db = await open(name);
  await setMeta(db, 'personId', 'p-anna');
  await setMeta(db, 'clientId', 'client-anna');
  await setMeta(db, 'nextMutationId', 4);
  await setMeta(db, 'pushedUpTo', 2);
  await setMeta(db, 'cursor', 'v1.z');
  await db.put('outbox', entry(2, 'to'));
  await db.put('outbox', entry(3, 'tre'));
  await db.put('rejected', refused);
  return db;
}

describe('handing the device over', () => {
  it('parks the owner\'s unsent changes with their identity and counters, and empties the device for the next person', async () => {
    const name = `owner-${crypto.randomUUID()}`;
    const db = await annasDevice(name);
    expect(await countOwnerPending(db)).toBe(2);
    await handOverDevice(db, name, { nextPersonId: 'p-bo', keepCurrent: true, now: new Date('2026-11-28T09:00:00.000Z') });

    const fresh = await open(name);
    expect(await fresh.getAll('parked')).toEqual([{
      personId: 'p-anna', clientId: 'client-anna', nextMutationId: 4, pushedUpTo: 2,
      entries: [entry(2, 'to'), entry(3, 'tre')], rejected: [refused], parkedAt: '2026-11-28T09:00:00.000Z',
    }]);
    expect(await getMeta(fresh, 'personId')).toBe('p-bo');
    for (const key of ['clientId', 'cursor', 'nextMutationId', 'pushedUpTo'] as const) expect(await getMeta(fresh, key)).toBeUndefined();
    expect(await fresh.count('outbox')).toBe(0);
    expect(await fresh.count('rejected')).toBe(0);
    expect(await listParked(fresh)).toEqual([{ personId: 'p-anna', count: 2 }]);
  });

  it('drops the owner\'s changes when asked, but keeps what was parked for others before', async () => {
    const name = `owner-${crypto.randomUUID()}`;
    const db = await annasDevice(name);
    await handOverDevice(db, name, { nextPersonId: 'p-bo', keepCurrent: true });
    const bosDevice = await open(name);
    await setMeta(bosDevice, 'clientId', 'client-bo');
    await bosDevice.put('outbox', entry(1, 'Bo skrev'));
    await handOverDevice(bosDevice, name, { nextPersonId: null, keepCurrent: false });

    const fresh = await open(name);
    expect(await listParked(fresh)).toEqual([{ personId: 'p-anna', count: 2 }]);
    expect(await getMeta(fresh, 'personId')).toBeUndefined();
    expect(await fresh.count('outbox')).toBe(0);
  });

  it('parks nothing when there is nothing unsent, or nobody it belongs to', async () => {
    const empty = `owner-${crypto.randomUUID()}`;
    const db = await open(empty);
    await setMeta(db, 'personId', 'p-anna');
    await db.put('rejected', refused);
    await handOverDevice(db, empty, { nextPersonId: 'p-bo', keepCurrent: true });
    expect(await listParked(await open(empty))).toEqual([]);

    const nobodys = `owner-${crypto.randomUUID()}`;
    const anonymous = await open(nobodys);
    await anonymous.put('outbox', entry(1, 'hvem?'));
    await handOverDevice(anonymous, nobodys, { nextPersonId: 'p-bo', keepCurrent: true });
    expect(await listParked(await open(nobodys))).toEqual([]);
  });
});

describe('restoring parked changes', () => {
  async function parkedForAnna() {
    const name = `owner-${crypto.randomUUID()}`;
    await handOverDevice(await annasDevice(name), name, { nextPersonId: 'p-bo', keepCurrent: true });
    return name;
  }

  it('gives the owner back their changes, refused list, identity and counters, to pull afresh', async () => {
    const name = await parkedForAnna();
    const db = await open(name);
    await setMeta(db, 'clientId', 'client-bo');
    await setMeta(db, 'cursor', 'v1.bo');
    expect(await restoreParked(db, 'p-anna')).toBe(true);
    expect(await db.getAll('outbox')).toEqual([entry(2, 'to'), entry(3, 'tre')]);
    expect(await db.getAll('rejected')).toEqual([refused]);
    expect(await getMeta(db, 'clientId')).toBe('client-anna');
    expect(await getMeta(db, 'nextMutationId')).toBe(4);
    expect(await getMeta(db, 'pushedUpTo')).toBe(2);
    expect(await getMeta(db, 'cursor')).toBeUndefined();
    expect(await listParked(db)).toEqual([]);
    // Once back, they are not there to restore a second time.
    expect(await restoreParked(db, 'p-anna')).toBe(false);
  });

  it('gives nothing to another person', async () => {
    const db = await open(await parkedForAnna());
    expect(await restoreParked(db, 'p-bo')).toBe(false);
    expect(await db.count('outbox')).toBe(0);
    expect(await listParked(db)).toEqual([{ personId: 'p-anna', count: 2 }]);
  });

  it('waits while other changes are still in the outbox', async () => {
    const db = await open(await parkedForAnna());
    await db.put('outbox', entry(1, 'venter'));
    await setMeta(db, 'cursor', 'v1.bo');
    expect(await restoreParked(db, 'p-anna')).toBe(false);
    expect(await db.getAll('outbox')).toEqual([entry(1, 'venter')]);
    expect(await getMeta(db, 'cursor')).toBe('v1.bo');
    expect(await listParked(db)).toEqual([{ personId: 'p-anna', count: 2 }]);
  });

  it('keeps the device\'s own identity and counters where the parked changes had none', async () => {
    const name = `owner-${crypto.randomUUID()}`;
    const db = await open(name);
    await db.put('parked', {
      personId: 'p-anna', clientId: undefined, nextMutationId: undefined, pushedUpTo: undefined,
      entries: [entry(1, 'en')], rejected: [], parkedAt: '2026-11-28T09:00:00.000Z',
    });
    await setMeta(db, 'clientId', 'client-here');
    await setMeta(db, 'nextMutationId', 7);
    await setMeta(db, 'pushedUpTo', 6);
    expect(await restoreParked(db, 'p-anna')).toBe(true);
    expect(await getMeta(db, 'clientId')).toBe('client-here');
    expect(await getMeta(db, 'nextMutationId')).toBe(7);
    expect(await getMeta(db, 'pushedUpTo')).toBe(6);
    expect(await db.getAll('outbox')).toEqual([entry(1, 'en')]);
  });
});
