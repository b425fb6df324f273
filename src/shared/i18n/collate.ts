// Ordering: names the Danish way, and ISO times as text.
import { lazily } from '../lazily';

const danishCollator = lazily(() => new Intl.Collator('da'));
/**
 * Danish order for names (æ, ø, å last). One collator for the whole app: `localeCompare`
 * with a locale looks its collator up on every call, which a unit page of 30 competences
 * and their helpers, or Find's lists of areas and units at start, pays thousands of times.
 * Made on first use, not when the module loads (lazily.ts).
 */
export const byDanish = (a: string, b: string): number => danishCollator().compare(a, b);

/** ISO times in one form (UTC, as the server writes them) order as text. */
export const byTime = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
