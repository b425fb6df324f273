// The upcoming events a network runs (seminars linked to it), soonest first, each a link
// to its event page: the network page's window on the seminars section.
import '../../../shared/i18n/sections/networks';
import { Link } from '@tanstack/react-router';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { useWhen } from '../events/event-words';
import type { Seminar } from '../../../shared/entities/seminar';
import type { LocalStore } from '../../store/local-store';
import { byTime } from '../../../shared/i18n/collate';

/** Not cancelled and not yet over, soonest first. */
export function upcomingNetworkEvents(store: LocalStore, networkId: string, now = new Date()): Seminar[] {
  const at = now.toISOString();
  return store.all('seminar')
    .filter((s) => s.networkId === networkId && s.status !== 'cancelled' && s.endsAt >= at)
    .sort((a, b) => byTime(a.startsAt, b.startsAt));
}

export function NetworkEvents({ networkId }: { networkId: string }) {
  const t = useT();
  const runtime = useRuntime();
  const when = useWhen();
  const events = useLiveQuery(() => upcomingNetworkEvents(runtime.store, networkId), [networkId]);
  if (events === undefined) return null;
  return (
    <section class="card stack" aria-labelledby="network-events" data-testid="network-events">
      <h2 id="network-events">{t('networkEvents')}</h2>
      {events.length === 0 ? <p class="muted">{t('networkNoEvents')}</p> : (
        <ul class="plain-list stack stack--tight">
          {events.map((event) => (
            <li key={event.id} class="stack stack--tight" data-event-id={event.id}>
              <Link to="/arrangementer/$id" params={{ id: event.id }} className="target-link">{event.title}</Link>
              <span class="muted">{when(event.startsAt, event.endsAt)} · {event.location}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
