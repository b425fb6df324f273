// The app's frame: skip link, header with navigation, sync status, the screen.
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'preact/hooks';
import { useLang, useRuntime, useT } from './context';
import { SyncStatusBar } from './components/sync-status';
import { UpdatePrompt } from './components/update-prompt';

export function Shell() {
  const t = useT();
  const { lang, setLang } = useLang();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const signedIn = runtime.personId !== null;

  useEffect(() => {
    if (!signedIn && path !== '/login') void navigate({ to: '/login' });
  }, [signedIn, path]);

  const signOut = async () => {
    const pending = await runtime.pendingCount();
    if (pending > 0 && !window.confirm(t('signOutPending', { n: pending }))) return;
    if (!(await runtime.signOut())) {
      window.alert(t('signOutOffline'));
      return;
    }
    window.location.assign('/login');
  };

  return (
    <>
      <a class="skip-link" href="#main">{t('skipToContent')}</a>
      <header class="app-header">
        <div class="app-header__top">
          <Link to="/" className="brand">{t('appName')}</Link>
          <div class="row">
            <label class="lang-select">
              <span class="visually-hidden">{t('language')}</span>
              <select value={lang} onChange={(e) => setLang(e.currentTarget.value === 'en' ? 'en' : 'da')}>
                <option value="da">Dansk</option>
                <option value="en">English</option>
              </select>
            </label>
            {signedIn && <button type="button" class="button button--small button--quiet" onClick={() => void signOut()}>{t('signOut')}</button>}
          </div>
        </div>
        {signedIn && (
          <nav aria-label={t('mainNav')}>
            <ul class="nav-list">
              <li><Link to="/" activeOptions={{ exact: true, includeSearch: false }} activeProps={{ 'aria-current': 'page' }}>{t('navDirectory')}</Link></li>
              <li><Link to="/kompetencer" activeProps={{ 'aria-current': 'page' }}>{t('navCatalogue')}</Link></li>
              <li><Link to="/mig" activeProps={{ 'aria-current': 'page' }}>{t('navMe')}</Link></li>
              <li><Link to="/ikke-gennemfoert" activeProps={{ 'aria-current': 'page' }}>{t('navRejected')}</Link></li>
            </ul>
          </nav>
        )}
      </header>
      {signedIn && <SyncStatusBar />}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <UpdatePrompt />
    </>
  );
}
