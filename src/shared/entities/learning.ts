// The learning log: what I learned and how we can use it.
import * as v from 'valibot';
import { Dlo, Id, IsoTime, Version, longText, text } from './common';

export const SOURCE_KINDS = ['course', 'conference', 'seminar', 'network', 'colleague', 'other'] as const;
export const SourceKindSchema = v.picklist(SOURCE_KINDS);

export const VisibilitySchema = v.union([
  v.picklist(['private', 'unit', 'organization']),
  v.strictObject({ network: Id }),
]);
export type Visibility = v.InferOutput<typeof VisibilitySchema>;

export const LearningSchema = v.object({
  id: Id,
  authorId: Id,
  title: text(200),
  body: longText(10000),
  application: longText(4000),
  sourceKind: SourceKindSchema,
  seminarId: v.nullable(Id),
  competenceIds: v.array(Id),
  dlo: Dlo,
  visibility: VisibilitySchema,
  /** Texts kept from concurrent edits (learning.update with an old baseVersion): never dropped. */
  conflicts: v.array(v.object({ title: text(200), body: longText(10000), application: longText(4000), at: IsoTime })),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  /** The learning's revision, sent back as `baseVersion` by learning.update (conflicts). */
  version: Version,
});
export type Learning = v.InferOutput<typeof LearningSchema>;
