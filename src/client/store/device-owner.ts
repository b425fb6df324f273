// Whose device data this is. The outbox and the unfinished learning drafts belong to the
// person who made them: on a shared phone, another person's unsent changes and drafts are
// either kept for their owner ("parked": sent with the owner's own device identity, and the
// drafts shown again, when they sign in here again) or discarded, and never sent with, or
// shown to, anyone else.
import { openStore, destroyStore } from './open';
import type { StoreDb } from './open';
import type { ParkedOutbox } from './schema';
import { getMeta } from './meta';

/** What the current owner leaves behind: how many unsent changes, kept or not. */
export async function countOwnerPending(db: StoreDb): Promise<number> {
  return db.count('outbox');
}

async function parkCurrent(db: StoreDb, now: string): Promise<ParkedOutbox | null> {
  const personId = await getMeta(db, 'personId');
  if (!personId) return null;
  const [entries, rejected, drafts] = await Promise.all([db.getAll('outbox'), db.getAll('rejected'), db.getAll('drafts')]);
  if (entries.length === 0 && drafts.length === 0) return null;
  return {
    personId,
    clientId: await getMeta(db, 'clientId'),
    nextMutationId: await getMeta(db, 'nextMutationId'),
    pushedUpTo: await getMeta(db, 'pushedUpTo'),
    entries,
    rejected,
    // Only the owner writes drafts on the device (it is emptied at every hand-over): all
    // of them are theirs, and each keeps its author, whom alone listDrafts shows it to.
    ...(drafts.length > 0 && { drafts }),
    parkedAt: now,
  };
}

/**
 * Empties the device for `nextPersonId` (or for nobody, at sign-out) and keeps only the
 * parked outboxes, plus the current owner's when `keepCurrent`. The database is deleted
 * and made anew, so every other tab closes and reloads (`blocking` in open.ts) rather than
 * go on showing, or sending, the previous person's data. `signOutOwed`: the server has not
 * heard of this sign-out yet (offline), see MetaValues.
 */
export async function handOverDevice(
  db: StoreDb,
  name: string,
  options: { nextPersonId: string | null; keepCurrent: boolean; signOutOwed?: boolean; now?: Date },
): Promise<void> {
  const now = (options.now ?? new Date()).toISOString();
  const parked = await db.getAll('parked');
  const current = options.keepCurrent ? await parkCurrent(db, now) : null;
  if (current) parked.push(current);
  await destroyStore(db, name);
  const fresh = await openStore(name);
  try {
    const tx = fresh.transaction(['parked', 'meta'], 'readwrite');
    for (const entry of parked) void tx.objectStore('parked').put(entry);
    if (options.nextPersonId) void tx.objectStore('meta').put(options.nextPersonId, 'personId');
    if (options.signOutOwed) void tx.objectStore('meta').put(true, 'signOutOwed');
    await tx.done;
  } finally {
    fresh.close();
  }
}

/**
 * When `personId` has changes parked on this device and nothing else is waiting here,
 * they come back with their own clientId and counters, so the server sees the same device
 * go on where it stopped (no gap, nothing applied twice), and their drafts with them.
 * True when something came back.
 */
export async function restoreParked(db: StoreDb, personId: string): Promise<boolean> {
  const tx = db.transaction(['parked', 'outbox', 'rejected', 'meta', 'drafts'], 'readwrite');
  const parked = await tx.objectStore('parked').get(personId);
  if (!parked || (await tx.objectStore('outbox').count()) > 0) {
    await tx.done;
    return false;
  }
  const meta = tx.objectStore('meta');
  for (const entry of parked.entries) void tx.objectStore('outbox').put(entry);
  for (const entry of parked.rejected) void tx.objectStore('rejected').put(entry);
  const drafts = tx.objectStore('drafts');
  for (const draft of parked.drafts ?? []) {
    // A later edit of the same draft made here meanwhile is the one to keep.
    const here = await drafts.get(draft.id);
    if (!here || here.updatedAt < draft.updatedAt) void drafts.put(draft);
  }
  if (parked.clientId) void meta.put(parked.clientId, 'clientId');
  if (parked.nextMutationId !== undefined) void meta.put(parked.nextMutationId, 'nextMutationId');
  if (parked.pushedUpTo !== undefined) void meta.put(parked.pushedUpTo, 'pushedUpTo');
  // The synced rows on this device are someone else's or none: pull from the beginning.
  void meta.delete('cursor');
  void tx.objectStore('parked').delete(personId);
  await tx.done;
  return true;
}

/** People whose changes wait on this device for them to sign in again. */
export async function listParked(db: StoreDb): Promise<{ personId: string; count: number }[]> {
  return (await db.getAll('parked')).map((entry) => ({ personId: entry.personId, count: entry.entries.length }));
}
