// The Intl locale of each UI language: dates, times and numbers follow da-DK (domain.md).
import type { UiLang } from './messages';

export const localeOf = (lang: UiLang): string => (lang === 'da' ? 'da-DK' : 'en-GB');

/** Intl objects are slow to make and safe to share: one of each per language. */
export function perLang<T>(make: (locale: string) => T): (lang: UiLang) => T {
  const made = new Map<UiLang, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) {
      value = make(localeOf(lang));
      made.set(lang, value);
    }
    return value;
  };
}
