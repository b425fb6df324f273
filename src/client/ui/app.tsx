// The root component: runtime and language in context, then the router.
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { RouterProvider } from '@tanstack/react-router';
import type { Runtime } from '../runtime';
import { I18nContext, RuntimeContext } from './context';
import { createAppRouter } from './router';
import type { UiLang } from '../../shared/i18n/messages';
import { LANG_KEY, loadLanguage, storedLang } from './app-lang';

export function App({ runtime }: { runtime: Runtime }) {
  // main.tsx has loaded the stored language's texts before this draws.
  const [lang, setLangState] = useState<UiLang>(storedLang);
  const router = useMemo(() => createAppRouter(), []);
  // <html lang> in step with the language: screen readers and hyphenation follow it.
  useLayoutEffect(() => { document.documentElement.lang = lang; }, [lang]);
  const i18n = useMemo(() => ({
    lang,
    setLang(next: UiLang) {
      // Its texts first, then the switch: never a screen half in one language. Offline
      // without them (the service worker has them once it has installed), Danish stays.
      loadLanguage(next).then(() => {
        globalThis.localStorage?.setItem(LANG_KEY, next);
        setLangState(next);
      }, () => undefined);
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
