// The learning log's device reads and writes beyond the synced rows: drafts, putting a
// notice off until later, and the learning changes still waiting or refused. Loaded with
// the Læring screens and Mig (store/queries.ts: learningStore), not with the first paint.
import type { MutationArgs } from '../../shared/protocol';
import type { Learning } from '../../shared/entities';
import type { LocalStore } from './local-store';
import type { LearningDraft, OutboxEntry, RejectedEntry } from './schema';
import { createDraftSaver, deleteDraft as deleteStoredDraft, getDraft as getStoredDraft, listDrafts } from './drafts';
import { dismissNotice } from './notices';

export type { LearningDraft } from './schema';

export const getDraft = (store: LocalStore, id: string) => getStoredDraft(store.idb, id);
export const deleteDraft = (store: LocalStore, id: string) => deleteStoredDraft(store.idb, id);
export const draftSaver = (store: LocalStore) => createDraftSaver(store.idb);

const isLearningChange = (entry: { name: string }) => entry.name.startsWith('learning.');

/** The learning changes still waiting to go out, and those the server refused. */
export async function listLearningChanges(store: LocalStore): Promise<{ pending: OutboxEntry[]; refused: RejectedEntry[] }> {
  const [pending, refused] = await Promise.all([store.idb.getAll('outbox'), store.idb.getAll('rejected')]);
  return { pending: pending.filter(isLearningChange), refused: refused.filter(isLearningChange) };
}

/**
 * The person's drafts still to finish. A new learning's draft whose learning exists (its
 * create was made, and the app stopped before the draft went) is removed on the way.
 */
export async function listOpenDrafts(store: LocalStore, personId: string): Promise<LearningDraft[]> {
  const { pending } = await listLearningChanges(store);
  const created = new Set(pending.filter((entry) => entry.name === 'learning.create').map((entry) => (entry.args as { id: string }).id));
  const drafts = await listDrafts(store.idb, personId);
  const done = drafts.filter((draft) => draft.mode === 'new' && (created.has(draft.id) || store.get('learning', draft.id)));
  await Promise.all(done.map((draft) => deleteStoredDraft(store.idb, draft.id)));
  return drafts.filter((draft) => !done.includes(draft));
}

/** Hides a notice until `until` ("Påmind mig i morgen"); it shows again after that. */
export async function snoozeNotice(store: LocalStore, id: string, until: Date): Promise<void> {
  const tx = store.idb.transaction('notices', 'readwrite');
  const notice = await tx.store.get(id);
  if (notice) await tx.store.put({ ...notice, snoozedUntil: until.toISOString() });
  await tx.done;
}

/** The reflection notice of an event goes once a learning from that event is written. */
export async function dismissReflection(store: LocalStore, seminarId: string): Promise<void> {
  if (await store.idb.getKey('notices', `reflection:${seminarId}`)) await dismissNotice(store.idb, `reflection:${seminarId}`);
}

/**
 * A refused learning's text back in a draft, to correct and send again ("Ret og prøv
 * igen"): the refused entry leaves the list in the same transaction, so the text is in
 * exactly one place. Returns the draft's id.
 */
export async function refusedToDraft(store: LocalStore, entry: RejectedEntry, personId: string, now = new Date()): Promise<string | null> {
  const learningId = entry.name === 'learning.update' ? (entry.args as { id: string }).id : '';
  const draft = draftOfRefused(entry, personId, now, store.get('learning', learningId));
  if (!draft) return null;
  const tx = store.idb.transaction(['drafts', 'rejected'], 'readwrite');
  // An edit draft already there holds newer typing: it is kept, not overwritten.
  if (!(await tx.objectStore('drafts').get(draft.id))) await tx.objectStore('drafts').put(draft);
  await tx.objectStore('rejected').delete(entry.id);
  await tx.done;
  return draft.id;
}

/** `current`: the learning as the device has it, under a refused edit's changed fields. */
function draftOfRefused(entry: RejectedEntry, personId: string, now: Date, current?: Learning): LearningDraft | null {
  const base = {
    personId, title: '', body: '', application: '', sourceKind: 'other' as const, seminarId: null, competenceIds: [], dlo: [],
    visibility: 'private' as const, networkId: '', resolvedConflicts: [], updatedAt: now.toISOString(),
  };
  if (entry.name === 'learning.create') {
    const args = entry.args as MutationArgs<'learning.create'>;
    // A new id: the refused one made no row, and a fresh create must not meet its ghost.
    return { ...base, ...fieldsOf(args), id: crypto.randomUUID(), mode: 'new', baseVersion: null };
  }
  if (entry.name === 'learning.update') {
    const args = entry.args as MutationArgs<'learning.update'>;
    return {
      ...base, ...(current && fieldsOf(current)), ...fieldsOf(args), id: args.id, mode: 'edit', baseVersion: args.baseVersion,
    };
  }
  return null;
}

type LearningFields = Partial<Omit<MutationArgs<'learning.create'>, 'id'>>;

function fieldsOf(args: LearningFields): Partial<LearningDraft> {
  const visibility = args.visibility;
  return {
    ...(args.title !== undefined && { title: args.title }),
    ...(args.body !== undefined && { body: args.body }),
    ...(args.application !== undefined && { application: args.application }),
    ...(args.sourceKind !== undefined && { sourceKind: args.sourceKind }),
    ...(args.seminarId !== undefined && { seminarId: args.seminarId }),
    ...(args.competenceIds !== undefined && { competenceIds: args.competenceIds }),
    ...(args.dlo !== undefined && { dlo: args.dlo }),
    ...(visibility !== undefined && (typeof visibility === 'string'
      ? { visibility }
      : { visibility: 'network' as const, networkId: visibility.network })),
  };
}
