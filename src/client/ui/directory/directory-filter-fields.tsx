// The directory's filter fields (area, unit, minimum level, "kan hjælpe", knowledge
// sharers): loaded when the filters are opened, so the home screen's first JavaScript does
// not carry them (directory-filters.tsx).
import type { Area, Unit } from '../../../shared/entities';
import { useT } from '../context';
import { SelectField } from '../components/form-fields';
import { Checkbox } from '../components/form-choices';
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
      <SelectField label={t('filterArea')} value={search.omraade ?? ''}
        onChange={(e) => onChange({ omraade: e.currentTarget.value || undefined, enhed: undefined })}>
        <option value="">{t('filterAll')}</option>
        {areas.map((area) => <option key={area.id} value={area.id}>{area.name}</option>)}
      </SelectField>
      <SelectField label={t('filterUnit')} value={search.enhed ?? ''} onChange={(e) => onChange({ enhed: e.currentTarget.value || undefined })}>
        <option value="">{t('filterAll')}</option>
        {unitsShown.map((unit) => <option key={unit.id} value={unit.id}>{unit.name}</option>)}
      </SelectField>
      <SelectField label={t('filterLevel')} value={String(search.niveau ?? 1)} onChange={(e) => {
        const level = Number(e.currentTarget.value);
        onChange({ niveau: level === 2 || level === 3 ? level : undefined });
      }}>
        <option value="1">{t('filterAnyLevel')}</option>
        <option value="2">{t('level2')}</option>
        <option value="3">{t('level3')}</option>
      </SelectField>
      <Checkbox label={t('filterCanHelp')} checked={search.kanHjaelpe ?? false}
        onChange={(e) => onChange({ kanHjaelpe: e.currentTarget.checked || undefined })} />
      <div class="stack stack--tight">
        <Checkbox label={t('filterSharers')} checked={search.videndeler ?? false} aria-describedby="sharer-explained"
          onChange={(e) => onChange({ videndeler: e.currentTarget.checked || undefined })} />
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
