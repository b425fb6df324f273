// "Administration" on Mig, for admins only: the way to the organisation import and the log.
import '../../../shared/i18n/sections/admin';
import { Link } from '@tanstack/react-router';
import { useT } from '../context';

export function AdminLink({ roles }: { roles: readonly string[] | undefined }) {
  const t = useT();
  if (!roles?.includes('admin')) return null;
  return (
    <section class="card stack stack--tight" aria-labelledby="admin-links">
      <h2 id="admin-links">{t('adminLink')}</h2>
      <Link to="/admin/$page" params={{ page: 'import' }} className="button button--secondary">
        <span>{t('adminImportLink')}</span>
      </Link>
      <Link to="/admin/$page" params={{ page: 'personer' }} className="button button--secondary">
        <span>{t('adminPeopleLink')}</span>
      </Link>
      <Link to="/admin/$page" params={{ page: 'enheder' }} className="button button--secondary">
        <span>{t('adminUnitsLink')}</span>
      </Link>
      <Link to="/admin/$page" params={{ page: 'kompetencer' }} className="button button--secondary">
        <span>{t('adminCompetencesLink')}</span>
      </Link>
      <Link to="/admin/$page" params={{ page: 'log' }} className="button button--secondary">
        <span>{t('adminLogLink')}</span>
      </Link>
    </section>
  );
}
