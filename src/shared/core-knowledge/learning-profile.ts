// A unit's learning profile (issue 11): over the last twelve months, how many of its
// learnings and of its attendances at events touch each of the 11 characteristics of the
// learning organisation. The plan works mainly on 10, 5, 11 and 9 (domain.md).
import type { Learning, Seminar } from '../entities';

export const DLO_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
/** The characteristics the plan's step 2 works on, in its order. */
export const PLAN_FOCUS: readonly number[] = [10, 5, 11, 9];
export const PROFILE_MONTHS = 12;

export interface ProfileRow { dlo: number; learnings: number; attended: number; focus: boolean }

/** The start of the profile's window: twelve months before `now`. */
export function profileSince(now: Date): string {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - PROFILE_MONTHS);
  return since.toISOString();
}

/**
 * `learnings`: the unit's learnings (its members'); `attendance`: per event, how many of
 * the unit's people were checked in. Each counts once under every characteristic it is
 * tagged with; those outside the window or the future are left out.
 */
export function learningProfile(
  learnings: readonly Pick<Learning, 'createdAt' | 'dlo'>[],
  attendance: readonly { seminar: Pick<Seminar, 'startsAt' | 'dlo'>; count: number }[],
  now: Date,
): ProfileRow[] {
  const since = profileSince(now);
  const until = now.toISOString();
  const inWindow = (at: string) => at >= since && at <= until;
  const rows = DLO_NUMBERS.map((dlo): ProfileRow => ({ dlo, learnings: 0, attended: 0, focus: PLAN_FOCUS.includes(dlo) }));
  for (const learning of learnings) {
    if (!inWindow(learning.createdAt)) continue;
    for (const dlo of new Set(learning.dlo)) rows[dlo - 1]!.learnings += 1;
  }
  for (const { seminar, count } of attendance) {
    if (!inWindow(seminar.startsAt) || count <= 0) continue;
    for (const dlo of new Set(seminar.dlo)) rows[dlo - 1]!.attended += count;
  }
  return rows;
}
