// "Arrangementer": upcoming events, or mine (signed up, waiting list, attended, cancelled),
// with a text search (the shared Danish fold) and a filter by kind.
import '../../../shared/i18n/sections/events';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'preact/hooks';
import { SEMINAR_KINDS, type Seminar } from '../../../shared/entities/seminar';
import { isReadableSpan } from '../../../shared/entities/instant';
import { matchesPrefixes } from '../../../shared/search/fold';
import { useRuntime, useT } from '../context';
import { isMine } from './signup-state';
import { kindKey, Seats, StateBadge, useWhen } from './event-words';
import { useEvents, type EventView } from './use-events';
import { CardBoundary } from '../components/card-boundary';
import { NotYetSynced, useNeverSynced } from '../components/not-yet-synced';

type View = 'upcoming' | 'mine';

export function EventsScreen() {
  const t = useT();
  const events = useEvents();
  const runtime = useRuntime();
  const me = runtime.personId ? runtime.store.get('person', runtime.personId) : undefined;
  // Organizers and admins make events; so do network coordinators (for their network).
  const organizer = Boolean(me?.roles.some((role) => role === 'organizer' || role === 'admin'))
    || runtime.store.all('membership').some((m) => m.personId === me?.id && m.status === 'active' && m.role === 'coordinator');
  const neverSynced = useNeverSynced();
  const [view, setView] = useState<View>('upcoming');
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<Seminar['kind'] | ''>('');

  const shown = useMemo(() => {
    if (!events) return undefined;
    const now = Date.now();
    return events.filter(({ seminar, state }) => {
      if (view === 'mine' ? !isMine(state) : Date.parse(seminar.endsAt) < now) return false;
      if (kind && seminar.kind !== kind) return false;
      return !query.trim() || matchesPrefixes(`${seminar.title} ${seminar.description} ${seminar.location} ${t(kindKey(seminar.kind))}`, query);
    });
  }, [events, view, query, kind]);

  return (
    <div class="stack">
      {organizer && <p><Link class="button" to="/arrangementer/nyt">{t('eventNew')}</Link></p>}
      <p><Link class="button button--quiet" to="/scan">{t('scanTitle')}</Link></p>
      <div class="stack stack--tight" role="group" aria-label={t('eventsViews')}>
        <div class="contact-actions">
          {(['upcoming', 'mine'] as const).map((option) => (
            <button
              key={option}
              type="button"
              class={`button${view === option ? '' : ' button--quiet'}`}
              aria-pressed={view === option}
              onClick={() => setView(option)}
            >
              {t(option === 'upcoming' ? 'eventsUpcoming' : 'eventsMine')}
            </button>
          ))}
        </div>
      </div>
      <label class="stack stack--tight">
        <span>{t('eventsSearch')}</span>
        <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </label>
      <label class="stack stack--tight">
        <span>{t('eventsKind')}</span>
        <select value={kind} onChange={(event) => setKind(event.currentTarget.value as Seminar['kind'] | '')}>
          <option value="">{t('eventsAllKinds')}</option>
          {SEMINAR_KINDS.map((k) => <option key={k} value={k}>{t(kindKey(k))}</option>)}
        </select>
      </label>
      {shown === undefined && <p class="muted">{t('loading')}</p>}
      {shown?.length === 0 && (neverSynced ? <NotYetSynced />
        : <p class="muted">{t(view === 'mine' && !query && !kind ? 'eventsNoneMine' : 'eventsNone')}</p>)}
      {shown && shown.length > 0 && (
        <ul class="stack" aria-label={t(view === 'mine' ? 'eventsMine' : 'eventsUpcoming')}>
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
