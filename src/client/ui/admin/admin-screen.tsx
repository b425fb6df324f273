// /admin/$page: the administrators' pages behind one route (router.tsx). Admin work is
// online work: offline, and for anyone but an admin, the page says so instead.
import '../../../shared/i18n/sections/admin';
import { useParams } from '@tanstack/react-router';
import { useRuntime, useT } from '../context';
import { useLiveQuery, useOffline } from '../hooks';
import { ImportScreen } from './import-screen';
import { LogScreen } from './log-screen';
import { PeopleScreen } from './people-screen';
import { UnitsScreen } from './units-screen';
import { CompetencesScreen } from './competences-screen';

const PAGES: readonly string[] = ['import', 'log', 'personer', 'enheder', 'kompetencer'];

export function AdminScreen() {
  const t = useT();
  const runtime = useRuntime();
  const { page } = useParams({ from: '/admin/$page' });
  const offline = useOffline();
  const me = useLiveQuery(() => (runtime.personId ? runtime.store.get('person', runtime.personId) : undefined), [runtime.personId]);
  if (!me) return <p class="muted">{t('loading')}</p>;
  if (!me.roles.includes('admin')) return <div class="stack"><h1>{t('adminTitle')}</h1><p role="status">{t('adminOnly')}</p></div>;
  return (
    <div class="stack">
      {offline && <p class="card" role="status">{t('adminOffline')}</p>}
      {page === 'import' && <ImportScreen offline={offline} />}
      {page === 'log' && <LogScreen offline={offline} />}
      {page === 'personer' && <PeopleScreen />}
      {page === 'enheder' && <UnitsScreen />}
      {page === 'kompetencer' && <CompetencesScreen />}
      {!PAGES.includes(page) && <><h1>{t('adminTitle')}</h1><p>{t('adminUnknownPage')}</p></>}
    </div>
  );
}
