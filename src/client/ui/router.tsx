// The routes, and what each tells the top line (`staticData.screen`, sections.ts). Only the
// home screen comes with the first paint; the others load on demand (and the service
// worker has them all, for offline use). Navigation shows only features that work.
import { createRootRoute, createRoute, createRouter, lazyRouteComponent, Link, redirect } from '@tanstack/react-router';
import { Shell } from './shell';
import { DirectoryScreen } from './directory/directory-screen';
import { parseDirectorySearch, type DirectorySearch } from './directory/search-params';
import type { ScreenInfo } from './sections';
import { useT } from './context';
import { keepAfterSignIn } from './events/after-sign-in';
import { ScreenError } from './components/screen-error';

function NotFound() {
  const t = useT();
  return (
    <div class="stack">
      <h1>{t('notFound')}</h1>
      <Link to="/">{t('goHome')}</Link>
    </div>
  );
}

const screen = (info: ScreenInfo) => ({ screen: info });

const rootRoute = createRootRoute({ component: Shell, notFoundComponent: NotFound });
const directoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: (raw: Record<string, unknown>): DirectorySearch => parseDirectorySearch(raw),
  // The search box at once; results once the rows are in (DirectoryService.prepare).
  staticData: screen({ title: 'directoryTitle', section: 'find', action: { to: '/kompetencer', label: 'catalogueTitle', icon: 'list' }, beforeRowsLoaded: true }),
  component: DirectoryScreen,
});
const personRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/personer/$id',
  staticData: screen({ title: 'titlePerson', section: 'find', up: '/' }),
  component: lazyRouteComponent(() => import('./screens/person-screen'), 'PersonScreen'),
});
const catalogueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kompetencer',
  staticData: screen({ title: 'navCatalogue', section: 'find', up: '/' }),
  component: lazyRouteComponent(() => import('./screens/catalogue-screen'), 'CatalogueScreen'),
});
const competenceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kompetencer/$id',
  staticData: screen({ title: 'titleCompetence', section: 'find', up: '/kompetencer' }),
  component: lazyRouteComponent(() => import('./screens/competence-screen'), 'CompetenceScreen'),
});
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  // Reads no synced row (a shared phone's sign-in waits for them itself: runtime.ts).
  staticData: screen({ title: 'appName', section: null, beforeRowsLoaded: true }),
  component: lazyRouteComponent(() => import('./screens/sign-in-screen'), 'SignInScreen'),
});
const meRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mig',
  staticData: screen({ title: 'meTitle', section: 'me' }),
  component: lazyRouteComponent(() => import('./screens/me-screen'), 'MeScreen'),
});
// networks
const networksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/netvaerk',
  staticData: screen({ title: 'networksTitle', section: 'networks' }),
  component: lazyRouteComponent(() => import('./networks/networks-screen'), 'NetworksScreen'),
});
const givenTasksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/netvaerk/opgaver',
  staticData: screen({ title: 'tasksGivenTitle', section: 'networks', up: '/netvaerk' }),
  component: lazyRouteComponent(() => import('./networks/given-tasks-screen'), 'GivenTasksScreen'),
});
const networkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/netvaerk/$id',
  staticData: screen({ title: 'networkTitle', section: 'networks', up: '/netvaerk' }),
  component: lazyRouteComponent(() => import('./networks/network-screen'), 'NetworkScreen'),
});
// The "Ikke gennemført" list became the notices on Mig; old links and bookmarks go there.
const rejectedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/ikke-gennemfoert',
  beforeLoad: () => {
    throw redirect({ to: '/mig', hash: 'beskeder', replace: true });
  },
});

