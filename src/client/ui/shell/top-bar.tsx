// The one slim top line: back (below a section's root: an installed app on iOS has no
// browser back button), the screen's title, and the sync chip (signed in) or the language
// (signed out; signed in, it lives on Mig).
import { Link, useRouter } from '@tanstack/react-router';
import { useLang, useT } from '../context';
import { Icon } from '../components/icons';
import type { ScreenInfo } from '../sections';
import { SyncChip } from './sync-chip';

export function TopBar({ screen, signedIn, titleInBar }: { screen: ScreenInfo | undefined; signedIn: boolean; titleInBar: boolean }) {
  const t = useT();
  const { lang, setLang } = useLang();
  const router = useRouter();
  const up = screen?.up;
  const back = () => {
    // Back through this app's own pages when there are some (the search keeps its place);
    // otherwise (a deep link, a shortcut) up to the section.
    if (router.history.canGoBack()) router.history.back();
    else if (up) void router.navigate({ href: up });
  };
  return (
    <header class="top-bar">
      <div class="top-bar__inner">
        {up && (
          <button type="button" class="icon-button" aria-label={t('back')} data-testid="back" onClick={back}>
            <Icon name="back" />
          </button>
        )}
        {/* On a section's root the screen's own h1 says the same to screen readers. */}
        <p class="top-bar__title" aria-hidden={titleInBar ? 'true' : undefined}>{screen ? t(screen.title) : t('appName')}</p>
        <div class="top-bar__end">
          {screen?.action && (
            <Link to={screen.action.to} className="icon-button" aria-label={t(screen.action.label)}>
              <Icon name={screen.action.icon} />
            </Link>
          )}
          {signedIn ? <SyncChip /> : (
            <button type="button" class="button button--quiet top-bar__lang" lang={lang === 'da' ? 'en' : 'da'}
              onClick={() => setLang(lang === 'da' ? 'en' : 'da')}>{t('otherLanguage')}</button>
          )}
        </div>
      </div>
    </header>
  );
}
