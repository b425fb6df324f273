// The runtime and the language, handed to every screen through context.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Runtime } from '../runtime';
import { translate, type MessageKey, type UiLang } from '../../shared/i18n/messages';

export const RuntimeContext = createContext<Runtime | null>(null);

export function useRuntime(): Runtime {
  const runtime = useContext(RuntimeContext);
  if (!runtime) throw new Error('RuntimeContext mangler');
  return runtime;
}

export interface I18n { lang: UiLang; setLang(lang: UiLang): void }
export const I18nContext = createContext<I18n>({ lang: 'da', setLang: () => undefined });

export function useT() {
  const { lang } = useContext(I18nContext);
  return (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);
}

export function useLang(): I18n {
  return useContext(I18nContext);
}

export const locale = (lang: UiLang) => (lang === 'da' ? 'da-DK' : 'en-GB');
