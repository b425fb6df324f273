// One event: all its details, my state, "Tilmeld"/"Afmeld", and "Tilføj til kalender".
import '../../../shared/i18n/sections/events';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'preact/hooks';
import type { Seminar } from '../../../shared/entities/seminar';
import { isReadableSpan } from '../../../shared/entities/instant';
import { useRuntime, useT } from '../context';
import { canCancel, canSignUp, isFull, type SignupState } from './signup-state';
import { dloKey, kindKey, Seats, stateWords, useWhen } from './event-words';
import { useOffline } from '../hooks';
import { useEvent } from './use-events';
import { downloadText, fileStem } from './download';
import { reminderLeadsMs, settingsOrDefaults } from '../../../shared/notifications/settings';
import { mayRun, OrganizerTools } from './organizer-tools';
import { Dialog } from '../components/dialog';
import { LearningsAbout } from '../learning/learnings-about-lazy';

export function EventScreen() {
  const t = useT();
  const runtime = useRuntime();
  const id = useParams({ from: '/arrangementer/$id', shouldThrow: false, select: (params?: { id: string }) => params?.id }) ?? '';
  const event = useEvent(id);
  const when = useWhen();

  if (event === undefined) return <p class="muted">{t('loading')}</p>;
  const { seminar, state } = event;
  if (!seminar && event.draft) {
    return (
      <div class="stack">
        <h1>{event.draft.title}</h1>
        <p>{when(event.draft.startsAt)} · {event.draft.location}</p>
        <p class="badge badge--pending" data-testid="event-draft">{t('eventWaitingForServer')}</p>
      </div>
    );
  }
  if (!seminar) {
    return (
      <div class="stack">
        <p class="notice">{t('eventNotFound')}</p>
        <SignupBox seminarId={id} seminar={undefined} state={state} />
      </div>
    );
  }
  const organizer = runtime.store.get('person', seminar.organizerId);
  const network = seminar.networkId ? runtime.store.get('network', seminar.networkId) : undefined;
  const competences = seminar.competenceIds.flatMap((cid) => {
    const competence = runtime.store.get('competence', cid);
    return competence ? [competence] : [];
  });
  const readable = isReadableSpan(seminar);
  return (
    <div class="stack" data-seminar-id={seminar.id}>
      <div class="stack stack--tight">
        <h1>{seminar.title}</h1>
        <p class="muted">{t(kindKey(seminar.kind))}</p>
      </div>
      {seminar.status === 'cancelled' && <p class="notice notice--warn" role="status">{t('eventCancelledBanner')}</p>}
      <SignupBox seminarId={seminar.id} seminar={seminar} state={state} />
      <section class="card stack stack--tight" aria-labelledby="event-details">
        <h2 id="event-details">{t('eventWhen')}</h2>
        <p>{when(seminar.startsAt, seminar.endsAt)}</p>
        {!readable && <p class="notice notice--warn" data-testid="event-time-unreadable">{t('eventTimeUnreadable')}</p>}
        {seminar.signupDeadline && <p class="muted">{t('eventDeadline', { time: when(seminar.signupDeadline) })}</p>}
        <h2>{t('eventWhere')}</h2>
        <p>{seminar.location}</p>
        <Seats seminar={seminar} />
        <p>{seminar.description}</p>
        {readable && seminar.status !== 'cancelled' && (
          <div>
            <button type="button" class="button button--quiet" onClick={() => void addToCalendar(seminar, myReminderLeads(runtime))}>{t('eventAddToCalendar')}</button>
          </div>
        )}
      </section>
      {mayRun(runtime, seminar) && <OrganizerTools seminar={seminar} />}
      <section class="card stack stack--tight" aria-labelledby="event-organizer">
        <h2 id="event-organizer">{t('eventOrganizer')}</h2>
        <p>
          {organizer
            ? <Link to="/personer/$id" params={{ id: organizer.id }}>{organizer.name}</Link>
            : <span class="muted">{seminar.organizerId}</span>}
        </p>
        {competences.length > 0 && (
          <>
            <h2>{t('eventCompetences')}</h2>
            <ul class="stack stack--tight">
              {competences.map((c) => <li key={c.id}><Link to="/kompetencer/$id" params={{ id: c.id }}>{c.name}</Link></li>)}
            </ul>
          </>
        )}
        {network && (
          <>
            <h2>{t('eventNetwork')}</h2>
            <p><Link to="/netvaerk/$id" params={{ id: network.id }}>{network.name}</Link></p>
          </>
        )}
        {seminar.dlo.length > 0 && (
          <>
            <h2>{t('eventDloHeading')}</h2>
            <ul class="stack stack--tight" data-testid="event-dlo">
              {seminar.dlo.map((n) => <li key={n}>{n}. {t(dloKey(n))}</li>)}
            </ul>
          </>
        )}
      </section>
      <LearningsAbout about={{ kind: 'seminar', id: seminar.id }} />
    </div>
  );
}

