// The root component: runtime and language in context, then the router.
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { RouterProvider } from '@tanstack/react-router';
import type { Runtime } from '../runtime';
import { I18nContext, RuntimeContext } from './context';
import { createAppRouter } from './router';
import type { UiLang } from '../../shared/i18n/messages';

// index.html's inline script reads this key too, to set <html lang> before the app loads.
const LANG_KEY = 'videnbro-lang';

function initialLang(): UiLang {
  return globalThis.localStorage?.getItem(LANG_KEY) === 'en' ? 'en' : 'da';
}

export function App({ runtime }: { runtime: Runtime }) {
  const [lang, setLangState] = useState<UiLang>(initialLang);
  const router = useMemo(() => createAppRouter(), []);
  // <html lang> in step with the language: screen readers and hyphenation follow it.
  useLayoutEffect(() => { document.documentElement.lang = lang; }, [lang]);
  const i18n = useMemo(() => ({
    lang,
    setLang(next: UiLang) {
      globalThis.localStorage?.setItem(LANG_KEY, next);
      setLangState(next);
    },
  }), [lang]);
  return (
    <RuntimeContext.Provider value={runtime}>
      <I18nContext.Provider value={i18n}>
        <RouterProvider router={router} />
      </I18nContext.Provider>
    </RuntimeContext.Provider>
  );
}
