// The form kit's words in the chosen language. Read from the kit's own section directly
// (src/shared/i18n/sections/forms.ts), so its keys need no place in the core MessageKey.
import { useLang } from '../context';
import { formMessages, type FormWord } from '../../../shared/i18n/sections/forms';
import type { UiLang } from '../../../shared/i18n/messages';

export type SayFormWord = (word: FormWord, vars?: Record<string, string | number>) => string;

export function formWord(lang: UiLang, word: FormWord, vars: Record<string, string | number> = {}): string {
  return formMessages[word][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export function useFormWords(): SayFormWord {
  const { lang } = useLang();
  return (word, vars) => formWord(lang, word, vars);
}
