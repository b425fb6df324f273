// The sign-up QR on a poster (/s/$id?t=<title>&d=<startsAt>): one big "Tilmeld" button.
// Works offline, even before the event has arrived on the phone: the title and start come
// from the link itself, and the sign-up waits in the outbox like any other change.
import '../../../shared/i18n/sections/events';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useEffect } from 'preact/hooks';
import { useRuntime, useT } from '../context';
import { useOffline, useRowsLoaded } from '../hooks';
import { SignupBox } from './event-screen';
import { useWhen } from './event-words';
import { NotYetSynced, useNeverSynced } from '../components/not-yet-synced';
import { useEvent } from './use-events';
import { isFull } from './signup-state';
import { forgetAfterSignIn } from './after-sign-in';

export interface QuickSearch { t?: string; d?: string }

export function QuickSignupScreen() {
  const t = useT();
  const id = useParams({ from: '/s/$id', shouldThrow: false, select: (params?: { id: string }) => params?.id }) ?? '';
  const search = useSearch({ from: '/s/$id', shouldThrow: false }) as QuickSearch | undefined;
  const event = useEvent(id, { beforeRowsLoaded: true });
  const when = useWhen();
  const runtime = useRuntime();
  const rowsLoaded = useRowsLoaded();
  const offline = useOffline();
  const neverSynced = useNeverSynced();
  // Signed in and here: the kept link is followed. (Signed out, the shell sends the person
  // to sign in first, and the link waits.)
  useEffect(() => { if (runtime.personId) forgetAfterSignIn(); }, [runtime.personId]);
  // The one tap this screen is for should not wait for code to load.
  useEffect(() => runtime.prepareToChange(), [runtime]);

  if (event === undefined) return <p class="muted">{t('loading')}</p>;
  const { seminar, state } = event;
  // Never the raw id: the poster's own title, else a plain word.
  const title = seminar?.title ?? search?.t ?? t('quickSignupUntitled');
  const startsAt = seminar?.startsAt ?? search?.d;
  return (
    <div class="stack">
      <div class="stack stack--tight">
        <h1>{title}</h1>
        {startsAt && <p>{when(startsAt, seminar?.endsAt)}</p>}
        {seminar?.location && <p class="muted">{seminar.location}</p>}
      </div>
      {seminar?.status === 'cancelled' && <p class="notice notice--warn">{t('eventCancelledBanner')}</p>}
      {/* Until the rows are read at start, the event may still be on the phone. Then:
          offline, the sign-up waits; online, it is on its way, or not an event for me. */}
      {!seminar && rowsLoaded && offline && <p class="notice">{t('quickSignupNotSynced')}</p>}
      {!seminar && rowsLoaded && !offline && (neverSynced ? <NotYetSynced /> : <p class="notice">{t('eventNotFound')}</p>)}
      {state.kind === 'none' && !isFull(seminar) && <p>{t('quickSignupIntro')}</p>}
      {state.kind === 'none' && isFull(seminar) && <p>{t('quickSignupIntroFull')}</p>}
      <SignupBox seminarId={id} seminar={seminar} state={state} big />
      {seminar && <Link to="/arrangementer/$id" params={{ id }}>{t('quickSignupShowEvent')}</Link>}
    </div>
  );
}
