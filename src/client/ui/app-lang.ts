// The language chosen on this phone (Danish unless English was chosen), and the English
// of the first paint's texts, fetched only for English: before the app draws, or when a
// user switches. index.html's inline script reads the same key to set <html lang> early.
import type { UiLang } from '../../shared/i18n/messages';

export const LANG_KEY = 'videnbro-lang';

export function storedLang(): UiLang {
  return globalThis.localStorage?.getItem(LANG_KEY) === 'en' ? 'en' : 'da';
}

let english: Promise<unknown> | undefined;

/** Resolves once `lang`'s texts are all in the catalogue (Danish always are). */
export function loadLanguage(lang: UiLang): Promise<unknown> {
  if (lang === 'da') return Promise.resolve();
  english ??= import('../../shared/i18n/messages-en').catch((error: unknown) => {
    english = undefined; // offline before the service worker had it: try again next time
    throw error;
  });
  return english;
}
