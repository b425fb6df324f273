// The venue's check-in QR (/c/$id?k=<code>): opened signed in, the check-in is queued at
// once with the moment the phone read the code (offline too), then confirmed by the server.
import '../../../shared/i18n/sections/events';
import { useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useRef } from 'preact/hooks';
import { signupId } from '../../../shared/entities/seminar';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { listEventChanges } from '../../store/queries';
import { seminarOf } from './signup-state';
import { forgetAfterSignIn } from './after-sign-in';
import { byTime } from '../../../shared/i18n/collate';

export type CheckinState = { kind: 'idle' } | { kind: 'pending' } | { kind: 'done' } | { kind: 'refused'; message: string };

export function CheckinScreen() {
  const t = useT();
  const runtime = useRuntime();
  const id = useParams({ from: '/c/$id', shouldThrow: false, select: (params?: { id: string }) => params?.id }) ?? '';
  const code = (useSearch({ from: '/c/$id', shouldThrow: false }) as { k?: string } | undefined)?.k ?? '';
  const queued = useRef(false);
  const state = useLiveQuery(async (): Promise<CheckinState> => {
    const { pending, refused } = await listEventChanges(runtime.store);
    if (runtime.store.get('signup', signupId(id, runtime.personId ?? ''))?.checkedInAt) return { kind: 'done' };
    if (pending.some((entry) => entry.name === 'checkin' && seminarOf(entry) === id)) return { kind: 'pending' };
    const no = refused.filter((entry) => entry.name === 'checkin' && seminarOf(entry) === id).sort((a, b) => byTime(b.at, a.at))[0];
    return no ? { kind: 'refused', message: no.message } : { kind: 'idle' };
  }, [id]);

  useEffect(() => {
    if (!runtime.personId) return;
    forgetAfterSignIn();
    if (state?.kind !== 'idle' || !code || queued.current) return;
    queued.current = true;
    void runtime.mutate('checkin', { seminarId: id, code, scannedAt: new Date().toISOString() });
  }, [state?.kind, code, id, runtime.personId]);

  const seminar = runtime.store.get('seminar', id);
  return (
    <div class="stack">
      <h1>{seminar?.title ?? t('checkinTitle')}</h1>
      {!code && <p class="notice notice--error">{t('checkinMissingCode')}</p>}
      <p role="status" data-testid="checkin-state" data-state={state?.kind ?? 'loading'}>
        {state?.kind === 'pending' && <span class="badge badge--pending">{t('checkinPending')}</span>}
        {state?.kind === 'done' && <strong>{t('checkinDone')}</strong>}
        {state?.kind === 'refused' && <span class="notice notice--error">{t('stateRefused', { message: state.message })}</span>}
      </p>
    </div>
  );
}
