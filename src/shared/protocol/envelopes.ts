// Push and pull envelopes (sync.md), validated on both sides with the same schemas.
import * as v from 'valibot';
import { ENTITY_TYPES, RoleSchema, Uuid } from '../entities';

import { MAX_MUTATIONS_PER_PUSH, MAX_PULL_LIMIT, DEFAULT_PULL_LIMIT } from './limits';

export { MAX_MUTATIONS_PER_PUSH, MAX_PULL_LIMIT, DEFAULT_PULL_LIMIT };

export const PushRequestSchema = v.strictObject({
  clientId: Uuid,
  mutations: v.pipe(
    v.array(
      v.strictObject({
        id: v.pipe(v.number(), v.integer(), v.minValue(1)),
        name: v.pipe(v.string(), v.maxLength(100)),
        // Each mutation's args are checked against its own schema when it runs, so a bad
        // one is `rejected` and the queue moves on, instead of failing the whole push.
        args: v.unknown(),
      }),
    ),
    v.maxLength(MAX_MUTATIONS_PER_PUSH),
  ),
});
export type PushRequest = v.InferOutput<typeof PushRequestSchema>;

export const ErrorBodySchema = v.object({
  code: v.string(),
  message: v.string(),
  details: v.optional(v.unknown()),
  expected: v.optional(v.number()),
});
export type ErrorBody = v.InferOutput<typeof ErrorBodySchema>;

export const MutationResultSchema = v.object({
  id: v.number(),
  status: v.picklist(['applied', 'rejected', 'skipped']),
  error: v.optional(v.object({ code: v.string(), message: v.string() })),
});
export type MutationResult = v.InferOutput<typeof MutationResultSchema>;

export const PushResponseSchema = v.object({
  lastMutationId: v.number(),
  results: v.array(MutationResultSchema),
});
export type PushResponse = v.InferOutput<typeof PushResponseSchema>;

export const PullQuerySchema = v.strictObject({
  clientId: Uuid,
  cursor: v.optional(v.pipe(v.string(), v.maxLength(100))),
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,6}$/), v.transform(Number), v.minValue(1), v.maxValue(MAX_PULL_LIMIT)),
  ),
});

/** A pulled change. The server sends a `put` value without its `id` (the change's id is the
 * row's id: ~14 B per person less gzip in an initial pull); parsing puts it back. */
export const ChangeSchema = v.pipe(
  v.object({
    type: v.picklist(ENTITY_TYPES),
    op: v.picklist(['put', 'del']),
    id: v.string(),
    value: v.optional(v.record(v.string(), v.unknown())),
  }),
  v.transform((change) => (change.value ? { ...change, value: { ...change.value, id: change.id } } : change)),
);
export type Change = v.InferOutput<typeof ChangeSchema>;

export const PullResponseSchema = v.object({
  cursor: v.string(),
  more: v.boolean(),
  reset: v.boolean(),
  lastMutationId: v.number(),
  changes: v.array(ChangeSchema),
});
export type PullResponse = v.InferOutput<typeof PullResponseSchema>;

/**
 * `GET /api/me` and the sign-in replies. Plain strings here, not the write schemas: a
 * reply is checked for its shape, and an old stored text must never stop a sign-in.
 */
export const PersonReplySchema = v.object({
  person: v.object({
    id: v.string(),
    name: v.string(),
    email: v.string(),
    title: v.string(),
    phone: v.nullable(v.string()),
    phoneHidden: v.boolean(),
    bio: v.string(),
    unitId: v.string(),
    roles: v.array(RoleSchema),
    knowledgeSharer: v.boolean(),
  }),
});
