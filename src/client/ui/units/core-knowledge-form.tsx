// The leader's form for one core competence: picked from the catalogue with the
// directory's forgiving search (æ/ø/å, aa/ae/oe), the level it counts from, how many the
// unit needs today and in five years, and a note. Queued offline like every change.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Competence, CoreKnowledge, Level } from '../../../shared/entities';
import { DEFAULT_NEED_LEVEL, isNeedInRange, MAX_NEED } from '../../../shared/core-knowledge/rules';
import { useT } from '../context';
import { LevelPicker } from '../components/level-picker';
import { CatalogueChooser } from '../components/catalogue-chooser';
import { Form } from '../components/form';
import { useFormErrors, type FormError } from '../components/form-errors';
import { NumberField, TextField } from '../components/form-fields';
import '../../../shared/i18n/sections/units';

export interface CoreKnowledgeChoice { competenceId: string; level: Level; needNow: number; needIn5Years: number; note: string }

interface Props {
  catalogue: Competence[];
  /** Editing a row: its competence is fixed. */
  existing?: { row: CoreKnowledge; competence: Competence | undefined };
  excludeIds: ReadonlySet<string>;
  onSave(choice: CoreKnowledgeChoice): void;
  onCancel(): void;
  /** Editing a row: takes it off the unit's core knowledge. */
  onRemove?: () => void;
}

export function CoreKnowledgeForm({ catalogue, existing, excludeIds, onSave, onCancel, onRemove }: Props) {
  const t = useT();
  const [chosen, setChosen] = useState<Competence | undefined>(existing?.competence);
  const [level, setLevel] = useState<Level>(existing?.row.level ?? DEFAULT_NEED_LEVEL);
  const [needNow, setNeedNow] = useState(String(existing?.row.needNow ?? 1));
  const [needIn5Years, setNeedIn5Years] = useState(String(existing?.row.needIn5Years ?? 1));
  const [note, setNote] = useState(existing?.row.note ?? '');
  const errors = useFormErrors();
  // Ids the errors point to, unique though a card and a table row may each hold a form.
  const uid = useId();
  const ids = { search: `core-search-${uid}`, now: `core-need-now-${uid}`, later: `core-need-later-${uid}` };
  // Opened in place by "Ret" or "Tilføj": focus goes to its title, so a screen reader says
  // which form this is and the next Tab reaches its first field.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, []);

  const submit = () => {
    const competenceId = existing?.row.competenceId ?? chosen?.id;
    const now = Number(needNow);
    const later = Number(needIn5Years);
    const found: FormError[] = [];
    // The chooser's search field: where a competence is picked.
    if (!competenceId) found.push({ field: ids.search, message: t('corePick') });
    // The server draws the same line (need_out_of_range): say so here, before it queues.
    if (needNow.trim() === '' || !isNeedInRange(now)) found.push({ field: ids.now, message: t('coreNeedError') });
    if (needIn5Years.trim() === '' || !isNeedInRange(later)) found.push({ field: ids.later, message: t('coreNeedError') });
    if (!competenceId || found.length > 0) return errors.show(found);
    onSave({ competenceId, level, needNow: now, needIn5Years: later, note: note.trim() });
  };

  const title = existing ? t('coreEdit', { name: existing.competence?.name ?? existing.row.competenceId }) : t('coreAdd');
  return (
    <Form class="card stack" errors={errors} onSubmit={submit} aria-label={title} data-testid="core-form"
      head={<h3 ref={heading} tabIndex={-1} class="core-form__title">{title}</h3>}>
      {!existing && (
        <CatalogueChooser catalogue={catalogue} excludeIds={excludeIds} chosen={chosen} onChoose={setChosen} onEdit={() => errors.clear(ids.search)} searchId={ids.search}
          searchLabel={t('coreSearch')} noMatch={(q) => t('coreNoMatch', { q })} chosenText={(name) => t('coreChosen', { name })} chosenTestId="core-chosen" />
      )}
      <LevelPicker legend={t('coreLevel')} name="core-level" value={level} onChange={setLevel} />
      <div class="row">
        <NumberField label={t('coreNeedNow')} id={ids.now} min={0} max={MAX_NEED} value={needNow}
          invalidMessage={t('coreNeedError')} onInput={(e) => { setNeedNow(e.currentTarget.value); errors.clear(ids.now); }} />
        <NumberField label={t('coreNeedIn5')} id={ids.later} min={0} max={MAX_NEED} value={needIn5Years}
          invalidMessage={t('coreNeedError')} onInput={(e) => { setNeedIn5Years(e.currentTarget.value); errors.clear(ids.later); }} />
      </div>
      <TextField label={t('coreNote')} maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <div class="row">
        <button type="submit" class="button">{t('coreSave')}</button>
        <button type="button" class="button button--quiet" onClick={onCancel}>{t('cancel')}</button>
        {onRemove && existing && (
          <button type="button" class="button button--danger" onClick={onRemove}>
            {t('coreRemove', { name: existing.competence?.name ?? existing.row.competenceId })}
          </button>
        )}
      </div>
    </Form>
  );
}
