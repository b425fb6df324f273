// "Find kolleger", the home screen: search as you type over everyone, fully offline.
// Coming back (back from a person, or the Find tab, whose link keeps the search URL)
// finds the list as it was left: how many were shown and the scroll position (place.ts).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { useLang, useRuntime, useT } from '../context';
import { useDataVersion, useLiveQuery } from '../hooks';
import { formatNumber, translateCount } from '../../../shared/i18n/plural';
import { byDanish } from '../../../shared/i18n/collate';
import { filtersOf, hasFilters, withoutFilters, type DirectorySearch } from './search-params';
import { activeFilterLabels, DirectoryFilters } from './directory-filters';
import { ResultCard } from './result-card';
import { ExactSearchNotice, NoResults, TypoReadingNotice } from './result-notices-lazy';
import { directoryPlaces, placeKey } from './place';
import { useKeptPlace } from '../components/use-kept-place';
import { SearchField } from '../components/search-field';

/** About two phone screens of cards; "Vis flere" adds as many again. */
const PAGE = 15;
/** The URL follows the search box once typing pauses: results never wait for the router. */
const URL_DELAY_MS = 250;

export function DirectoryScreen() {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const router = useRouter();
  const search = useSearch({ from: '/' });

  // The field follows the keyboard at once; the URL follows the field.
  const [query, setQuery] = useState(search.q ?? '');
  const owner = runtime.personId;
  const [limit, setLimit] = useState(() => directoryPlaces.recall(placeKey(owner, search.q ?? '', search))?.shown ?? PAGE);
  const [ready, setReady] = useState(() => runtime.directory.isBuilt);
  // The index is built when a search is wanted: a query or filter in the URL, or the search
  // box or a filter touched. Opening the app to its home screen then costs no build (a
  // long task on a slow phone, right when the first screen should answer a tap); the box
  // is focused well before the first letter arrives.
  const [wanted, setWanted] = useState(false);
  const searching = wanted || query.trim() !== '' || hasFilters(search);

  useEffect(() => {
    if (ready || !searching) return undefined;
    let alive = true;
    void runtime.directory.prepare().then(() => { if (alive) setReady(true); });
    return () => { alive = false; };
  }, [runtime, ready, searching]);
  // The query this screen last wrote to the URL: a URL change to anything else (back
  // button, a link) comes from outside and takes over the search box.
  const written = useRef(search.q ?? '');
  const urlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if ((search.q ?? '') !== written.current) {
      // From outside: it wins over a URL update still waiting for the typing to pause.
      clearTimeout(urlTimer.current);
      written.current = search.q ?? '';
      setQuery(written.current);
      setLimit(PAGE);
    }
  }, [search.q]);

  const update = (next: Partial<DirectorySearch>, q = query) => {
    clearTimeout(urlTimer.current);
    setLimit(PAGE);
    written.current = q;
    void navigate({ to: '/', search: (prev: DirectorySearch) => ({ ...prev, q: q || undefined, ...next }), replace: true, resetScroll: false });
  };
  const type = (q: string) => {
    setQuery(q);
    setLimit(PAGE);
    clearTimeout(urlTimer.current);
    // A new query is read with typo readings again.
    urlTimer.current = setTimeout(() => {
      // A tab tapped meanwhile is on its way to another screen (whose code may still be
      // loading, with this one on screen): the query must not take the app back here.
      if (router.latestLocation.pathname === '/') update({ eksakt: undefined }, q);
    }, URL_DELAY_MS);
  };
  useEffect(() => () => clearTimeout(urlTimer.current), []);

  // "Exactly as typed" holds for the query it was asked for, not for one typed since.
  const exact = Boolean(search.eksakt) && query === (search.q ?? '');

  const me = owner ? runtime.store.get('person', owner) : undefined;
  const near = me ? { unitId: me.unitId, areaId: runtime.store.get('unit', me.unitId)?.areaId } : undefined;
  const filters = useMemo(() => ({ ...filtersOf(search), ...(near && { near }) }), [search, near?.unitId, near?.areaId]);
  const areas = useLiveQuery(() => runtime.store.all('area').sort((a, b) => byDanish(a.name, b.name)), []) ?? [];
  const units = useLiveQuery(() => runtime.store.all('unit').sort((a, b) => byDanish(a.name, b.name)), []) ?? [];
  // Searched during render, not in an effect: one render per keystroke.
  const dataVersion = useDataVersion();
  const page = useMemo(
    () => {
      if (!ready) return null;
      const started = performance.now();
      const result = runtime.directory.get().searchPage(query, filters, limit, { exact });
      performance.measure('videnbro:search', { start: started, end: performance.now(), detail: query });
      return result;
    },
    [ready, query, filters, limit, exact, dataVersion],
  );
  const hits = page?.hits ?? null;
  const total = page?.total ?? 0;
  const suggestions = useMemo(
    () => (ready && total === 0 && query.trim() ? runtime.directory.get().suggestCompetences(query) : []),
    [ready, total, query],
  );
  useEffect(() => {
    // User Timing entry: `npm run bench` times each keystroke until these results are shown.
    if (hits) performance.mark('videnbro:results', { detail: query });
  }, [hits]);
  // Anchored by the cards' person ids (components/use-kept-place.ts).
  useKeptPlace({ places: directoryPlaces, attribute: 'data-person-id', key: placeKey(owner, query, { ...search, eksakt: exact }), shown: limit, listShown: hits !== null });
  const competenceName = (id: string) => runtime.store.get('competence', id)?.name ?? id;
  const following = () => clearTimeout(urlTimer.current);

  return (
    <div class="stack">
      <h1>{t('directoryTitle')}</h1>
      <SearchField label={t('searchLabel')} value={query} onInput={type} data-testid="directory-search" onActivate={() => setWanted(true)} />
      <DirectoryFilters search={search} areas={areas} units={units} onChange={update} />
      {!ready && searching && <p class="muted" role="status">{t('searchLoading')}</p>}
      {!ready && !searching && <p class="muted">{t('searchHint')}</p>}
      {ready && hits && page && (
        <section class="stack" data-testid="directory-results" aria-label={t('results')}>
          {exact && <ExactSearchNotice query={query} search={search} onFollow={following} />}
          {total > 0 && page.readings.length > 0 && <TypoReadingNotice query={query} search={search} readings={page.readings} onFollow={following} />}
          <div role="status">
            {total > 0 && (
              <p class="muted" data-testid="result-count">
                {total > hits.length ? translateCount(lang, 'resultCountMany', total, { shown: formatNumber(lang, hits.length) }) : translateCount(lang, 'resultCount', total)}
              </p>
            )}
            {total === 0 && (query.trim() !== '' || hasFilters(search)) && (
              <NoResults
                query={query}
                filterLabels={activeFilterLabels(search, areas, units, t)}
                suggestions={suggestions.map((id) => ({ id, name: competenceName(id) }))}
                onClearFilters={() => update(withoutFilters({}))}
                onSuggestion={(name) => { setQuery(name); update({ eksakt: undefined }, name); }}
              />
            )}
          </div>
          {total === 0 && query.trim() === '' && !hasFilters(search) && <p class="muted">{t('searchHint')}</p>}
          <ul class="plain-list stack" data-testid="result-list">
            {hits.map((hit) => {
              const person = runtime.store.get('person', hit.personId);
              return person ? <ResultCard key={hit.personId} hit={hit} person={person} unit={runtime.store.get('unit', person.unitId)} competenceName={competenceName} /> : null;
            })}
          </ul>
          {total > hits.length && (
            <button type="button" class="button button--quiet" onClick={() => setLimit(limit + PAGE)}>
              {translateCount(lang, 'showMore', Math.min(PAGE, total - hits.length))}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
