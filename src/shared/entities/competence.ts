// The shared competence catalogue and the competences people register.
import * as v from 'valibot';
import { Id, longText, text } from './common';

export const CompetenceSchema = v.object({
  id: Id,
  name: text(120),
  category: text(120),
  synonyms: v.array(text(120)),
  description: longText(1000),
});
export type Competence = v.InferOutput<typeof CompetenceSchema>;

/** 1 basic, 2 experienced, 3 expert (sync.md). */
export const LevelSchema = v.picklist([1, 2, 3]);
export type Level = v.InferOutput<typeof LevelSchema>;

export const PersonCompetenceSchema = v.object({
  id: Id,
  personId: Id,
  competenceId: Id,
  level: LevelSchema,
  canHelp: v.boolean(),
  note: longText(500),
});
export type PersonCompetence = v.InferOutput<typeof PersonCompetenceSchema>;

export { personCompetenceId, coreKnowledgeId } from './ids';

export const CoreKnowledgeSchema = v.object({
  id: Id,
  unitId: Id,
  competenceId: Id,
  /** The level a person must hold at least to count towards the need (default 2). */
  level: LevelSchema,
  needNow: v.pipe(v.number(), v.integer(), v.minValue(0)),
  needIn5Years: v.pipe(v.number(), v.integer(), v.minValue(0)),
  note: longText(1000),
});
export type CoreKnowledge = v.InferOutput<typeof CoreKnowledgeSchema>;
