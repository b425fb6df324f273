// Every entity type that travels in pull `changes`, by its wire name (sync.md), and the
// one shape of each: the entity schemas describe rows as the server stores and sends them
// (checked for their shape on the device, envelopes.ts ChangeSchema); the rules a write
// must pass (clean texts, canonical times, lengths) are the mutation schemas' (protocol/).
import type * as v from 'valibot';
import { AreaSchema, PersonSchema, UnitSchema } from './organisation';
import { CompetenceSchema, CoreKnowledgeSchema, PersonCompetenceSchema } from './competence';
import { MembershipSchema, NetworkSchema, NetworkTaskSchema } from './network';
import { SeminarSchema, SignupSchema } from './seminar';
import { LearningSchema } from './learning';
import { UnitAttendanceSchema, UnitPlanSchema } from './unit-plan';
import { NotificationSettingsSchema } from '../notifications/settings';
import { PulseResultSchema, PulseSchema } from './pulse';

export * from './instant';
export * from './common';
export * from './organisation';
export * from './competence';
export * from './network';
export * from './seminar';
export * from './learning';
export * from './unit-plan';
export * from './pulse';

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
  notificationSettings: NotificationSettingsSchema,
  pulse: PulseSchema,
  pulseResult: PulseResultSchema,
} as const;

export type EntityType = keyof typeof entitySchemas;
export const ENTITY_TYPES = Object.keys(entitySchemas) as EntityType[];
export type EntityOf<T extends EntityType> = v.InferOutput<(typeof entitySchemas)[T]>;
/**
 * What pull sends as a `put` value of type T: the entity without its `id` (sync.md; the
 * change's own id is the row's, and the device puts it back). Derived from the schema, so
 * a server mapper declared to return it cannot miss, add or misspell a field. Distributes
 * over a union of types (each its own shape, never their common fields).
 */
export type WireOf<T extends EntityType> = T extends EntityType ? Omit<v.InferInput<(typeof entitySchemas)[T]>, 'id'> : never;
export type AnyEntity = EntityOf<EntityType>;
