// "Læring": what colleagues and I learned, in four feeds (Mine, Min enhed, Mine netværk,
// Alle), searchable offline (Danish folding, typos) and filtered by competence or DLO
// characteristic; my unfinished drafts first. The feed, search and filters live in the
// address, and the scroll position and how many were shown are kept
// (components/use-kept-place.ts), so the tab and "back" bring the list as it was left.
import '../../../shared/i18n/sections/learning';
import './learning.css';
import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
import { useMemo, useState } from 'preact/hooks';
import type { Learning } from '../../../shared/entities/learning';
import { formatMoment } from '../../../shared/i18n/dates';
import { useLang, useRuntime, useT } from '../context';
import { FEEDS, inFeed, type Feed } from './learning-data';
import { LearningCard } from './learning-card';
import { countWords, DLO_NUMBERS, dloKey } from './learning-words';
import { useDrafts, useLearningIndex, useLearningList } from './use-learnings';
import { byDanish } from '../../../shared/i18n/collate';
import { CardBoundary } from '../components/card-boundary';
import { NotYetSynced, useNeverSynced } from '../components/not-yet-synced';
import { SearchField } from '../components/search-field';
import { SelectField } from '../components/form-fields';
import { FilterDisclosure } from '../components/filter-disclosure';
import { useTypedQuery } from '../components/use-typed-query';
import { useKeptPlace } from '../components/use-kept-place';
import { listPlaces } from '../components/list-places';

const PAGE = 30;

interface LearningSearch { feed: Feed; q: string; competence: string; dlo: number | null }

const MAX_TEXT = 200;
/** The router reads "?q=12" as a number and "?q=true" as a boolean: both were typed as text. */
const text = (value: unknown): string =>
  (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value).slice(0, MAX_TEXT) : '');

/** The key of the list's place (components/kept-place.ts): who looks, the feed, the query and the filters. */
export function learningPlaceKey(owner: string | null, search: LearningSearch): string {
  return JSON.stringify(['learning', owner, search.feed, search.q.trim(), search.competence, search.dlo]);
}

/** The screen's state from its address: ?vis=mine&q=…&kompetence=…&dlo=5. */
export function parseLearningSearch(raw: Record<string, unknown>): LearningSearch {
  const feed = FEEDS.find((f) => f === raw.vis) ?? 'all';
  const dlo = Number(raw.dlo);
  return {
    feed,
    q: text(raw.q),
    competence: text(raw.kompetence),
    dlo: Number.isInteger(dlo) && dlo >= 1 && dlo <= 11 ? dlo : null,
  };
}

function hrefOf(search: LearningSearch): string {
  const params = new URLSearchParams();
  if (search.feed !== 'all') params.set('vis', search.feed);
  if (search.q) params.set('q', search.q);
  if (search.competence) params.set('kompetence', search.competence);
  if (search.dlo) params.set('dlo', String(search.dlo));
  const query = params.toString();
  return query ? `/laering?${query}` : '/laering';
}

