// The app's frame, made for a phone: one slim top line (back, title, sync chip), the
// screen, and a bottom tab bar of the built sections that steps aside for the keyboard.
import { Outlet, useMatches, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'preact/hooks';
import { useRuntime, useT } from './context';
import { useNotices, useRowsLoaded, useSyncStatus } from './hooks';
import { lazy, Suspense } from 'preact/compat';
import { TopBar } from './shell/top-bar';
import { TabBar } from './shell/tab-bar';
import { FirstSyncProgress } from './shell/first-sync-progress';
import { SnackbarProvider } from './shell/snackbar';
import { InstallOffer } from './shell/install-offer';
import { useSoftKeyboardOpen } from './shell/soft-keyboard';
import type { SectionId } from './sections';

// It registers the service worker and offers a new version: after the first paint, which
// it is no part of (its code loads in a chunk of its own, as workbox-window does).
const UpdatePrompt = lazy(() => import('./components/update-prompt').then((module) => ({ default: module.UpdatePrompt })));

/** Pages anyone may read signed out: the sign-in, and the pages the law asks for. */
const OPEN_PATHS: ReadonlySet<string> = new Set(['/login', '/privatliv', '/tilgaengelighed']);

export function Shell() {
  const t = useT();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const screen = useMatches({ select: (matches) => matches.at(-1)?.staticData?.screen });
  const signedIn = runtime.personId !== null;
  const keyboardOpen = useSoftKeyboardOpen();
  // Screens read the synced rows as they render: most wait until all are read at start.
  const rowsLoaded = useRowsLoaded();

  useEffect(() => {
    if (!signedIn && !OPEN_PATHS.has(path)) void navigate({ to: '/login' });
  }, [signedIn, path]);

  // A section's root has no h1 of its own on screen: the top line shows the title.
  const titleInBar = Boolean(screen?.section && !screen.up);
  const tabs = signedIn && screen?.section !== null;
  // The snackbar floats inside .app, above the tab bar it measures itself by.
  return (
    <div class="app" data-tabs={!tabs ? 'none' : keyboardOpen ? 'hidden' : 'shown'}>
      <SnackbarProvider>
        <a class="skip-link" href="#main">{t('skipToContent')}</a>
        <TopBar screen={screen} signedIn={signedIn} titleInBar={titleInBar} />
        {signedIn && <FirstSyncStrip />}
        {signedIn && <InstallOffer />}
        <main id="main" tabIndex={-1} data-title-in-bar={titleInBar ? '' : undefined}>
          {rowsLoaded || screen?.beforeRowsLoaded ? <Outlet /> : <p class="muted" role="status">{t('loading')}</p>}
        </main>
        {tabs && <ShellTabBar section={screen?.section ?? null} hidden={keyboardOpen} />}
        <Suspense fallback={null}><UpdatePrompt /></Suspense>
      </SnackbarProvider>
    </div>
  );
}

function ShellTabBar({ section, hidden }: { section: SectionId | null; hidden: boolean }) {
  const { notices } = useNotices();
  return <TabBar current={section} badges={{ notices: notices?.length ?? 0 }} hidden={hidden} />;
}

/** While a first sync pulls page after page: what has arrived, searchable already. */
function FirstSyncStrip() {
  const status = useSyncStatus();
  return status.progress?.fromScratch ? <FirstSyncProgress progress={status.progress} live /> : null;
}
