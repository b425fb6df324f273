// A learning's draft as the form holds it, and the mutation it becomes: a new draft (from
// scratch, or from an event), an edit's draft from the learning, and the arguments of
// learning.create or learning.update (only what changed) when it is saved.
import type { Learning, Visibility } from '../../../shared/entities/learning';
import type { Seminar } from '../../../shared/entities/seminar';
import type { MutationArgs } from '../../../shared/protocol';
import type { LearningDraft } from '../../store/schema';

/** The source an event suggests: a course is a course, a conference a conference. */
export function sourceOfEvent(kind: Seminar['kind']): LearningDraft['sourceKind'] {
  return kind === 'course' || kind === 'conference' ? kind : 'seminar';
}

export function newDraft(personId: string, now: Date, seminar?: Pick<Seminar, 'id' | 'kind'>): LearningDraft {
  return {
    id: crypto.randomUUID(), personId, mode: 'new', baseVersion: null,
    title: '', body: '', application: '', sourceKind: seminar ? sourceOfEvent(seminar.kind) : 'course',
    seminarId: seminar?.id ?? null, competenceIds: [], dlo: [], visibility: 'unit', networkId: '', resolvedConflicts: [],
    updatedAt: now.toISOString(),
  };
}

/** An edit starts from the learning as the device shows it; its version is the edit's base. */
export function editDraft(personId: string, learning: Learning, now: Date): LearningDraft {
  return {
    id: learning.id, personId, mode: 'edit', baseVersion: learning.version,
    title: learning.title, body: learning.body, application: learning.application, sourceKind: learning.sourceKind,
    seminarId: learning.seminarId, competenceIds: [...learning.competenceIds], dlo: [...learning.dlo],
    visibility: typeof learning.visibility === 'string' ? learning.visibility : 'network',
    networkId: typeof learning.visibility === 'string' ? '' : learning.visibility.network,
    resolvedConflicts: [], updatedAt: now.toISOString(),
  };
}

export function visibilityOf(draft: Pick<LearningDraft, 'visibility' | 'networkId'>): Visibility {
  return draft.visibility === 'network' ? { network: draft.networkId } : draft.visibility;
}

/** Texts as sent: trimmed at the ends, as every form of the app does. */
const texts = (draft: LearningDraft) => ({ title: draft.title.trim(), body: draft.body.trim(), application: draft.application.trim() });

export function createArgs(draft: LearningDraft): MutationArgs<'learning.create'> {
  return {
    id: draft.id, ...texts(draft), sourceKind: draft.sourceKind, seminarId: draft.seminarId,
    competenceIds: draft.competenceIds, dlo: [...draft.dlo].sort((a, b) => a - b), visibility: visibilityOf(draft),
  };
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * learning.update with the fields that differ from the learning as it is now. The texts go
 * whole whenever a conflict is resolved: the merged text is the answer to both versions.
 */
export function updateArgs(draft: LearningDraft, current: Learning): MutationArgs<'learning.update'> {
  const { title, body, application } = texts(draft);
  const resolving = draft.resolvedConflicts.length > 0;
  const visibility = visibilityOf(draft);
  const dlo = [...draft.dlo].sort((a, b) => a - b);
  return {
    id: draft.id, baseVersion: draft.baseVersion ?? current.version,
    ...((resolving || title !== current.title) && { title }),
    ...((resolving || body !== current.body) && { body }),
    ...((resolving || application !== current.application) && { application }),
    ...(draft.sourceKind !== current.sourceKind && { sourceKind: draft.sourceKind }),
    ...(draft.seminarId !== current.seminarId && { seminarId: draft.seminarId }),
    ...(!sameList(draft.competenceIds, current.competenceIds) && { competenceIds: draft.competenceIds }),
    ...(!sameList(dlo, current.dlo) && { dlo }),
    ...(JSON.stringify(visibility) !== JSON.stringify(current.visibility) && { visibility }),
    ...(resolving && { resolvedConflicts: draft.resolvedConflicts }),
  };
}
