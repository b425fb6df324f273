// The learnings as the screens read them, kept current: the list with who is looking, one
// learning with its refused or waiting changes, my drafts, and the search over them.
import '../../../shared/i18n/sections/learning';
import { useMemo } from 'preact/hooks';
import type { Learning } from '../../../shared/entities/learning';
import { createLearningIndex, type LearningIndex } from '../../../shared/search/learning-index';
import { learningStore } from '../../store/queries';
import { useLang, useRuntime } from '../context';
import { useLiveQuery } from '../hooks';
import { learningDoc, listLearnings, viewerOf, type Viewer } from './learning-data';

export function useLearningList(): { learnings: Learning[]; viewer: Viewer } | undefined {
  const runtime = useRuntime();
  const personId = runtime.personId ?? '';
  return useLiveQuery(() => ({ learnings: listLearnings(runtime.store), viewer: viewerOf(runtime.store, personId) }), [personId]);
}

/** Which learnings, in which version: the index is made again only when this changes. */
export function learningsSignature(learnings: readonly Learning[]): string {
  let hash = 0x811c9dc5;
  for (const learning of learnings) {
    const key = `${learning.id}:${learning.version}`;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  }
  return `${learnings.length}:${(hash >>> 0).toString(36)}`;
}

/**
 * The search index over these learnings, made when there is something to search for and
 * again only when the learnings themselves change (not at every sync that touches others).
 */
export function useLearningIndex(learnings: Learning[] | undefined, wanted: boolean): LearningIndex | undefined {
  const runtime = useRuntime();
  const { lang } = useLang();
  const signature = useMemo(() => (learnings ? learningsSignature(learnings) : ''), [learnings]);
  return useMemo(
    () => (wanted && learnings ? createLearningIndex(learnings.map((l) => learningDoc(runtime.store, l, lang))) : undefined),
    [signature, lang, wanted],
  );
}

export function useDrafts() {
  const runtime = useRuntime();
  const personId = runtime.personId ?? '';
  return useLiveQuery(async () => (await learningStore()).listOpenDrafts(runtime.store, personId), [personId]);
}

export function useLearning(id: string) {
  const runtime = useRuntime();
  return useLiveQuery(async () => {
    const { listLearningChanges } = await learningStore();
    const { pending, refused } = await listLearningChanges(runtime.store);
    const about = (entry: { args: unknown }) => (entry.args as { id?: string }).id === id;
    return {
      learning: runtime.store.get('learning', id),
      pending: runtime.store.isPending('learning', id),
      /** A create still in the outbox: the learning is this phone's own, not on the server yet. */
      waitingCreate: pending.some((entry) => entry.name === 'learning.create' && about(entry)),
      deleting: pending.some((entry) => entry.name === 'learning.delete' && about(entry)),
      refused: refused.filter(about),
    };
  }, [id]);
}
