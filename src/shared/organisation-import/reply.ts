// The import endpoint's reply (POST /api/admin/import), as a schema: the import screen
// checks what it is given, as every reply the app reads is checked.
import * as v from 'valibot';
import { PERSON_FIELDS } from './preview';
import { IMPORT_COLUMNS } from './columns';

const Column = v.picklist(IMPORT_COLUMNS);

/**
 * Headers the admin mapped by hand (header as in the file → column), sent with each upload
 * as the `columns` query parameter: JSON, at most 50 headers.
 */
export const ColumnMapSchema = v.pipe(
  v.string(), v.maxLength(10_000), v.parseJson(),
  // A record, not a list (valibot's record takes an array's indexes as keys).
  v.check((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'En tabel over kolonner.'),
  v.record(v.pipe(v.string(), v.maxLength(200)), Column),
  v.check((map) => Object.keys(map).length <= 50, 'Højst 50 kolonner.'),
);

const Problem = v.object({ line: v.number(), code: v.string(), message: v.string() });
const Lined = v.object({ line: v.number(), name: v.string() });

export const ImportReplySchema = v.object({
  summary: v.object({
    created: v.number(), moved: v.number(), updated: v.number(), deactivated: v.number(), reactivated: v.number(), unchanged: v.number(),
    units: v.object({ created: v.number() }), areas: v.object({ created: v.number() }),
    errors: v.array(Problem), warnings: v.array(Problem), written: v.boolean(),
  }),
  /** The file's headers and the column each was matched to (null: none), and the required columns not found. */
  columns: v.nullable(v.object({
    headers: v.array(v.object({ header: v.string(), column: v.nullable(Column) })),
    missing: v.array(Column),
  })),
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
