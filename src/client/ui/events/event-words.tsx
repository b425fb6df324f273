// Small pieces the events screens share: the time span, the seats line, my state in words.
import '../../../shared/i18n/sections/events';
import type { Seminar } from '../../../shared/entities/seminar';
import type { MessageKey } from '../../../shared/i18n/messages';
import { formatClock, formatMoment } from '../../../shared/i18n/dates';
import { formatNumber } from '../../../shared/i18n/plural';
import { useLang, useT } from '../context';
import { useOffline, useSyncStatus } from '../hooks';
import type { SignupState } from './signup-state';

export const kindKey = (kind: Seminar['kind']) => `eventKind_${kind}` as MessageKey;

/** The 11 characteristics of the learning organisation, numbered as the plan does. */
export const DLO_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
export const dloKey = (n: number) => `eventDlo_${n}` as MessageKey;

export function useWhen() {
  const { lang } = useLang();
  return (startsAt: string, endsAt?: string) => (endsAt ? `${formatMoment(lang, startsAt)}–${formatClock(lang, endsAt)}` : formatMoment(lang, startsAt));
}

export function Seats({ seminar }: { seminar: Seminar }) {
  const t = useT();
  const { lang } = useLang();
  const { lastSyncAt } = useSyncStatus();
  const confirmed = formatNumber(lang, seminar.confirmedCount);
  return (
    <p class="muted" data-testid="event-seats">
      {lastSyncAt
        ? t.count('eventSeats', seminar.capacity, { confirmed, time: formatMoment(lang, lastSyncAt) })
        : t.count('eventSeatsNeverSynced', seminar.capacity, { confirmed })}
      {seminar.waitlistCount > 0 && ` · ${t.count('eventWaitlistCount', seminar.waitlistCount)}`}
    </p>
  );
}

export function stateWords(t: ReturnType<typeof useT>, state: SignupState, offline = false): string {
  switch (state.kind) {
    case 'none': return t('stateNone');
    case 'pendingSignup': return t(offline ? 'stateSavedSignup' : 'statePendingSignup');
    case 'pendingCancel': return t(offline ? 'stateSavedCancel' : 'statePendingCancel');
    case 'confirmed': return t('stateConfirmed');
    case 'waitlisted': return t('stateWaitlisted', { n: state.position ?? '?' });
    case 'cancelled': return t('stateCancelled');
    case 'attended': return t('stateAttended');
    case 'refused': return t('stateRefused', { message: state.message });
    case 'eventCancelled': return t('stateEventCancelled');
  }
}

export function StateBadge({ state }: { state: SignupState }) {
  const t = useT();
  const offline = useOffline();
  if (state.kind === 'none') return null;
  const pending = state.kind === 'pendingSignup' || state.kind === 'pendingCancel';
  const warn = state.kind === 'eventCancelled';
  return <span class={`badge${pending ? ' badge--pending' : ''}${warn ? ' badge--cancelled' : ''}`} data-testid="event-state" data-state={state.kind}>{stateWords(t, state, offline)}</span>;
}
