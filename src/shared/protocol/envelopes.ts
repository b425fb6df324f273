// Push and pull envelopes (sync.md), validated on both sides with the same schemas.
import * as v from 'valibot';
import { ENTITY_TYPES, PersonSchema, Uuid, entitySchemas, type EntityType } from '../entities';

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

/** Each type's `put` value as it travels: its entity schema without the id (WireOf). */
const wireSchemas = new Map<EntityType, v.GenericSchema<unknown, Record<string, unknown>>>(
  ENTITY_TYPES.map((type) => [type, v.omit(entitySchemas[type], ['id'])]),
);

/** A pulled change as the device keeps it: a `put` value with its id put back. */
export interface Change {
  type: EntityType;
  op: 'put' | 'del';
  id: string;
  value?: Record<string, unknown>;
}

/**
 * A pulled change, its `put` value checked against its type's entity schema. The server
 * sends a value without its `id` (the change's id is the row's id: ~14 B per person less
 * gzip in an initial pull); parsing puts it back. Fields the schema does not know are
 * dropped, not refused: a newer server's extra field must not cost an older app its rows.
 */
export const ChangeSchema = v.pipe(
  v.object({
    type: v.picklist(ENTITY_TYPES),
    op: v.picklist(['put', 'del']),
    id: v.string(),
    value: v.optional(v.unknown()),
  }),
  v.rawTransform(({ dataset, addIssue, NEVER }): Change => {
    const change = dataset.value;
    const { type, op, id } = change;
    if (op === 'del') return { type, op, id };
    const parsed = v.safeParse(wireSchemas.get(type)!, change.value);
    if (parsed.success) return { type, op, id, value: Object.assign(parsed.output, { id }) };
    const at: v.ObjectPathItem = { type: 'object', origin: 'value', input: change, key: 'value', value: change.value };
    for (const issue of parsed.issues) {
      addIssue({ message: issue.message, input: issue.input, expected: issue.expected ?? undefined, received: issue.received, path: [at, ...(issue.path ?? [])] });
    }
    return NEVER;
  }),
);

export const PullResponseSchema = v.object({
  cursor: v.string(),
  more: v.boolean(),
  reset: v.boolean(),
  lastMutationId: v.number(),
  changes: v.array(ChangeSchema),
});
export type PullResponse = v.InferOutput<typeof PullResponseSchema>;

/**
 * `GET /api/me` and the sign-in replies: the person row's shape (an entity schema checks
 * shapes, not the write rules, so an old stored text never stops a sign-in).
 */
export const PersonReplySchema = v.object({ person: PersonSchema });
