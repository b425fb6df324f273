// The directory's filter fields (area, unit, minimum level, "kan hjælpe", knowledge
// sharers): loaded when the filters are opened, so the home screen's first JavaScript does
// not carry them (directory-filters.tsx).
import type { Area, Unit } from '../../../shared/entities';
import { useT } from '../context';
import { hasFilters, withoutFilters, type DirectorySearch } from './search-params';

export interface FilterFieldsProps {
  search: DirectorySearch;
  areas: Area[];
  units: Unit[];
  onChange(next: Partial<DirectorySearch>): void;
}

export function DirectoryFilterFields({ search, areas, units, onChange }: FilterFieldsProps) {
  const t = useT();
  const unitsShown = search.omraade ? units.filter((unit) => unit.areaId === search.omraade) : units;
  const active = hasFilters(search);
  return (
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
      <div class="stack stack--tight">
        <label class="checkbox">
          <input type="checkbox" checked={search.videndeler ?? false} aria-describedby="sharer-explained"
            onChange={(e) => onChange({ videndeler: e.currentTarget.checked || undefined })} />
          <span>{t('filterSharers')}</span>
        </label>
        <p id="sharer-explained" class="muted hint">{t('sharerExplained')}</p>
      </div>
      {active && (
        <button type="button" class="button button--quiet" onClick={() => onChange(withoutFilters({}))}>
          {t('clearFilters')}
        </button>
      )}
    </div>
  );
}
