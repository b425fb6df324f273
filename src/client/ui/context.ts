// The runtime and the language, handed to every screen through context.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Runtime } from '../runtime';
import { translate, type MessageKey, type UiLang } from '../../shared/i18n/messages';
import { translateCount, type CountedKey } from '../../shared/i18n/plural';

export const RuntimeContext = createContext<Runtime | null>(null);

export function useRuntime(): Runtime {
  const runtime = useContext(RuntimeContext);
  if (!runtime) throw new Error('RuntimeContext mangler');
  return runtime;
}

export interface I18n { lang: UiLang; setLang(lang: UiLang): void }
export const I18nContext = createContext<I18n>({ lang: 'da', setLang: () => undefined });

type Vars = Record<string, string | number>;

/** `t(key, vars)`, and `t.count(key, n, vars)` for a count in words (`<key>_one` / `<key>_other`, plural.ts). */
export interface Translate {
  (key: MessageKey, vars?: Vars): string;
  count(key: CountedKey, n: number, vars?: Vars): string;
}

export function useT(): Translate {
  const { lang } = useContext(I18nContext);
  return Object.assign((key: MessageKey, vars?: Vars) => translate(lang, key, vars), {
    count: (key: CountedKey, n: number, vars?: Vars) => translateCount(lang, key, n, vars),
  });
}

export function useLang(): I18n {
  return useContext(I18nContext);
}

export const locale = (lang: UiLang) => (lang === 'da' ? 'da-DK' : 'en-GB');
