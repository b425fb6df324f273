// Counts in words: Intl.PluralRules picks a message by the number's plural category,
// "1 kollega" but "2 kolleger", and the number itself is written the local way (12.345).
// A counted message is a pair of keys, `<key>_one` and `<key>_other`, each with `{n}`.
import { translate, type MessageKey, type UiLang } from './messages';
import { perLang } from './locale';

/** The keys that have `_one` and `_other` forms: what `translateCount` takes. */
export type CountedKey = {
  [K in MessageKey]: K extends `${infer Base}_other` ? (`${Base}_one` extends MessageKey ? Base : never) : never;
}[MessageKey];

const pluralRules = perLang((locale) => new Intl.PluralRules(locale));
const numbers = perLang((locale) => new Intl.NumberFormat(locale));

/** The number written the local way: 12.345 in Danish, 12,345 in English. */
export function formatNumber(lang: UiLang, n: number): string {
  return numbers(lang).format(n);
}

/** The `key` message for `n` things, `{n}` filled in; a category without a form of its own uses `_other`. */
export function translateCount(lang: UiLang, key: CountedKey, n: number, vars: Record<string, string | number> = {}): string {
  const filled = { ...vars, n: formatNumber(lang, n) };
  const form = `${key}_${pluralRules(lang).select(n)}` as MessageKey;
  // Asked of the whole catalogue (a section's texts included): a missing key shows as itself.
  const text = translate(lang, form, filled);
  return text === form ? translate(lang, `${key}_other` as MessageKey, filled) : text;
}
