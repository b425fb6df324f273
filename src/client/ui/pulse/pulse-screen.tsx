// A pulse check (temperaturmåling, issue 24): what it asks, the answer form while it is open
// (offline too: the answer is kept here and sent with the outbox, and the screen says which
// of the two happened), and the results for the viewer's unit, area and municipality.
import '../../../shared/i18n/sections/units';
import '../../../shared/i18n/sections/pulse';
import './pulse.css';
import { useEffect, useState } from 'preact/hooks';
import { useParams } from '@tanstack/react-router';
import { formatDay } from '../../../shared/i18n/dates';
import { useLang, useRuntime, useT } from '../context';
import { useLiveQuery, useSyncStatus } from '../hooks';
import { pulseEnd, pulseResultsFor, pulseState } from '../../pulse/pulse-data';
import { answerState } from '../../pulse/pulse-answer-state';
import { keepPulseAnswer, noteAnswerQueued, type PulseScores } from '../../pulse/kept-answers';
import { PulseAnswerForm } from './pulse-answer-form';
import { PulseResults } from './pulse-results';

export function PulseScreen() {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const status = useSyncStatus();
  // Bumped once an answer is queued and its outbox id noted: the state is read again then
  // (the outbox count changes before the id is noted, and offline nothing else follows).
  const [sends, setSends] = useState(0);
  // One tap from a change: the code that makes it loads now, not at the tap (offline too).
  useEffect(() => runtime.prepareToChange(), [runtime]);
  const id = useParams({ from: '/maalinger/$id', shouldThrow: false, select: (params?: { id: string }) => params?.id }) ?? '';
  const data = useLiveQuery(async () => {
    const pulse = runtime.store.get('pulse', id);
    if (!pulse) return null;
    const unitId = runtime.store.get('person', runtime.personId ?? '')?.unitId ?? null;
    return { pulse, answer: await answerState(runtime.store, id), results: pulseResultsFor(runtime.store, pulse, unitId) };
    // The outbox's count and the refusals change as answers go out: read again then.
  }, [id, sends, status.pending, status.rejected, status.lastSyncAt]);

  if (data === undefined) return <p class="muted">{t('loading')}</p>;
  if (data === null) return <p class="notice">{t('pulseNotFound')}</p>;
  const { pulse, answer, results } = data;
  const state = pulseState(pulse, new Date().toISOString());
  // An answer the server has or will get (a refused one too: it can be given again).
  const answered = answer.kind === 'waiting' || answer.kind === 'sent' || answer.kind === 'refused';

  async function send(scores: PulseScores, text: string) {
    const args = await keepPulseAnswer(runtime.store.idb, pulse.id, scores, text);
    const mutationId = await runtime.mutate('pulse.answer', args);
    await noteAnswerQueued(runtime.store.idb, pulse.id, mutationId);
    setSends((n) => n + 1);
  }

  return (
    <div class="stack pulse-page" data-testid="pulse-page">
      <div class="stack stack--tight">
        <p class="muted">{t('pulseCardTitle')}</p>
        <h1>{pulse.title}</h1>
        <p class="muted">
          {state === 'open' && t('pulseOpenUntil', { date: formatDay(lang, pulse.closesAt) })}
          {state === 'upcoming' && t('pulseOpensOn', { date: formatDay(lang, pulse.opensAt) })}
          {state === 'closed' && t('pulseClosedOn', { date: formatDay(lang, pulseEnd(pulse)) })}
        </p>
      </div>
      {state === 'open' && (
        <section class="card stack" aria-labelledby="pulse-answer">
          <h2 id="pulse-answer">{answered ? t('pulseSeeAnswer') : t('pulseAnswerNow')}</h2>
          <p class="hint">{t('pulseAnonymous')}</p>
          {answer.kind === 'waiting' && <p class="notice" role="status" data-testid="pulse-status" data-state="saved">{t('pulseSavedOffline')}</p>}
          {answer.kind === 'sent' && <p class="notice" role="status" data-testid="pulse-status" data-state="sent">{t('pulseSent')}</p>}
          {answer.kind === 'refused' && <p class="notice notice--error" role="alert" data-testid="pulse-status" data-state="refused">{answer.message}</p>}
          <PulseAnswerForm key={`${pulse.id}:${answer.kind}`} pulse={pulse} kept={answer.kind === 'none' ? undefined : answer.kept} answered={answered} onSend={send} />
        </section>
      )}
      {state === 'upcoming' && <p class="notice">{t('pulseNotYetOpen')}</p>}
      {results.length > 0 && <PulseResults questions={pulse.questions} results={results} />}
    </div>
  );
}
