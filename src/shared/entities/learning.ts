// The learning log: what I learned and how we can use it.
import * as v from 'valibot';
import { Id, StoredTime } from './common';

export const SOURCE_KINDS = ['course', 'conference', 'seminar', 'network', 'colleague', 'other'] as const;
export const SourceKindSchema = v.picklist(SOURCE_KINDS);

/** Who may read a learning, as learning.create and learning.update write it. */
export const VisibilitySchema = v.union([
  v.picklist(['private', 'unit', 'organization']),
  v.strictObject({ network: Id }),
]);
export type Visibility = v.InferOutput<typeof VisibilitySchema>;
/** The same as a pulled row carries it (a shape, not the rule for a new id). */
const StoredVisibilitySchema = v.union([v.picklist(['private', 'unit', 'organization']), v.object({ network: v.string() })]);

export const LearningSchema = v.object({
  id: v.string(),
  authorId: v.string(),
  /** The author's name when written: what a card shows once the author has left (and their person row with them). */
  authorName: v.optional(v.string(), ''),
  title: v.string(),
  body: v.string(),
  application: v.string(),
  sourceKind: SourceKindSchema,
  seminarId: v.nullable(v.string()),
  competenceIds: v.array(v.string()),
  dlo: v.array(v.number()),
  visibility: StoredVisibilitySchema,
  /** Texts kept from concurrent edits (learning.update with an old baseVersion): never dropped. */
  conflicts: v.array(v.object({ title: v.string(), body: v.string(), application: v.string(), at: StoredTime })),
  createdAt: StoredTime,
  updatedAt: StoredTime,
  /** The learning's revision, sent back as `baseVersion` by learning.update (conflicts). */
  version: v.number(),
});
export type Learning = v.InferOutput<typeof LearningSchema>;
