// "Min enhed" on Mig: the way to one's own unit page (core knowledge, gap, strategy).
import '../../../shared/i18n/sections/unit-links';
import { Link } from '@tanstack/react-router';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';

export function MyUnitLink({ unitId }: { unitId: string | undefined }) {
  const t = useT();
  const runtime = useRuntime();
  const unit = useLiveQuery(() => (unitId ? runtime.store.get('unit', unitId) : undefined), [unitId]);
  if (!unitId) return null;
  return (
    <section class="card stack stack--tight" aria-labelledby="my-unit">
      <h2 id="my-unit">{t('myUnit')}</h2>
      <Link to="/enheder/$id" params={{ id: unitId }} className="button button--secondary" data-testid="my-unit-link">
        <span>{unit?.name ?? t('myUnit')}</span>
      </Link>
      {unit && <p class="muted hint">{t('myUnitHint', { name: unit.name })}</p>}
    </section>
  );
}
