// "Arrangementer": upcoming events, or mine (signed up, waiting list, attended, cancelled),
// with a text search (the directory's Danish typo-forgiving matching: list-matcher.ts) and
// a filter by kind. The view, the search and the kind live in the address, and the scroll
// position is kept (components/use-kept-place.ts): "back" from an event finds the list as left.
import '../../../shared/i18n/sections/events';
import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
import { useMemo } from 'preact/hooks';
import { SEMINAR_KINDS } from '../../../shared/entities/seminar';
import { isReadableSpan } from '../../../shared/entities/instant';
import { createListMatcher } from '../../../shared/search/list-matcher';
import { useLang, useRuntime, useT } from '../context';
import { isMine } from './signup-state';
import { kindKey, Seats, StateBadge, useWhen } from './event-words';
import { useEvents, type EventView } from './use-events';
import { eventsHref, eventsPlaceKey, parseEventsSearch, type EventsSearch } from './events-search';
import { CardBoundary } from '../components/card-boundary';
import { NotYetSynced, useNeverSynced } from '../components/not-yet-synced';
import { SearchField } from '../components/search-field';
import { SelectField } from '../components/form-fields';
import { FilterDisclosure } from '../components/filter-disclosure';
import { useTypedQuery } from '../components/use-typed-query';
import { useKeptPlace } from '../components/use-kept-place';
import { listPlaces } from '../components/list-places';

export function EventsScreen() {
  const t = useT();
  const { lang } = useLang();
  const events = useEvents();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const search = parseEventsSearch(useRouterState({ select: (s) => s.location.search as Record<string, unknown> }));
  const set = (change: Partial<EventsSearch>) =>
    void navigate({ href: eventsHref({ ...search, ...change }), replace: true, resetScroll: false });
  const [query, type] = useTypedQuery(search.q, (q) => set({ q }));
  const me = runtime.personId ? runtime.store.get('person', runtime.personId) : undefined;
  // Organizers and admins make events; so do network coordinators (for their network).
  const organizer = Boolean(me?.roles.some((role) => role === 'organizer' || role === 'admin'))
    || runtime.store.all('membership').some((m) => m.personId === me?.id && m.status === 'active' && m.role === 'coordinator');
  const neverSynced = useNeverSynced();

  // Made again when the events change, not at each letter: a few hundred events' words.
  const matcher = useMemo(() => events && createListMatcher(events.map(({ seminar }) => [
    seminar.title, seminar.description, seminar.location, t(kindKey(seminar.kind)),
    ...seminar.competenceIds.map((id) => runtime.store.get('competence', id)?.name ?? ''),
  ].join(' '))), [events, lang]);

  const shown = useMemo(() => {
    if (!events || !matcher) return undefined;
    const now = Date.now();
    const found = matcher.match(query);
    return events.filter(({ seminar, state }, at) => {
      if (search.view === 'mine' ? !isMine(state) : Date.parse(seminar.endsAt) < now) return false;
      if (search.kind && seminar.kind !== search.kind) return false;
      return !found || found.has(at);
    });
  }, [events, matcher, search.view, query, search.kind]);
  useKeptPlace({
    places: listPlaces, attribute: 'data-seminar-id', key: eventsPlaceKey(runtime.personId, { ...search, q: query }),
    shown: shown?.length ?? 0, listShown: Boolean(shown && shown.length > 0),
  });

  return (
    <div class="stack">
      <h1>{t('eventsTitle')}</h1>
      <div class="list-head">
        <div class="list-views">
          <div class="list-views" role="group" aria-label={t('eventsViews')}>
            {(['upcoming', 'mine'] as const).map((option) => (
              <button key={option} type="button" class={`button${search.view === option ? '' : ' button--quiet'}`}
                aria-pressed={search.view === option} onClick={() => set({ view: option })}>
                {t(option === 'upcoming' ? 'eventsUpcoming' : 'eventsMine')}
              </button>
            ))}
          </div>
          <div class="list-views__tools">
            <Link class="button button--quiet" to="/scan">{t('scanTitle')}</Link>
            {organizer && <Link class="button button--quiet" to="/arrangementer/nyt">{t('eventNew')}</Link>}
          </div>
        </div>
        <SearchField label={t('eventsSearch')} value={query} onInput={type} data-testid="events-search" />
        <FilterDisclosure active={search.kind ? 1 : 0}>
          <SelectField label={t('eventsKind')} value={search.kind}
            onChange={(event) => set({ kind: SEMINAR_KINDS.find((k) => k === event.currentTarget.value) ?? '' })}>
            <option value="">{t('eventsAllKinds')}</option>
            {SEMINAR_KINDS.map((k) => <option key={k} value={k}>{t(kindKey(k))}</option>)}
          </SelectField>
        </FilterDisclosure>
      </div>
      {shown === undefined && <p class="muted" role="status">{t('loading')}</p>}
      {shown?.length === 0 && (neverSynced ? <NotYetSynced />
        : <p class="muted" role="status">{t(search.view === 'mine' && !query && !search.kind ? 'eventsNoneMine' : 'eventsNone')}</p>)}
      {shown && shown.length > 0 && (
        <ul class="plain-list stack" aria-label={t(search.view === 'mine' ? 'eventsMine' : 'eventsUpcoming')} data-testid="events-list">
          {shown.map((event) => <CardBoundary key={event.seminar.id}><EventCard event={event} /></CardBoundary>)}
        </ul>
      )}
    </div>
  );
}

function EventCard({ event: { seminar, state } }: { event: EventView }) {
  const t = useT();
  const when = useWhen();
  return (
    <li class="card stack stack--tight" data-seminar-id={seminar.id}>
      <h2><Link to="/arrangementer/$id" params={{ id: seminar.id }}>{seminar.title}</Link></h2>
      <p class="muted">{t(kindKey(seminar.kind))} · {when(seminar.startsAt, seminar.endsAt)}</p>
      {!isReadableSpan(seminar) && <p class="notice notice--warn" data-testid="event-time-unreadable">{t('eventTimeUnreadable')}</p>}
      <p>{seminar.location}</p>
      {seminar.status === 'cancelled' ? <p class="notice notice--warn">{t('eventCancelledBanner')}</p> : <Seats seminar={seminar} />}
      <p><StateBadge state={state} /></p>
    </li>
  );
}