export function LearningScreen() {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const search = parseLearningSearch(useRouterState({ select: (s) => s.location.search as Record<string, unknown> }));
  const set = (change: Partial<LearningSearch>) => void navigate({ href: hrefOf({ ...search, ...change }), replace: true, resetScroll: false });
  const [query, type] = useTypedQuery(search.q, (q) => { setLimit(PAGE); set({ q }); });
  const data = useLearningList();
  const index = useLearningIndex(data?.learnings, query.trim() !== '');
  const drafts = useDrafts();
  const placeKey = learningPlaceKey(runtime.personId, { ...search, q: query });
  // Coming back to a search: as many as were shown then.
  const [limit, setLimit] = useState(() => Math.max(PAGE, listPlaces.recall(placeKey)?.shown ?? PAGE));
  const neverSynced = useNeverSynced();

  const result = useMemo(() => {
    if (!data) return undefined;
    const byId = new Map(data.learnings.map((l) => [l.id, l]));
    const accept = (learning: Learning) => inFeed(runtime.store, learning, search.feed, data.viewer)
      && (!search.competence || learning.competenceIds.includes(search.competence))
      && (!search.dlo || learning.dlo.includes(search.dlo));
    if (!query.trim() || !index) {
      const all = data.learnings.filter(accept);
      return { shown: all.slice(0, limit), total: all.length };
    }
    const found = index.search(query, { limit, accept: (id) => accept(byId.get(id)!) });
    return { shown: found.ids.map((id) => byId.get(id)!), total: found.total };
  }, [data, index, search.feed, query, search.competence, search.dlo, limit]);
  const narrowed = query.trim() !== '' || search.competence !== '' || search.dlo !== null;
  useKeptPlace({ places: listPlaces, attribute: 'data-learning-id', key: placeKey, shown: limit, listShown: Boolean(result && result.shown.length > 0) });

  // The competences that tag a learning I can see: a filter that always finds something.
  const competences = useMemo(() => {
    const ids = new Set(data?.learnings.flatMap((l) => l.competenceIds));
    return [...ids].flatMap((id) => runtime.store.get('competence', id) ?? []).sort((a, b) => byDanish(a.name, b.name));
  }, [data]);

  return (
    <div class="stack">
      <h1>{t('tabLearning')}</h1>
      <div class="row learning-actions">
        <Link to="/laering/ny" className="button">{t('learnWrite')}</Link>
        <Link to="/laering/moede" className="button button--quiet">{t('learningMeeting')}</Link>
      </div>

      {drafts && drafts.length > 0 && (
        <section class="card stack stack--tight" aria-labelledby="learning-drafts" data-testid="drafts">
          <h2 id="learning-drafts">{t('learnDrafts')}</h2>
          <ul class="plain-list stack stack--tight">
            {drafts.map((draft) => (
              <li key={draft.id}>
                {draft.mode === 'new'
                  ? <Link to="/laering/ny" search={{ kladde: draft.id }} className="target-link">{t('learnDraftContinue')}: {draft.title.trim() || t('learnUntitled')}</Link>
                  : <Link to="/laering/$id" params={{ id: draft.id }} className="target-link">{t('learnDraftContinue')}: {draft.title.trim() || t('learnUntitled')}</Link>}
                <span class="muted hint"> · {t('learnDraftEdited', { time: formatMoment(lang, draft.updatedAt) })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div class="list-head">
        <div role="group" aria-label={t('learnFeeds')} class="feed-choice">
          {FEEDS.map((feed) => (
            <button key={feed} type="button" class={`button${search.feed === feed ? '' : ' button--quiet'}`}
              aria-pressed={search.feed === feed} onClick={() => { setLimit(PAGE); set({ feed }); }}
              aria-label={t(`learnFeed_${feed}`)}>
              {/* A short word that fits four in a row; the full name ("Min enhed") is the button's name, and holds it. */}
              {t(`learnFeedShort_${feed}`)}
            </button>
          ))}
        </div>
        <SearchField label={t('learnSearch')} value={query} onInput={type} data-testid="learning-search" />
        <FilterDisclosure active={(search.competence ? 1 : 0) + (search.dlo ? 1 : 0)}>
          <SelectField label={t('learnFilterCompetence')} value={search.competence}
            onChange={(event) => { setLimit(PAGE); set({ competence: event.currentTarget.value }); }}>
            <option value="">{t('learnFilterAny')}</option>
            {competences.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </SelectField>
          <SelectField label={t('learnFilterDlo')} value={search.dlo ?? ''}
            onChange={(event) => { setLimit(PAGE); set({ dlo: Number(event.currentTarget.value) || null }); }}>
            <option value="">{t('learnFilterAny')}</option>
            {DLO_NUMBERS.map((n) => <option key={n} value={n}>{n}. {t(dloKey(n))}</option>)}
          </SelectField>
        </FilterDisclosure>
      </div>

      {result === undefined && <p class="muted">{t('loading')}</p>}
      {result && (
        <section class="stack" aria-labelledby="learning-results">
          <h2 id="learning-results" class="visually-hidden">{t(`learnFeed_${search.feed}`)}</h2>
          {/* Before the first sync, no learning is not "none": they are on their way. */}
          {/* The count is seen when it says something (a search, a filter, none found); otherwise only heard,
              so the first learning starts high on a phone's screen. */}
          {result.total === 0 && neverSynced ? <NotYetSynced /> : <p class={narrowed || result.total === 0 ? 'muted' : 'visually-hidden'} role="status" data-testid="learning-count">
            {result.total === 0
              ? t(search.feed === 'mine' && !query && !search.competence && !search.dlo ? 'learnNoneMine' : 'learnNone')
              : countWords(lang, 'learnCount', result.total)}
          </p>}
          {result.shown.length > 0 && (
            <ul class="plain-list stack" data-testid="learning-list">
              {result.shown.map((learning) => <CardBoundary key={learning.id}><LearningCard learning={learning} /></CardBoundary>)}
            </ul>
          )}
          {result.total > result.shown.length && (
            <button type="button" class="button button--quiet" onClick={() => setLimit(limit + PAGE)}>{t('learnShowMore')}</button>
          )}
        </section>
      )}
    </div>
  );
}
