// The import endpoint's reply (POST /api/admin/import), as a schema: the import screen
// checks what it is given, as every reply the app reads is checked.
import * as v from 'valibot';
import { PERSON_FIELDS } from './preview';

const Problem = v.object({ line: v.number(), code: v.string(), message: v.string() });
const Lined = v.object({ line: v.number(), name: v.string() });

export const ImportReplySchema = v.object({
  summary: v.object({
    created: v.number(), moved: v.number(), updated: v.number(), deactivated: v.number(), reactivated: v.number(), unchanged: v.number(),
    units: v.object({ created: v.number() }), areas: v.object({ created: v.number() }),
    errors: v.array(Problem), warnings: v.array(Problem), written: v.boolean(),
  }),
  read: v.nullable(v.object({ kind: v.picklist(['csv', 'xlsx']), encoding: v.nullable(v.string()), delimiter: v.nullable(v.string()) })),
  preview: v.nullable(v.object({
    areas: v.array(v.string()),
    units: v.array(v.object({ name: v.string(), area: v.string() })),
    created: v.array(v.object({ line: v.number(), name: v.string(), email: v.string(), unit: v.string() })),
    moved: v.array(v.object({ line: v.number(), name: v.string(), from: v.string(), to: v.string() })),
    changed: v.array(v.object({ line: v.number(), name: v.string(), fields: v.array(v.object({ field: v.picklist(PERSON_FIELDS), before: v.string(), after: v.string() })) })),
    leaders: v.array(Lined),
    reactivated: v.array(Lined),
    deactivated: v.array(v.object({ name: v.string(), email: v.string() })),
  })),
});
export type ImportReply = v.InferOutput<typeof ImportReplySchema>;
