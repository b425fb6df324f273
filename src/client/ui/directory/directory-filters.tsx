// The directory's filters: area, unit, minimum level, "kan hjælpe", knowledge sharers.
import type { Area, Unit } from '../../../shared/entities';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useState } from 'preact/hooks';
import { lazy, Suspense } from 'preact/compat';
import { useT } from '../context';
import { hasFilters, type DirectorySearch } from './search-params';

interface Props {
  search: DirectorySearch;
  areas: Area[];
  units: Unit[];
  onChange(next: Partial<DirectorySearch>): void;
}

type Translate = ReturnType<typeof useT>;

/** The filters in force, in words, for saying why nobody was found ("Enhed: Vestre Skole"). */
export function activeFilterLabels(search: DirectorySearch, areas: Area[], units: Unit[], t: Translate): string[] {
  const labels: string[] = [];
  if (search.omraade) labels.push(`${t('filterArea')}: ${areas.find((a) => a.id === search.omraade)?.name ?? search.omraade}`);
  if (search.enhed) labels.push(`${t('filterUnit')}: ${units.find((u) => u.id === search.enhed)?.name ?? search.enhed}`);
  if (search.niveau) labels.push(`${t('filterLevel')}: ${t(`level${search.niveau}` as MessageKey)}`);
  if (search.kanHjaelpe) labels.push(t('filterCanHelp'));
  if (search.videndeler) labels.push(t('filterSharers'));
  return labels;
}

const Fields = lazy(() => import('./directory-filter-fields').then((module) => ({ default: module.DirectoryFilterFields })));

export function DirectoryFilters({ search, areas, units, onChange }: Props) {
  const t = useT();
  const active = hasFilters(search);
  // The fields are loaded and drawn when the filters are opened: not part of the home
  // screen's first JavaScript or first render.
  const [opened, setOpened] = useState(active);
  return (
    <details class="card filters" open={active} onToggle={(e) => setOpened(e.currentTarget.open)}>
      <summary>{t('filters')}{active ? ' •' : ''}</summary>
      {(opened || active) && (
        <Suspense fallback={<p class="muted">{t('loading')}</p>}>
          <Fields search={search} areas={areas} units={units} onChange={onChange} />
        </Suspense>
      )}
    </details>
  );
}
