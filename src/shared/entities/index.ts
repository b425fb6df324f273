// Every entity type that travels in pull `changes`, by its wire name (sync.md).
import type * as v from 'valibot';
import { AreaSchema, PersonSchema, UnitSchema } from './organisation';
import { CompetenceSchema, CoreKnowledgeSchema, PersonCompetenceSchema } from './competence';
import { MembershipSchema, NetworkSchema, NetworkTaskSchema } from './network';
import { SeminarSchema, SignupSchema } from './seminar';
import { LearningSchema } from './learning';
import { UnitAttendanceSchema, UnitPlanSchema } from './unit-plan';

export * from './instant';
export * from './common';
export * from './organisation';
export * from './competence';
export * from './network';
export * from './seminar';
export * from './learning';
export * from './unit-plan';

export const entitySchemas = {
  area: AreaSchema,
  unit: UnitSchema,
  person: PersonSchema,
  competence: CompetenceSchema,
  personCompetence: PersonCompetenceSchema,
  network: NetworkSchema,
  membership: MembershipSchema,
  networkTask: NetworkTaskSchema,
  seminar: SeminarSchema,
  signup: SignupSchema,
  learning: LearningSchema,
  coreKnowledge: CoreKnowledgeSchema,
  unitPlan: UnitPlanSchema,
  unitAttendance: UnitAttendanceSchema,
} as const;

export type EntityType = keyof typeof entitySchemas;
export const ENTITY_TYPES = Object.keys(entitySchemas) as EntityType[];
export type EntityOf<T extends EntityType> = v.InferOutput<(typeof entitySchemas)[T]>;
export type AnyEntity = EntityOf<EntityType>;
