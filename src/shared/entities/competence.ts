// The shared competence catalogue and the competences people register.
import * as v from 'valibot';

export const CompetenceSchema = v.object({
  id: v.string(),
  name: v.string(),
  category: v.string(),
  synonyms: v.array(v.string()),
  description: v.string(),
  /** Retired by an admin: no longer offered in pickers, still shown on those who hold it. */
  retired: v.optional(v.boolean()),
});
export type Competence = v.InferOutput<typeof CompetenceSchema>;

/** 1 basic, 2 experienced, 3 expert (sync.md). */
export const LevelSchema = v.picklist([1, 2, 3]);
export type Level = v.InferOutput<typeof LevelSchema>;

export const PersonCompetenceSchema = v.object({
  id: v.string(),
  personId: v.string(),
  competenceId: v.string(),
  level: LevelSchema,
  canHelp: v.boolean(),
  note: v.string(),
});
export type PersonCompetence = v.InferOutput<typeof PersonCompetenceSchema>;

export { personCompetenceId, coreKnowledgeId } from './ids';

export const CoreKnowledgeSchema = v.object({
  id: v.string(),
  unitId: v.string(),
  competenceId: v.string(),
  /** The level a person must hold at least to count towards the need (default 2). */
  level: LevelSchema,
  needNow: v.number(),
  needIn5Years: v.number(),
  note: v.string(),
});
export type CoreKnowledge = v.InferOutput<typeof CoreKnowledgeSchema>;
