// Picking a competence from the catalogue with the directory's forgiving search (æ/ø/å,
// aa/ae/oe, synonyms, category): where a person registers one (Mig) and where a leader
// adds one to the unit's core knowledge.
import { useMemo, useState } from 'preact/hooks';
import type { Competence } from '../../../shared/entities';
import { matchesPrefixes } from '../../../shared/search/fold';
import { TextField } from './form-fields';

const MAX_MATCHES = 8;

/** A competence answers to its name, a synonym or its category, by word beginnings (æ/ø/å folded). */
export function competenceMatches(competence: Competence, query: string): boolean {
  return [competence.name, ...competence.synonyms, competence.category].some((text) => matchesPrefixes(text, query));
}

interface Props {
  catalogue: Competence[];
  /** Already chosen elsewhere (the person's own, the unit's): not offered again. */
  excludeIds: ReadonlySet<string>;
  chosen: Competence | undefined;
  onChoose(competence: Competence): void;
  /** Called on each keystroke and choice, e.g. to clear the form's error. */
  onEdit(): void;
  searchLabel: string;
  noMatch(query: string): string;
  chosenText(name: string): string;
  chosenTestId: string;
  /** The search field's id: where the form's "choose a competence" error points. */
  searchId?: string;
}

export function CatalogueChooser({ catalogue, excludeIds, chosen, onChoose, onEdit, searchLabel, noMatch, chosenText, chosenTestId, searchId }: Props) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = query.trim();
    if (!q) return [];
    return catalogue
      // A retired competence stays on those who hold it, but is no longer offered.
      .filter((c) => !c.retired && !excludeIds.has(c.id) && competenceMatches(c, q))
      .slice(0, MAX_MATCHES);
  }, [catalogue, query, excludeIds]);

  return (
    <div class="stack">
      <TextField label={searchLabel} type="search" id={searchId} value={query} autocomplete="off"
        onInput={(e) => { setQuery(e.currentTarget.value); onEdit(); }} />
      {query.trim() !== '' && matches.length === 0 && <p class="muted">{noMatch(query.trim())}</p>}
      {matches.length > 0 && (
        <ul class="plain-list choice-list">
          {matches.map((competence) => (
            <li key={competence.id}>
              <button type="button" class={`choice ${chosen?.id === competence.id ? 'choice--active' : ''}`}
                aria-pressed={chosen?.id === competence.id} onClick={() => { onChoose(competence); onEdit(); }}>
                <span>{competence.name}</span>
                <span class="muted"> · {competence.category}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen && <p data-testid={chosenTestId}><strong>{chosenText(chosen.name)}</strong></p>}
    </div>
  );
}
