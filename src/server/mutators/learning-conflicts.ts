// The rule that keeps both texts when a learning was edited on two devices offline
// (sync.md: "if baseVersion is older than the server's, keep both texts, never drop
// one"). Pure: the mutator reads and writes the row, this decides the texts.
import { MutationRefusal } from '../../shared/protocol';

export interface LearningText { title: string; body: string; application: string }
export interface KeptConflict extends LearningText { at: string }

/** Beyond this many unmerged versions an edit is refused (and stays on the device), not kept. */
export const MAX_CONFLICTS = 20;

const sameText = (a: LearningText, b: LearningText) => a.title === b.title && a.body === b.body && a.application === b.application;

/**
 * `now`, moved on by a millisecond while another kept version has that stamp: resolving
 * names a conflict by its `at`, so two must never share one.
 */
function uniqueStamp(now: string, kept: readonly KeptConflict[]): string {
  const taken = new Set(kept.map((c) => c.at));
  let ms = Date.parse(now);
  while (taken.has(new Date(ms).toISOString())) ms += 1;
  return new Date(ms).toISOString();
}

export interface TextDecision { texts: LearningText; conflicts: KeptConflict[] }

/**
 * The texts after an update. Resolved conflicts (by their `at`) are dropped first; a conflict
 * that arrived meanwhile stays. Up to date (`stale` false): the incoming text wins. Stale: the
 * current text stays the main version and a different incoming text is kept beside it.
 */
export function decideTexts(input: {
  current: LearningText; incoming: LearningText; stale: boolean;
  kept: readonly KeptConflict[]; resolved: readonly string[]; now: string;
}): TextDecision {
  const resolved = new Set(input.resolved);
  const conflicts = input.kept.filter((c) => !resolved.has(c.at));
  if (!input.stale) return { texts: input.incoming, conflicts };
  const known = sameText(input.incoming, input.current) || conflicts.some((c) => sameText(c, input.incoming));
  if (known) return { texts: input.current, conflicts };
  if (conflicts.length >= MAX_CONFLICTS) throw new MutationRefusal('learning_too_many_conflicts');
  return { texts: input.current, conflicts: [...conflicts, { ...input.incoming, at: uniqueStamp(input.now, conflicts) }] };
}