// events
const eventsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/arrangementer',
  staticData: screen({ title: 'eventsTitle', section: 'events' }),
  component: lazyRouteComponent(() => import('./events/events-screen'), 'EventsScreen'),
});
const eventRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/arrangementer/$id',
  staticData: screen({ title: 'eventTitle', section: 'events', up: '/arrangementer' }),
  component: lazyRouteComponent(() => import('./events/event-screen'), 'EventScreen'),
});
// The sign-up QR on a poster: the link is kept through a sign-in (events/after-sign-in.ts).
const quickSignupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/s/$id',
  validateSearch: (raw: Record<string, unknown>): { t?: string; d?: string } => ({
    ...(typeof raw.t === 'string' && { t: raw.t }),
    ...(typeof raw.d === 'string' && { d: raw.d }),
  }),
  beforeLoad: ({ location }) => keepAfterSignIn(location.href),
  // One tap at once: the link carries the title and start (quick-signup-screen.tsx).
  staticData: screen({ title: 'eventTitle', section: 'events', up: '/arrangementer', beforeRowsLoaded: true }),
  component: lazyRouteComponent(() => import('./events/quick-signup-screen'), 'QuickSignupScreen'),
});
const posterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/arrangementer/$id/plakat',
  staticData: screen({ title: 'posterTitle', section: 'events', up: '/arrangementer' }),
  component: lazyRouteComponent(() => import('./events/poster-screen'), 'PosterScreen'),
});
// The venue's check-in QR: kept through a sign-in too.
const checkinRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/c/$id',
  validateSearch: (raw: Record<string, unknown>): { k?: string } => (typeof raw.k === 'string' ? { k: raw.k } : {}),
  beforeLoad: ({ location }) => keepAfterSignIn(location.href),
  staticData: screen({ title: 'checkinTitle', section: 'events', up: '/arrangementer' }),
  component: lazyRouteComponent(() => import('./events/checkin-screen'), 'CheckinScreen'),
});
const eventNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/arrangementer/nyt',
  staticData: screen({ title: 'eventNew', section: 'events', up: '/arrangementer' }),
  component: lazyRouteComponent(() => import('./events/event-form-screen'), 'EventFormScreen'),
});
const eventEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/arrangementer/$id/rediger',
  staticData: screen({ title: 'eventEdit', section: 'events', up: '/arrangementer' }),
  component: lazyRouteComponent(() => import('./events/event-form-screen'), 'EventFormScreen'),
});
// end of events
// The in-app QR scanner: its code, the polyfill and the wasm load only when it opens.
const scanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/scan',
  staticData: screen({ title: 'scanTitle', section: 'events', up: '/arrangementer' }),
  component: lazyRouteComponent(() => import('./scanner/scanner-screen'), 'ScannerScreen'),
});

// learning (the write screen and the meeting read their ?… themselves: nothing here for the first paint)
const learningRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/laering',
  staticData: screen({ title: 'tabLearning', section: 'learning' }),
  component: lazyRouteComponent(() => import('./learning/screens'), 'LearningScreen'),
});
const learningNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/laering/ny',
  staticData: screen({ title: 'learningNew', section: 'learning', up: '/laering' }),
  component: lazyRouteComponent(() => import('./learning/screens'), 'WriteScreen'),
});
const learningMeetingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/laering/moede',
  staticData: screen({ title: 'learningMeeting', section: 'learning', up: '/laering' }),
  component: lazyRouteComponent(() => import('./learning/screens'), 'MeetingScreen'),
});
const learningPageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/laering/$id',
  staticData: screen({ title: 'tabLearning', section: 'learning', up: '/laering' }),
  component: lazyRouteComponent(() => import('./learning/screens'), 'LearningPage'),
});
// end of learning

// units
const unitRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/enheder/$id',
  staticData: screen({ title: 'unitTitle', section: 'me', up: '/mig' }),
  component: lazyRouteComponent(() => import('./units/unit-screen'), 'UnitScreen'),
});
// the pulse check (issue 24)
const pulseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/maalinger/$id',
  staticData: screen({ title: 'pulseTitle', section: 'me', up: '/mig' }),
  component: lazyRouteComponent(() => import('./pulse/pulse-screen'), 'PulseScreen'),
});
// administration (issue 20): one route for its pages, so the first paint carries one, not five.
const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/$page',
  staticData: screen({ title: 'adminTitle', section: 'me', up: '/mig' }),
  component: lazyRouteComponent(() => import('./admin/admin-screen'), 'AdminScreen'),
});
// Everything stored about me (issue 21): online, from GET /api/me/export.
const myDataRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mig/data',
  staticData: screen({ title: 'myDataTitle', section: 'me', up: '/mig' }),
  component: lazyRouteComponent(() => import('./screens/my-data-screen'), 'MyDataScreen'),
});
// The pages the law asks for (issue 21): readable signed out (shell.tsx).
const privacyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/privatliv',
  staticData: screen({ title: 'privacyPageTitle', section: null, beforeRowsLoaded: true }),
  component: lazyRouteComponent(() => import('./screens/legal-screens'), 'PrivacyScreen'),
});
const accessibilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tilgaengelighed',
  staticData: screen({ title: 'accessibilityPageTitle', section: null, beforeRowsLoaded: true }),
  component: lazyRouteComponent(() => import('./screens/legal-screens'), 'AccessibilityScreen'),
});

const routeTree = rootRoute.addChildren([
  directoryRoute, personRoute, catalogueRoute, competenceRoute, loginRoute, meRoute, rejectedRoute,
  networksRoute, givenTasksRoute, networkRoute,
  eventsRoute, eventRoute, quickSignupRoute, posterRoute, checkinRoute, eventNewRoute, eventEditRoute,
  scanRoute,
  learningRoute, learningNewRoute, learningMeetingRoute, learningPageRoute,
  unitRoute, pulseRoute, adminRoute, myDataRoute, privacyRoute, accessibilityRoute,
]);

export function createAppRouter() {
  // Find, Kalender, Netværk and Læring keep their own place in their lists (components/use-kept-place.ts).
  // Every screen fails on its own, inside the shell (components/screen-error.tsx).
  return createRouter({ routeTree, defaultPreload: false, defaultErrorComponent: ScreenError });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