/** The reminders I chose for messages (Mig → Besked til mig): the calendar file's alarms follow them. */
function myReminderLeads(runtime: ReturnType<typeof useRuntime>): number[] {
  const personId = runtime.personId ?? '';
  return reminderLeadsMs(settingsOrDefaults(personId, runtime.store.get('notificationSettings', personId)));
}

async function addToCalendar(seminar: Seminar, leadsMs: number[]) {
  const { calendarFile } = await import('../../../shared/calendar/ics');
  const text = calendarFile([{
    id: seminar.id,
    title: seminar.title,
    description: seminar.description,
    location: seminar.location,
    startsAt: seminar.startsAt,
    endsAt: seminar.endsAt,
    cancelled: seminar.status === 'cancelled',
    url: `${location.origin}/arrangementer/${encodeURIComponent(seminar.id)}`,
  }], leadsMs);
  downloadText(`${fileStem(seminar.title)}.ics`, text, 'text/calendar;charset=utf-8');
}

/** My state and the one button that changes it. */
export function SignupBox({ seminarId, seminar, state, big }: { seminarId: string; seminar: Seminar | undefined; state: SignupState; big?: boolean }) {
  const t = useT();
  const runtime = useRuntime();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  async function run(name: 'signup.request' | 'signup.cancel') {
    setBusy(true);
    try { await runtime.mutate(name, { seminarId }); } finally { setBusy(false); }
  }
  const offline = useOffline();
  const pending = state.kind === 'pendingSignup' || state.kind === 'pendingCancel';
  const mayAsk = canSignUp(seminar, state) && state.kind !== 'pendingCancel';
  // Every seat taken: the button says what it will do, and the place it expects.
  const full = mayAsk && isFull(seminar);
  return (
    <section class="card stack stack--tight" aria-labelledby="event-my-state">
      <h2 id="event-my-state">{t('eventMyState')}</h2>
      <p
        role="status"
        data-testid="event-state"
        data-state={state.kind}
        class={state.kind === 'refused' ? 'notice notice--error' : undefined}
      >
        {pending ? <span class="badge badge--pending">{stateWords(t, state, offline)}</span> : stateWords(t, state, offline)}
      </p>
      {full && seminar && <p data-testid="event-full">{t('eventFullExpectedPlace', { n: seminar.waitlistCount + 1 })}</p>}
      {mayAsk && (
        <button type="button" class={`button${big ? ' button--block' : ''}`} disabled={busy} onClick={() => void run('signup.request')}>
          {t(full ? 'eventJoinWaitlist' : 'eventSignUp')}
        </button>
      )}
      {canCancel(seminar, state) && (
        <button type="button" class="button button--quiet" disabled={busy} onClick={() => setAsking(true)}>
          {t('eventCancelSignup')}
        </button>
      )}
      <Dialog open={asking} onClose={() => setAsking(false)} variant="alert" labelledBy="cancel-signup-title" describedBy="cancel-signup-text" testId="cancel-signup-dialog">
        <h2 id="cancel-signup-title">{t('signupCancelTitle')}</h2>
        <p id="cancel-signup-text">{t('signupCancelText')}</p>
        <div class="dialog__actions">
          <button type="button" class="button button--quiet" autofocus onClick={() => setAsking(false)}>{t('signupCancelKeep')}</button>
          <button type="button" class="button button--danger-solid" onClick={() => { setAsking(false); void run('signup.cancel'); }}>{t('eventCancelSignup')}</button>
        </div>
      </Dialog>
    </section>
  );
}
