// Tags a learning with competences from the catalogue: search as in "Tilføj kompetence"
// (names, synonyms, categories, Danish folding), and when nothing starts that way, the
// directory's typo-tolerant suggestions; the chosen ones listed with a way to remove each.
import '../../../shared/i18n/sections/learning';
import { useMemo, useState } from 'preact/hooks';
import type { Competence } from '../../../shared/entities/competence';
import { competenceMatches } from '../components/catalogue-chooser';
import { TextField } from '../components/form-fields';
import { useRuntime, useT } from '../context';
import { byDanish } from '../../../shared/i18n/collate';
import '../../../shared/i18n/sections/profile-editing';

const MAX_MATCHES = 8;

interface Props {
  chosen: string[];
  onChange(ids: string[]): void;
}

export function CompetencePicker({ chosen, onChange }: Props) {
  const t = useT();
  const runtime = useRuntime();
  const [query, setQuery] = useState('');
  const catalogue = useMemo(() => runtime.store.all('competence').sort((a, b) => byDanish(a.name, b.name)), []);
  const picked = new Set(chosen);

  const matches = useMemo((): Competence[] => {
    const q = query.trim();
    if (!q) return [];
    // A retired competence keeps its tags but is no longer offered.
    const found = catalogue.filter((c) => !c.retired && !picked.has(c.id) && competenceMatches(c, q));
    if (found.length > 0 || !runtime.directory.isBuilt) return found.slice(0, MAX_MATCHES);
    // A typo ("demnes"): the directory's nearest catalogue entries.
    return runtime.directory.get().suggestCompetences(q, MAX_MATCHES)
      .flatMap((id) => {
        const competence = runtime.store.get('competence', id);
        return competence && !competence.retired && !picked.has(id) ? [competence] : [];
      });
  }, [catalogue, query, chosen]);

  return (
    <fieldset class="field" data-testid="competence-picker">
      <legend>{t('learnFieldCompetences')}</legend>
      {chosen.length > 0 && (
        <ul class="plain-list badge-list">
          {chosen.map((id) => {
            const name = runtime.store.get('competence', id)?.name ?? id;
            return (
              <li key={id} class="row">
                <span class="badge">{name}</span>
                <button type="button" class="button button--small button--quiet" aria-label={t('removeNamed', { name })}
                  onClick={() => onChange(chosen.filter((c) => c !== id))}>{t('remove')}</button>
              </li>
            );
          })}
        </ul>
      )}
      <TextField label={t('findCompetence')} type="search" value={query} autocomplete="off" onInput={(event) => setQuery(event.currentTarget.value)} />
      {query.trim() !== '' && matches.length === 0 && <p class="muted">{t('noCatalogueMatch', { q: query.trim() })}</p>}
      {matches.length > 0 && (
        <ul class="plain-list choice-list">
          {matches.map((competence) => (
            <li key={competence.id}>
              <button type="button" class="choice" onClick={() => { onChange([...chosen, competence.id]); setQuery(''); }}>
                <span class="visually-hidden">{t('learnAdd')} </span>
                <span>{competence.name}</span>
                <span class="muted"> · {competence.category}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
