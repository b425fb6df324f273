// Merging a duplicate competence into another (/admin/kompetencer): the survivor found with
// the catalogue's forgiving search, what happens said before the button, one
// admin.mergeCompetences. The server moves every holder, need and tag.
import '../../../shared/i18n/sections/admin';
import { useMemo, useState } from 'preact/hooks';
import { useT } from '../context';
import type { AdminSave } from './admin-save';
import { Form } from '../components/form';
import { useFormErrors } from '../components/form-errors';
import { CatalogueChooser } from '../components/catalogue-chooser';
import type { Competence } from '../../../shared/entities';

interface Props {
  duplicate: Competence;
  catalogue: Competence[];
  save: AdminSave;
  onMerged(): void;
}

export function CompetenceMerge({ duplicate, catalogue, save, onMerged }: Props) {
  const t = useT();
  const errors = useFormErrors();
  const [into, setInto] = useState<Competence | undefined>(undefined);
  const itself = useMemo(() => new Set([duplicate.id]), [duplicate.id]);

  async function merge() {
    if (!into) { errors.show([{ field: 'cat-merge-search', message: t('catMergeMissing') }]); return; }
    if (await save('admin.mergeCompetences', { fromId: duplicate.id, intoId: into.id })) onMerged();
  }

  return (
    <Form errors={errors} onSubmit={() => void merge()} class="card stack" aria-labelledby="cat-merge" data-testid="competence-merge"
      head={<h2 id="cat-merge">{t('catMerge', { name: duplicate.name })}</h2>}>
      <CatalogueChooser catalogue={catalogue} excludeIds={itself} chosen={into} onChoose={setInto} onEdit={() => errors.clear('cat-merge-search')}
        searchId="cat-merge-search" searchLabel={t('catMergeSearch')} noMatch={(query) => t('catNoMatch', { q: query })}
        chosenText={(name) => t('catMergeChosen', { name })} chosenTestId="cat-merge-chosen" />
      <p class="muted">{t('catMergeHint', { name: duplicate.name })}</p>
      <button type="submit" class="button button--secondary">{t('catMergeButton')}</button>
    </Form>
  );
}
