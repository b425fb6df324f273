// The pull source of learnings: the database query decides who sees which learning
// (db/learning-pull.ts), and here a row becomes the wire value of LearningSchema.
import type { WireOf } from '../../shared/entities';
import { parseJsonList } from '../db/json';
import { learningVisibility, type LearningRow } from '../db/learnings';
import { learningsForPull, type PulledLearning } from '../db/learning-pull';
import type { PullSource } from './pull-sources';

/** A text kept from a concurrent edit, as the `conflicts` column holds them (JSON). */
type Conflict = WireOf<'learning'>['conflicts'][number];

export function learningValue(r: LearningRow): WireOf<'learning'> {
  return {
    authorId: r.author_id, authorName: r.author_name, title: r.title, body: r.body, application: r.application,
    sourceKind: r.source_kind, seminarId: r.seminar_id, competenceIds: parseJsonList<string>(r.competence_ids),
    dlo: parseJsonList<number>(r.dlo), visibility: learningVisibility(r), conflicts: parseJsonList<Conflict>(r.conflicts),
    createdAt: r.created_at, updatedAt: r.updated_at, version: Number(r.revision),
  };
}

/** The value of a pulled row, or null (a `del`) when it is gone or no longer shared with the viewer. */
export const pulledLearningValue = (row: PulledLearning): WireOf<'learning'> | null =>
  row.hidden || row.deleted ? null : learningValue(row);

export const learningSource: PullSource<PulledLearning, 'learning'> = { type: 'learning', fetch: learningsForPull, toValue: pulledLearningValue };
