// "Find kolleger", the home screen: search as you type over everyone, fully offline.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { filtersOf, type DirectorySearch } from './search-params';
import { DirectoryFilters } from './directory-filters';
import { ResultCard } from './result-card';

const PAGE = 25;

export function DirectoryScreen() {
  const t = useT();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const search = useSearch({ from: '/' });
  // The field follows the keyboard at once; the URL follows the field.
  const [query, setQuery] = useState(search.q ?? '');
  const [limit, setLimit] = useState(PAGE);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    // Building the index takes a moment on a big municipality: first paint, then build.
    const timer = setTimeout(() => { runtime.directory.get(); setReady(true); }, 0);
    return () => clearTimeout(timer);
  }, [runtime]);
  useEffect(() => setQuery(search.q ?? ''), [search.q]);

  const update = (next: Partial<DirectorySearch>) => {
    setLimit(PAGE);
    void navigate({ to: '/', search: (prev: DirectorySearch) => ({ ...prev, ...next }), replace: true });
  };

  const me = runtime.personId ? runtime.store.get('person', runtime.personId) : undefined;
  const near = me ? { unitId: me.unitId, areaId: runtime.store.get('unit', me.unitId)?.areaId } : undefined;
  const filters = useMemo(() => ({ ...filtersOf(search), ...(near && { near }) }), [search, near?.unitId, near?.areaId]);
  const areas = useLiveQuery(() => runtime.store.all('area').sort((a, b) => a.name.localeCompare(b.name, 'da')), []) ?? [];
  const units = useLiveQuery(() => runtime.store.all('unit').sort((a, b) => a.name.localeCompare(b.name, 'da')), []) ?? [];
  const hits = useLiveQuery(
    () => (ready ? runtime.directory.get().searchHits(query, filters, 1000) : null),
    [ready, query, filters],
  );
  const suggestions = useMemo(
    () => (ready && hits?.length === 0 && query.trim() ? runtime.directory.get().suggestCompetences(query) : []),
    [ready, hits, query],
  );
  useEffect(() => {
    // User Timing entry: `npm run bench` times each keystroke until these results are shown.
    if (hits) performance.mark('videnbro:results', { detail: query });
  }, [hits]);
  const competenceName = (id: string) => runtime.store.get('competence', id)?.name ?? id;
  const shown = (hits ?? []).slice(0, limit);

  return (
    <div class="stack">
      <h1>{t('directoryTitle')}</h1>
      <form role="search" class="stack" onSubmit={(e) => e.preventDefault()}>
        <label class="field">
          <span>{t('searchLabel')}</span>
          <input type="search" name="q" value={query} autocomplete="off" enterKeyHint="search" data-testid="directory-search"
            onInput={(e) => { const q = e.currentTarget.value; setQuery(q); update({ q: q || undefined }); }} />
        </label>
      </form>
      <DirectoryFilters search={search} areas={areas} units={units} onChange={update} />
      {!ready && <p class="muted" role="status">{t('searchLoading')}</p>}
      {ready && hits && (
        <section aria-live="polite" aria-busy={false} class="stack" data-testid="directory-results">
          {hits.length > 0 && (
            <p class="muted" data-testid="result-count">
              {hits.length > shown.length ? t('resultCountMany', { shown: shown.length, n: hits.length }) : t('resultCount', { n: hits.length })}
            </p>
          )}
          {hits.length === 0 && query.trim() !== '' && (
            <div class="notice stack stack--tight">
              <p>{t('noResults', { q: query.trim() })}</p>
              {suggestions.length > 0 && (
                <div class="row">
                  <span>{t('tryInstead')}</span>
                  {suggestions.map((id) => (
                    <button key={id} type="button" class="button button--small button--quiet" onClick={() => { const q = competenceName(id); setQuery(q); update({ q }); }}>
                      {competenceName(id)}
                    </button>
                  ))}
                </div>
              )}
            </div>
          )}
          {hits.length === 0 && query.trim() === '' && <p class="muted">{t('searchHint')}</p>}
          <ul class="plain-list stack" data-testid="result-list">
            {shown.map((hit) => {
              const person = runtime.store.get('person', hit.personId);
              return person ? <ResultCard key={hit.personId} hit={hit} person={person} unit={runtime.store.get('unit', person.unitId)} competenceName={competenceName} /> : null;
            })}
          </ul>
          {hits.length > shown.length && (
            <button type="button" class="button button--quiet" onClick={() => setLimit(limit + PAGE)}>{t('showMore')}</button>
          )}
        </section>
      )}
    </div>
  );
}
