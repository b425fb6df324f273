// Pick a competence from the catalogue (or edit one of mine): level, "kan hjælpe", note.
import { useMemo, useState } from 'preact/hooks';
import * as v from 'valibot';
import { mutationArgSchemas } from '../../../shared/protocol';
import type { Competence, Level, PersonCompetence } from '../../../shared/entities';
import { matchesPrefixes } from '../../../shared/search/fold';
import { useT } from '../context';
import { LevelPicker } from './level-picker';
import '../../../shared/i18n/sections/me';

export interface CompetenceChoice { competenceId: string; level: Level; canHelp: boolean; note: string }

interface Props {
  catalogue: Competence[];
  /** Editing an existing row: the competence is fixed. */
  existing?: { row: PersonCompetence; competence: Competence | undefined };
  excludeIds: Set<string>;
  onSave(choice: CompetenceChoice): void;
  onCancel(): void;
}

const MAX_MATCHES = 8;

export function CompetenceEditor({ catalogue, existing, excludeIds, onSave, onCancel }: Props) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Competence | undefined>(existing?.competence);
  const [level, setLevel] = useState<Level>(existing?.row.level ?? 1);
  const [canHelp, setCanHelp] = useState(existing?.row.canHelp ?? false);
  const [note, setNote] = useState(existing?.row.note ?? '');
  const [error, setError] = useState<string | null>(null);

  const matches = useMemo(() => {
    const q = query.trim();
    if (!q) return [];
    return catalogue
      .filter((c) => !excludeIds.has(c.id) && [c.name, ...c.synonyms, c.category].some((text) => matchesPrefixes(text, q)))
      .slice(0, MAX_MATCHES);
  }, [catalogue, query, excludeIds]);

  const submit = (event: Event) => {
    event.preventDefault();
    const competenceId = existing?.row.competenceId ?? chosen?.id;
    if (!competenceId) {
      setError(t('chooseCompetence'));
      return;
    }
    const choice = { competenceId, level, canHelp, note: note.trim() };
    // The same schema the server checks with: refuse here what would be refused there.
    if (!v.is(mutationArgSchemas['competence.set'], choice)) {
      setError(t('textNotSaved'));
      return;
    }
    onSave(choice);
  };

  return (
    <form class="card stack" onSubmit={submit} aria-label={existing ? t('editNamed', { name: existing.competence?.name ?? '' }) : t('addCompetence')}>
      {!existing && (
        <div class="stack">
          <label class="field">
            <span>{t('findCompetence')}</span>
            <input type="search" value={query} autocomplete="off" onInput={(e) => { setQuery(e.currentTarget.value); setError(null); }} />
          </label>
          {query.trim() !== '' && matches.length === 0 && <p class="muted">{t('noCatalogueMatch', { q: query.trim() })}</p>}
          {matches.length > 0 && (
            <ul class="plain-list choice-list">
              {matches.map((competence) => (
                <li key={competence.id}>
                  <button type="button" class={`choice ${chosen?.id === competence.id ? 'choice--active' : ''}`}
                    aria-pressed={chosen?.id === competence.id} onClick={() => { setChosen(competence); setError(null); }}>
                    <span>{competence.name}</span>
                    <span class="muted"> · {competence.category}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {chosen && <p data-testid="chosen-competence"><strong>{t('chosen', { name: chosen.name })}</strong></p>}
        </div>
      )}
      <LevelPicker legend={t('level')} name="level" value={level} onChange={setLevel} />
      <label class="checkbox">
        <input type="checkbox" checked={canHelp} onChange={(e) => setCanHelp(e.currentTarget.checked)} />
        <span>{t('canHelp')}</span>
      </label>
      <label class="field">
        <span>{t('note')}</span>
        <input type="text" maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {error && <p class="notice notice--error" role="alert">{error}</p>}
      <div class="row">
        <button type="submit" class="button">{t('save')}</button>
        <button type="button" class="button button--quiet" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
