// The pull source of learnings: the database query decides who sees which learning
// (db/learning-pull.ts), and here a row becomes the wire value of LearningSchema.
import { parseJsonList } from '../db/json';
import { learningVisibility, type LearningRow } from '../db/learnings';
import { learningsForPull, type LearningAudience, type PulledLearning } from '../db/learning-pull';
import type { PullSource, SourceRow } from './pull-sources';
import type { Viewer } from './viewer';

export const audienceOf = (viewer: Viewer): LearningAudience =>
  ({ personId: viewer.personId, unitId: viewer.unitId, networkIds: [...viewer.networkIds] });

export function learningValue(r: LearningRow): Record<string, unknown> {
  return {
    id: r.id, authorId: r.author_id, title: r.title, body: r.body, application: r.application,
    sourceKind: r.source_kind, seminarId: r.seminar_id, competenceIds: parseJsonList<string>(r.competence_ids),
    dlo: parseJsonList<number>(r.dlo), visibility: learningVisibility(r), conflicts: parseJsonList(r.conflicts),
    createdAt: r.created_at, updatedAt: r.updated_at, version: Number(r.revision),
  };
}

/** The value of a pulled row, or null (a `del`) when it is gone or no longer shared with the viewer. */
export const pulledLearningValue = (row: PulledLearning): Record<string, unknown> | null =>
  row.hidden || row.deleted ? null : learningValue(row);

export const learningSource: PullSource = {
  type: 'learning',
  async fetch(db, viewer, after, upTo, limit, tombstonesAbove) {
    return (await learningsForPull(db, audienceOf(viewer), { after, upTo, limit, tombstonesAbove })) as unknown as SourceRow[];
  },
  toValue: (row) => pulledLearningValue(row as unknown as PulledLearning),
};
