// The competence catalogue's form (/admin/kompetencer): a new competence, or one picked from
// the list — name, category, description, synonyms (comma-separated), retired — saved as
// one admin.saveCompetence. The server judges it (only admins; names unique).
import '../../../shared/i18n/sections/admin';
import { useState } from 'preact/hooks';
import { useT } from '../context';
import type { AdminSave } from './admin-save';
import { Form } from '../components/form';
import { LongTextField, SelectField, TextField } from '../components/form-fields';
import { Checkbox } from '../components/form-choices';
import { useFormErrors } from '../components/form-errors';
import type { Competence } from '../../../shared/entities';

/** "Alzheimers, demensomsorg ," → ['Alzheimers', 'demensomsorg']. */
/** The category select's choice for a category not yet in the catalogue. */
const NEW_CATEGORY = '\u0000new';

export const synonymList = (text: string): string[] => text.split(',').map((s) => s.trim()).filter(Boolean);

interface Props {
  /** The competence to change; undefined for a new one. */
  competence: Competence | undefined;
  categories: readonly string[];
  save: AdminSave;
}

export function CompetenceForm({ competence, categories, save: send }: Props) {
  const t = useT();
  const errors = useFormErrors();
  const [name, setName] = useState(competence?.name ?? '');
  const [picked, setPicked] = useState(competence?.category ?? '');
  const [typed, setTyped] = useState<string | null>(null);
  // A category typed anew, else the one picked (the first until one is: the catalogue may still be loading).
  const newCategory = typed !== null || categories.length === 0;
  const category = newCategory ? typed ?? '' : picked || categories[0]!;
  const [description, setDescription] = useState(competence?.description ?? '');
  const [synonyms, setSynonyms] = useState(competence?.synonyms.join(', ') ?? '');
  // A new competence keeps its id between saves: saving again after a refusal changes the same one.
  const [id] = useState(() => crypto.randomUUID());
  const [retired, setRetired] = useState(competence?.retired === true);

  async function save() {
    const missing = [
      ...(name.trim() ? [] : [{ field: 'cat-name', message: t('catNameMissing') }]),
      ...(category.trim() ? [] : [{ field: 'cat-category', message: t('catCategoryMissing') }]),
    ];
    if (missing.length > 0) { errors.show(missing); return; }
    await send('admin.saveCompetence', {
      id: competence?.id ?? id, name: name.trim(), category: category.trim(),
      description: description.trim(), synonyms: synonymList(synonyms), retired,
    });
  }

  return (
    <Form errors={errors} onSubmit={() => void save()} class="card stack" aria-labelledby="cat-form" data-testid="competence-form"
      head={<h2 id="cat-form">{competence ? t('catEditing') : t('catNew')}</h2>}>
      <TextField id="cat-name" label={t('catName')} value={name} maxLength={120} required invalidMessage={t('catNameMissing')}
        onInput={(event) => { setName(event.currentTarget.value); errors.clear('cat-name'); }} />
      <SelectField label={t('catCategory')} value={newCategory ? NEW_CATEGORY : category}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value === NEW_CATEGORY) setTyped('');
          else { setTyped(null); setPicked(value); }
        }}>
        {categories.map((c) => <option key={c} value={c}>{c}</option>)}
        <option value={NEW_CATEGORY}>{t('catNewCategory')}</option>
      </SelectField>
      {newCategory && (
        <TextField id="cat-category" label={t('catNewCategoryName')} value={category} maxLength={120} required invalidMessage={t('catCategoryMissing')}
          onInput={(event) => { setTyped(event.currentTarget.value); errors.clear('cat-category'); }} />
      )}
      <LongTextField label={t('catDescription')} value={description} maxLength={2000} rows={3}
        onInput={(event) => setDescription(event.currentTarget.value)} />
      <TextField label={t('catSynonyms')} hint={t('catSynonymsHint')} value={synonyms} maxLength={2000}
        onInput={(event) => setSynonyms(event.currentTarget.value)} />
      <Checkbox label={t('catRetired')} checked={retired} onChange={(event) => setRetired(event.currentTarget.checked)} />
      <button type="submit" class="button">{t('catSave')}</button>
    </Form>
  );
}
