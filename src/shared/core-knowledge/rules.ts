// The limits of a unit's core knowledge, shared by the server's mutators, the device's
// optimistic effects and the forms, so all three draw the line in the same place.

/**
 * The most people a unit may say it needs of one competence. A Danish "aftaleenhed" has
 * from a handful to a few hundred employees (a large care centre about 300), so a need
 * above 500 is a slip of the finger (5000 for 50), never a plan: refused, not stored.
 */
export const MAX_NEED = 500;

/** A need without a level counts people who hold the competence at least as "erfaren". */
export const DEFAULT_NEED_LEVEL = 2 as const;

/** How far a phone's clock may run ahead before "the meeting was held at" is refused as future. */
export const MEETING_CLOCK_SKEW_MS = 10 * 60_000;

export function isNeedInRange(need: number): boolean {
  return Number.isInteger(need) && need >= 0 && need <= MAX_NEED;
}
