// /admin/enheder: an admin creates an area, creates, renames or moves a unit to another
// area, and merges two units (admin.saveArea, admin.saveUnit, admin.mergeUnits). The server judges each; the screen says
// "gemt" and where a refusal shows, offline too.
import '../../../shared/i18n/sections/admin';
import { useState } from 'preact/hooks';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { Form } from '../components/form';
import { SelectField, TextField } from '../components/form-fields';
import { useFormErrors } from '../components/form-errors';
import { byDanish } from '../../../shared/i18n/collate';
import { AdminSaidLine, useAdminSave } from './admin-save';

const NEW = '';

export function UnitsScreen() {
  const t = useT();
  const runtime = useRuntime();
  const areaErrors = useFormErrors();
  const unitErrors = useFormErrors();
  const mergeErrors = useFormErrors();
  const areas = useLiveQuery(() => [...runtime.store.all('area')].sort((a, b) => byDanish(a.name, b.name)), []) ?? [];
  const units = useLiveQuery(() => [...runtime.store.all('unit')].sort((a, b) => byDanish(a.name, b.name)), []) ?? [];
  const [areaName, setAreaName] = useState('');
  const [unitId, setUnitId] = useState(NEW);
  const [unitName, setUnitName] = useState('');
  const [areaId, setAreaId] = useState('');
  const [mergeFrom, setMergeFrom] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const { said, save } = useAdminSave();
  const areaOf = (id: string) => areas.find((a) => a.id === id)?.name ?? '';

  async function createArea() {
    if (!areaName.trim()) { areaErrors.show([{ field: 'area-name', message: t('unitsNameMissing') }]); return; }
    if (await save('admin.saveArea', { id: crypto.randomUUID(), name: areaName.trim() })) setAreaName('');
  }

  async function saveUnit() {
    if (!unitName.trim()) { unitErrors.show([{ field: 'unit-name', message: t('unitsNameMissing') }]); return; }
    const area = areaId || areas[0]?.id;
    if (!area) return;
    await save('admin.saveUnit', { id: unitId || crypto.randomUUID(), name: unitName.trim(), areaId: area });
  }

  async function mergeUnits() {
    const from = mergeFrom || units[0]?.id;
    const into = mergeInto || units[1]?.id;
    if (!from || !into || from === into) { mergeErrors.show([{ field: 'merge-into', message: t('unitsMergeSame') }]); return; }
    if (await save('admin.mergeUnits', { fromId: from, intoId: into })) {
      setMergeFrom('');
      setMergeInto('');
    }
  }

  function pickUnit(id: string) {
    setUnitId(id);
    const unit = units.find((u) => u.id === id);
    setUnitName(unit?.name ?? '');
    setAreaId(unit?.areaId ?? '');
  }

  return (
    <div class="stack">
      <section class="card stack" aria-labelledby="units-title">
        <h1 id="units-title">{t('unitsTitle')}</h1>
        <p>{t('unitsIntro')}</p>
      </section>
      <Form errors={unitErrors} onSubmit={() => void saveUnit()} class="card stack" aria-labelledby="unit-form"
        head={<h2 id="unit-form">{t('unitsEditUnit')}</h2>}>
        <SelectField label={t('unitsWhich')} value={unitId} onChange={(event) => pickUnit(event.currentTarget.value)}>
          <option value={NEW}>{t('unitsNew')}</option>
          {units.map((u) => <option key={u.id} value={u.id}>{u.name} ({areaOf(u.areaId)})</option>)}
        </SelectField>
        <TextField id="unit-name" label={t('unitsUnitName')} value={unitName} maxLength={200} required invalidMessage={t('unitsNameMissing')}
          onInput={(event) => { setUnitName(event.currentTarget.value); unitErrors.clear('unit-name'); }} />
        <SelectField label={t('unitsArea')} value={areaId || areas[0]?.id} onChange={(event) => setAreaId(event.currentTarget.value)}>
          {areas.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </SelectField>
        <button type="submit" class="button">{t('unitsSaveUnit')}</button>
      </Form>
      <Form errors={areaErrors} onSubmit={() => void createArea()} class="card stack" aria-labelledby="area-form"
        head={<h2 id="area-form">{t('unitsNewArea')}</h2>}>
        <TextField id="area-name" label={t('unitsAreaName')} value={areaName} maxLength={200} required invalidMessage={t('unitsNameMissing')}
          onInput={(event) => { setAreaName(event.currentTarget.value); areaErrors.clear('area-name'); }} />
        <button type="submit" class="button button--secondary">{t('unitsCreateArea')}</button>
      </Form>
      {units.length > 1 && (
        <Form errors={mergeErrors} onSubmit={() => void mergeUnits()} class="card stack" aria-labelledby="merge-form"
          head={<h2 id="merge-form">{t('unitsMerge')}</h2>}>
          <SelectField label={t('unitsMergeFrom')} value={mergeFrom || units[0]?.id} onChange={(event) => { setMergeFrom(event.currentTarget.value); mergeErrors.clear(); }}>
            {units.map((u) => <option key={u.id} value={u.id}>{u.name} ({areaOf(u.areaId)})</option>)}
          </SelectField>
          <SelectField id="merge-into" label={t('unitsMergeInto')} value={mergeInto || units[1]?.id} onChange={(event) => { setMergeInto(event.currentTarget.value); mergeErrors.clear(); }}>
            {units.map((u) => <option key={u.id} value={u.id}>{u.name} ({areaOf(u.areaId)})</option>)}
          </SelectField>
          <p class="muted">{t('unitsMergeHint')}</p>
          <button type="submit" class="button button--secondary">{t('unitsMergeButton')}</button>
        </Form>
      )}
      <AdminSaidLine said={said} />
    </div>
  );
}
