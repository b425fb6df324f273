// What the directory says above its results: the word a typo reading searched for (with
// a link to search for the word as typed), that a search is exact (with the way back),
// and, when nobody is found, the filters in force, a reset, and competences to try.
import { Link } from '@tanstack/react-router';
import type { TypoReading } from '../../../shared/search';
import { useT } from '../context';
import type { DirectorySearch } from './search-params';

/** The query with each typo-read word replaced by the word searched for. */
export function queryAsRead(query: string, readings: readonly TypoReading[]): string {
  return readings.reduce((text, reading) => text.replace(reading.typed, reading.searchedFor), query.trim());
}

interface ReadingProps {
  query: string;
  search: DirectorySearch;
  readings: readonly TypoReading[];
  /** Called before the link is followed: a URL update still waiting must not undo it. */
  onFollow(): void;
}

/** "Viser resultater for »regning«" and "Søg i stedet efter »regnign«". */
export function TypoReadingNotice({ query, search, readings, onFollow }: ReadingProps) {
  const t = useT();
  return (
    <div class="notice stack stack--tight" data-testid="typo-reading">
      <p>{t('typoReading', { q: queryAsRead(query, readings) })}</p>
      <p>
        <Link to="/" search={{ ...search, q: query, eksakt: true }} replace resetScroll={false} className="button button--small button--quiet" onClick={onFollow}>
          {t('searchExactly', { q: query.trim() })}
        </Link>
      </p>
    </div>
  );
}

/** "Søger kun efter »regnign«, præcis som det er skrevet" and the way back to typo readings. */
export function ExactSearchNotice({ query, search, onFollow }: Omit<ReadingProps, 'readings'>) {
  const t = useT();
  return (
    <div class="notice stack stack--tight" data-testid="exact-search">
      <p>{t('exactSearch', { q: query.trim() })}</p>
      <p>
        <Link to="/" search={{ ...search, q: query, eksakt: undefined }} replace resetScroll={false} className="button button--small button--quiet" onClick={onFollow}>
          {t('searchSimilar')}
        </Link>
      </p>
    </div>
  );
}

interface EmptyProps {
  query: string;
  filterLabels: string[];
  suggestions: { id: string; name: string }[];
  onClearFilters(): void;
  onSuggestion(name: string): void;
}

/** Nobody found: for which query, under which filters, and what to do about it. */
export function NoResults({ query, filterLabels, suggestions, onClearFilters, onSuggestion }: EmptyProps) {
  const t = useT();
  return (
    <div class="notice stack stack--tight" data-testid="no-results">
      <p>{query.trim() ? t('noResults', { q: query.trim() }) : t('noResultsFiltered')}</p>
      {filterLabels.length > 0 && (
        <>
          <p>{t('activeFilters')}</p>
          <ul class="plain-list badge-list" data-testid="active-filters">
            {filterLabels.map((label) => <li key={label} class="badge">{label}</li>)}
          </ul>
          <p>
            <button type="button" class="button button--small" onClick={onClearFilters}>{t('clearFilters')}</button>
          </p>
        </>
      )}
      {suggestions.length > 0 && (
        <div class="row">
          <span>{t('tryInstead')}</span>
          {suggestions.map(({ id, name }) => (
            <button key={id} type="button" class="button button--small button--quiet" onClick={() => onSuggestion(name)}>{name}</button>
          ))}
        </div>
      )}
    </div>
  );
}
