// The changes of a pulled page the device can read, each checked against its entity's
// schema (envelopes.ts ChangeSchema). One that cannot be read is skipped with a warning
// and the rest of the page is applied: a row is the server's truth and the screens cope
// with an odd value card by card, but a page refused would be asked for again and again,
// and sync would stop for good behind one row. A skipped row comes back when it changes
// again (or with a reset).
import * as v from 'valibot';
import { ChangeSchema, type Change } from '../../shared/protocol';
import { drain, type Steps } from '../../shared/slices/slices';

/** What can be said of a change that may not even be an object. */
function describe(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return typeof raw;
  const { type, id } = raw as { type?: unknown; id?: unknown };
  return `${String(type)} ${String(id)}`;
}

export function readableChanges(changes: readonly unknown[]): Change[] {
  return drain(readingChanges(changes));
}

/** The same, a change a step: a page of 5,000 is read in slices (slices.ts). */
export function* readingChanges(changes: readonly unknown[]): Steps<Change[]> {
  const kept: Change[] = [];
  for (const raw of changes) {
    yield;
    const parsed = v.safeParse(ChangeSchema, raw);
    if (parsed.success) {
      kept.push(parsed.output);
      continue;
    }
    const [issue, ...more] = parsed.issues;
    const others = more.length > 0 ? ` (and ${more.length} more)` : '';
    console.warn(`pull: skipped ${describe(raw)}: ${v.getDotPath(issue) ?? '(change)'}: ${issue.message}${others}`);
  }
  return kept;
}
