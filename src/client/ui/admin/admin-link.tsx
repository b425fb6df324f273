// "Administration" on Mig, for admins only: the way to each of the administrators' pages.
import '../../../shared/i18n/sections/admin';
import { Link } from '@tanstack/react-router';
import { useT } from '../context';

/** The admin pages (admin-screen.tsx) in the order Mig lists them, each with its link's words. */
const PAGES = [
  ['import', 'adminImportLink'], ['personer', 'adminPeopleLink'], ['enheder', 'adminUnitsLink'],
  ['kompetencer', 'adminCompetencesLink'], ['log', 'adminLogLink'],
] as const;

export function AdminLink({ roles }: { roles: readonly string[] | undefined }) {
  const t = useT();
  if (!roles?.includes('admin')) return null;
  return (
    <section class="card stack stack--tight" aria-labelledby="admin-links">
      <h2 id="admin-links">{t('adminLink')}</h2>
      {PAGES.map(([page, label]) => (
        <Link key={page} to="/admin/$page" params={{ page }} className="button button--secondary"><span>{t(label)}</span></Link>
      ))}
    </section>
  );
}
