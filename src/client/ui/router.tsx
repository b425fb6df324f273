// The routes. Navigation shows only features that work.
import { createRootRoute, createRoute, createRouter, Link } from '@tanstack/react-router';
import { Shell } from './shell';
import { SignInScreen } from './screens/sign-in-screen';
import { MeScreen } from './screens/me-screen';
import { RejectedScreen } from './screens/rejected-screen';
import { PersonScreen } from './screens/person-screen';
import { CatalogueScreen } from './screens/catalogue-screen';
import { CompetenceScreen } from './screens/competence-screen';
import { DirectoryScreen } from './directory/directory-screen';
import { parseDirectorySearch, type DirectorySearch } from './directory/search-params';
import { useT } from './context';

function NotFound() {
  const t = useT();
  return (
    <div class="stack">
      <h1>{t('notFound')}</h1>
      <Link to="/">{t('goHome')}</Link>
    </div>
  );
}

const rootRoute = createRootRoute({ component: Shell, notFoundComponent: NotFound });
const directoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: (raw: Record<string, unknown>): DirectorySearch => parseDirectorySearch(raw),
  component: DirectoryScreen,
});
const personRoute = createRoute({ getParentRoute: () => rootRoute, path: '/personer/$id', component: PersonScreen });
const catalogueRoute = createRoute({ getParentRoute: () => rootRoute, path: '/kompetencer', component: CatalogueScreen });
const competenceRoute = createRoute({ getParentRoute: () => rootRoute, path: '/kompetencer/$id', component: CompetenceScreen });
const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/login', component: SignInScreen });
const meRoute = createRoute({ getParentRoute: () => rootRoute, path: '/mig', component: MeScreen });
const rejectedRoute = createRoute({ getParentRoute: () => rootRoute, path: '/ikke-gennemfoert', component: RejectedScreen });

const routeTree = rootRoute.addChildren([
  directoryRoute, personRoute, catalogueRoute, competenceRoute, loginRoute, meRoute, rejectedRoute,
]);

export function createAppRouter() {
  return createRouter({ routeTree, defaultPreload: false });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
