// Drafts of learnings on the device, saved as the person types (one small put a
// keystroke): a reload mid-sentence, a closed app or a dead battery loses nothing.
// A draft belongs to the person who wrote it and goes when it is published.
import type { StoreDb } from './open';
import type { LearningDraft } from './schema';
import { byTime } from '../../shared/i18n/collate';

export async function getDraft(db: StoreDb, id: string): Promise<LearningDraft | undefined> {
  return db.get('drafts', id);
}

/** The person's drafts, the latest edited first. */
export async function listDrafts(db: StoreDb, personId: string): Promise<LearningDraft[]> {
  return (await db.getAllFromIndex('drafts', 'byPerson', personId)).sort((a, b) => byTime(b.updatedAt, a.updatedAt));
}

/**
 * Saves a draft. Writes are made one at a time per draft and the latest wins: while one
 * is on its way, newer keystrokes wait as one write (never a queue of stale ones).
 */
export function createDraftSaver(db: StoreDb) {
  let writing: Promise<void> | null = null;
  let next: LearningDraft | null = null;
  async function drain(): Promise<void> {
    try {
      while (next) {
        const draft = next;
        next = null;
        // Relaxed, as every local write of the app: committed as a whole, without waiting
        // for the disk's flush, which would make each keystroke wait for it.
        const tx = db.transaction('drafts', 'readwrite', { durability: 'relaxed' });
        await Promise.all([tx.store.put(draft), tx.done]);
      }
    } finally {
      writing = null;
    }
  }
  return {
    /** Resolves once this draft (or a newer one) is on disk. */
    save(draft: LearningDraft): Promise<void> {
      next = draft;
      writing ??= drain();
      return writing;
    },
  };
}

export async function deleteDraft(db: StoreDb, id: string): Promise<void> {
  await db.delete('drafts', id);
}
