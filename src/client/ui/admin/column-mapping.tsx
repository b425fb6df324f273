// When HR's file names a column in its own words ("Afd.", "Arbejdssted"), the admin says
// once which column it is; the choice is remembered on this device and sent with every
// upload after (the `columns` parameter of POST /api/admin/import).
import '../../../shared/i18n/sections/admin';
import { useState } from 'preact/hooks';
import { useT } from '../context';
import { SelectField } from '../components/form-fields';
import { COLUMN_LABELS, IMPORT_COLUMNS, type ImportColumn } from '../../../shared/organisation-import/columns';
import type { ImportReply } from '../../../shared/organisation-import/reply';

export type ColumnMap = Record<string, ImportColumn>;

const MAPPED_KEY = 'videnbro.importColumns';

/** The mapping remembered on this device (nothing, or what could not be read, is none). */
export function rememberedColumns(): ColumnMap {
  try {
    const stored = JSON.parse(globalThis.localStorage?.getItem(MAPPED_KEY) ?? '{}') as unknown;
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, ImportColumn] => IMPORT_COLUMNS.includes(entry[1] as ImportColumn)));
  } catch {
    return {};
  }
}

export function rememberColumns(map: ColumnMap): void {
  if (Object.keys(map).length === 0) globalThis.localStorage?.removeItem(MAPPED_KEY);
  else globalThis.localStorage?.setItem(MAPPED_KEY, JSON.stringify(map));
}

interface Props {
  columns: NonNullable<ImportReply['columns']>;
  /** Called with the headers mapped (added to what is remembered) to read the file again. */
  onMap(map: ColumnMap): void;
  busy: boolean;
}

export function ColumnMapping({ columns, onMap, busy }: Props) {
  const t = useT();
  const unmatched = columns.headers.filter((h) => h.column === null && h.header.trim() !== '');
  const [chosen, setChosen] = useState<ColumnMap>({});
  const missing = columns.missing.map((column) => COLUMN_LABELS[column]).join(', ');
  return (
    <section class="card stack" aria-labelledby="map-title" data-testid="column-mapping">
      <h2 id="map-title">{t('importMapTitle')}</h2>
      <p>{t('importMapIntro', { fields: missing })}</p>
      {unmatched.map(({ header }, i) => (
        <SelectField key={header} id={`map-${i}`} label={t('importMapHeader', { header })} value={chosen[header] ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value as ImportColumn | '';
            setChosen((map) => {
              const next = { ...map };
              if (value) next[header] = value;
              else delete next[header];
              return next;
            });
          }}>
          <option value="">{t('importMapIgnore')}</option>
          {IMPORT_COLUMNS.map((column) => <option key={column} value={column}>{COLUMN_LABELS[column]}</option>)}
        </SelectField>
      ))}
      <button type="button" class="button button--secondary" disabled={busy || Object.keys(chosen).length === 0} onClick={() => onMap(chosen)}>
        {t('importMapApply')}
      </button>
    </section>
  );
}
