// Ordering: names the Danish way, and ISO times as text.
/**
 * Danish order for names (æ, ø, å last). One collator for the whole app: `localeCompare`
 * with a locale looks its collator up on every call, which a unit page of 30 competences
 * and their helpers, or Find's lists of areas and units at start, pays thousands of times.
 */
export const byDanish = new Intl.Collator('da').compare;

/** ISO times in one form (UTC, as the server writes them) order as text. */
export const byTime = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
