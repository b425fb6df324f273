// The directory's filters: area, unit, minimum level, "kan hjælpe", knowledge sharers.
import type { Area, Unit } from '../../../shared/entities';
import { useT } from '../context';
import type { DirectorySearch } from './search-params';

interface Props {
  search: DirectorySearch;
  areas: Area[];
  units: Unit[];
  onChange(next: Partial<DirectorySearch>): void;
}

export function DirectoryFilters({ search, areas, units, onChange }: Props) {
  const t = useT();
  const unitsShown = search.omraade ? units.filter((unit) => unit.areaId === search.omraade) : units;
  const active = Boolean(search.omraade || search.enhed || search.niveau || search.kanHjaelpe || search.videndeler);
  return (
    <details class="card filters" open={active}>
      <summary>{t('filters')}{active ? ' •' : ''}</summary>
      <div class="stack">
        <label class="field">
          <span>{t('filterArea')}</span>
          <select value={search.omraade ?? ''} onChange={(e) => onChange({ omraade: e.currentTarget.value || undefined, enhed: undefined })}>
            <option value="">{t('filterAll')}</option>
            {areas.map((area) => <option key={area.id} value={area.id}>{area.name}</option>)}
          </select>
        </label>
        <label class="field">
          <span>{t('filterUnit')}</span>
          <select value={search.enhed ?? ''} onChange={(e) => onChange({ enhed: e.currentTarget.value || undefined })}>
            <option value="">{t('filterAll')}</option>
            {unitsShown.map((unit) => <option key={unit.id} value={unit.id}>{unit.name}</option>)}
          </select>
        </label>
        <label class="field">
          <span>{t('filterLevel')}</span>
          <select value={String(search.niveau ?? 1)} onChange={(e) => {
            const level = Number(e.currentTarget.value);
            onChange({ niveau: level === 2 || level === 3 ? level : undefined });
          }}>
            <option value="1">{t('filterAnyLevel')}</option>
            <option value="2">{t('level2')}</option>
            <option value="3">{t('level3')}</option>
          </select>
        </label>
        <label class="checkbox">
          <input type="checkbox" checked={search.kanHjaelpe ?? false} onChange={(e) => onChange({ kanHjaelpe: e.currentTarget.checked || undefined })} />
          <span>{t('filterCanHelp')}</span>
        </label>
        <label class="checkbox">
          <input type="checkbox" checked={search.videndeler ?? false} onChange={(e) => onChange({ videndeler: e.currentTarget.checked || undefined })} />
          <span>{t('filterSharers')}</span>
        </label>
        {active && (
          <button type="button" class="button button--quiet" onClick={() => onChange({ omraade: undefined, enhed: undefined, niveau: undefined, kanHjaelpe: undefined, videndeler: undefined })}>
            {t('clearFilters')}
          </button>
        )}
      </div>
    </details>
  );
}
