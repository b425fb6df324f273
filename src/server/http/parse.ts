// Request bodies and queries, parsed with the shared schemas: unknown fields are refused.
import type { Context } from 'hono';
import * as v from 'valibot';
import { BodyReadError, HttpError } from './errors';
import type { ErrorCode } from '../../shared/protocol';

function issuesOf(issues: v.BaseIssue<unknown>[]) {
  return issues.slice(0, 20).map((issue) => ({ path: v.getDotPath(issue), message: issue.message }));
}

export async function readJson<S extends v.GenericSchema>(c: Context, schema: S): Promise<v.InferOutput<S>> {
  return parseWith(schema, await readBody(c));
}

/** The JSON body, not yet checked against a schema. */
export async function readBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'unsupported_media_type');
  let text: string;
  try {
    text = await c.req.text();
  } catch (error) {
    // Cut off or broken on the way in: not bad JSON, and no fault of ours (errors.ts).
    throw new BodyReadError(error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'bad_json');
  }
}

export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (!result.success) throw new HttpError(400, 'invalid_request', issuesOf(result.issues));
  return result.output;
}

/** Like readJson, but a body that fails the schema answers with `code` (e.g. invalid_email). */
export async function readJsonAs<S extends v.GenericSchema>(c: Context, schema: S, code: ErrorCode): Promise<v.InferOutput<S>> {
  const body = await readBody(c);
  const result = v.safeParse(schema, body);
  if (!result.success) throw new HttpError(400, code, issuesOf(result.issues));
  return result.output;
}
