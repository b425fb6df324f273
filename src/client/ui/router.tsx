// The routes. Navigation shows only features that work.
import { createRootRoute, createRoute, createRouter, Link, redirect } from '@tanstack/react-router';
import { Shell } from './shell';
import { SignInScreen } from './screens/sign-in-screen';
import { MeScreen } from './screens/me-screen';
import { RejectedScreen } from './screens/rejected-screen';
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
const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => { throw redirect({ to: '/mig' }); },
});
const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/login', component: SignInScreen });
const meRoute = createRoute({ getParentRoute: () => rootRoute, path: '/mig', component: MeScreen });
const rejectedRoute = createRoute({ getParentRoute: () => rootRoute, path: '/ikke-gennemfoert', component: RejectedScreen });

const routeTree = rootRoute.addChildren([indexRoute, loginRoute, meRoute, rejectedRoute]);

export function createAppRouter() {
  return createRouter({ routeTree, defaultPreload: false });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
