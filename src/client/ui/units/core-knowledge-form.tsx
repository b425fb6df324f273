// The leader's form for one core competence: picked from the catalogue with the
// directory's forgiving search (æ/ø/å, aa/ae/oe), the level it counts from, how many the
// unit needs today and in five years, and a note. Queued offline like every change.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Competence, CoreKnowledge, Level } from '../../../shared/entities';
import { DEFAULT_NEED_LEVEL, isNeedInRange, MAX_NEED } from '../../../shared/core-knowledge/rules';
import { useT } from '../context';
import { LevelPicker } from '../components/level-picker';
import { CatalogueChooser } from '../components/catalogue-chooser';
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
  const [error, setError] = useState<string | null>(null);
  // Opened in place by "Ret" or "Tilføj": focus goes to its title, so a screen reader says
  // which form this is and the next Tab reaches its first field.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    const competenceId = existing?.row.competenceId ?? chosen?.id;
    if (!competenceId) return setError(t('corePick'));
    const now = Number(needNow);
    const later = Number(needIn5Years);
    // The server draws the same line (need_out_of_range): say so here, before it queues.
    if (needNow.trim() === '' || needIn5Years.trim() === '' || !isNeedInRange(now) || !isNeedInRange(later)) {
      return setError(t('coreNeedError'));
    }
    onSave({ competenceId, level, needNow: now, needIn5Years: later, note: note.trim() });
  };

  const title = existing ? t('coreEdit', { name: existing.competence?.name ?? existing.row.competenceId }) : t('coreAdd');
  return (
    <form class="card stack" onSubmit={submit} aria-label={title} data-testid="core-form" noValidate>
      <h3 ref={heading} tabIndex={-1} class="core-form__title">{title}</h3>
      {!existing && (
        <CatalogueChooser catalogue={catalogue} excludeIds={excludeIds} chosen={chosen} onChoose={setChosen} onEdit={() => setError(null)}
          searchLabel={t('coreSearch')} noMatch={(q) => t('coreNoMatch', { q })} chosenText={(name) => t('coreChosen', { name })} chosenTestId="core-chosen" />
      )}
      <LevelPicker legend={t('coreLevel')} name="core-level" value={level} onChange={setLevel} />
      <div class="row">
        <label class="field unit-number">
          <span>{t('coreNeedNow')}</span>
          <input type="number" inputMode="numeric" min={0} max={MAX_NEED} step={1} value={needNow}
            onInput={(e) => { setNeedNow(e.currentTarget.value); setError(null); }} />
        </label>
        <label class="field unit-number">
          <span>{t('coreNeedIn5')}</span>
          <input type="number" inputMode="numeric" min={0} max={MAX_NEED} step={1} value={needIn5Years}
            onInput={(e) => { setNeedIn5Years(e.currentTarget.value); setError(null); }} />
        </label>
      </div>
      <label class="field">
        <span>{t('coreNote')}</span>
        <input type="text" maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {error && <p class="notice notice--error" role="alert">{error}</p>}
      <div class="row">
        <button type="submit" class="button">{t('coreSave')}</button>
        <button type="button" class="button button--quiet" onClick={onCancel}>{t('cancel')}</button>
        {onRemove && existing && (
          <button type="button" class="button button--danger" onClick={onRemove}>
            {t('coreRemove', { name: existing.competence?.name ?? existing.row.competenceId })}
          </button>
        )}
      </div>
    </form>
  );
}
