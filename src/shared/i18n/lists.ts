// A list in words, the local way: "navnet og enheden", "the name and the unit".
import type { UiLang } from './messages';
import { perLang } from './locale';

const conjunctions = perLang((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

export function formatList(lang: UiLang, items: readonly string[]): string {
  return conjunctions(lang).format(items);
}
