// Pick a competence from the catalogue (or edit one of mine): level, "kan hjælpe", note.
import { useId, useState } from 'preact/hooks';
import * as v from 'valibot';
import { mutationArgSchemas } from '../../../shared/protocol';
import type { Competence, Level, PersonCompetence } from '../../../shared/entities';
import { useT } from '../context';
import { LevelPicker } from './level-picker';
import { CatalogueChooser } from './catalogue-chooser';
import { Form } from './form';
import { useFormErrors } from './form-errors';
import { TextField } from './form-fields';
import { Checkbox } from './form-choices';
import '../../../shared/i18n/sections/me';
import '../../../shared/i18n/sections/profile-editing';

export interface CompetenceChoice { competenceId: string; level: Level; canHelp: boolean; note: string }

interface Props {
  catalogue: Competence[];
  /** Editing an existing row: the competence is fixed. */
  existing?: { row: PersonCompetence; competence: Competence | undefined };
  excludeIds: Set<string>;
  onSave(choice: CompetenceChoice): void;
  onCancel(): void;
}

export function CompetenceEditor({ catalogue, existing, excludeIds, onSave, onCancel }: Props) {
  const t = useT();
  const [chosen, setChosen] = useState<Competence | undefined>(existing?.competence);
  const [level, setLevel] = useState<Level>(existing?.row.level ?? 1);
  const [canHelp, setCanHelp] = useState(existing?.row.canHelp ?? false);
  const [note, setNote] = useState(existing?.row.note ?? '');
  const errors = useFormErrors();
  const searchId = `competence-search-${useId()}`;

  const submit = () => {
    const competenceId = existing?.row.competenceId ?? chosen?.id;
    if (!competenceId) {
      errors.show([{ field: searchId, message: t('chooseCompetence') }]);
      return;
    }
    const choice = { competenceId, level, canHelp, note: note.trim() };
    // The same schema the server checks with: refuse here what would be refused there.
    if (!v.is(mutationArgSchemas['competence.set'], choice)) {
      errors.show([{ message: t('textNotSaved') }]);
      return;
    }
    onSave(choice);
  };

  return (
    <Form class="card stack" errors={errors} onSubmit={submit} aria-label={existing ? t('editNamed', { name: existing.competence?.name ?? '' }) : t('addCompetence')}>
      {!existing && (
        <CatalogueChooser catalogue={catalogue} excludeIds={excludeIds} chosen={chosen} onChoose={setChosen} onEdit={() => errors.clear(searchId)} searchId={searchId}
          searchLabel={t('findCompetence')} noMatch={(q) => t('noCatalogueMatch', { q })} chosenText={(name) => t('chosen', { name })} chosenTestId="chosen-competence" />
      )}
      <LevelPicker legend={t('level')} name="level" value={level} onChange={setLevel} />
      <Checkbox label={t('canHelp')} checked={canHelp} onChange={(e) => setCanHelp(e.currentTarget.checked)} />
      <TextField label={t('note')} maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <div class="row">
        <button type="submit" class="button">{t('save')}</button>
        <button type="button" class="button button--quiet" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </Form>
  );
}
