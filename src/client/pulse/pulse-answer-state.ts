// Where this phone's answer to a pulse stands (issue 24): kept here and waiting in the
// outbox ("gemt"), sent (the server has it), or refused (with the server's message); or kept
// but never queued (the app stopped in between): shown again in the form, to send.
import type { OutboxEntry, RejectedEntry } from '../store/schema';
import type { LocalStore } from '../store/local-store';
import { keptPulseAnswer } from './kept-answers';
import { getMeta } from '../store/meta';
import type { KeptPulseAnswer } from '../store/schema';

export type AnswerState =
  | { kind: 'none' }
  | { kind: 'unsent'; kept: KeptPulseAnswer }
  | { kind: 'waiting'; kept: KeptPulseAnswer }
  | { kind: 'sent'; kept: KeptPulseAnswer }
  | { kind: 'refused'; kept: KeptPulseAnswer | undefined; message: string };

const isAnswerTo = (pulseId: string) => (entry: OutboxEntry | RejectedEntry) =>
  entry.name === 'pulse.answer' && (entry.args as { pulseId?: unknown }).pulseId === pulseId;

export async function answerState(store: LocalStore, pulseId: string): Promise<AnswerState> {
  const [kept, outbox, rejected, pushedUpTo] = await Promise.all([
    keptPulseAnswer(store.idb, pulseId), store.idb.getAll('outbox'), store.idb.getAll('rejected'), getMeta(store.idb, 'pushedUpTo'),
  ]);
  // Entries the server has taken stay in the outbox until the next pull: they are sent.
  const waiting = outbox.filter((entry) => entry.id > (pushedUpTo ?? 0)).filter(isAnswerTo(pulseId));
  const refusals = rejected.filter(isAnswerTo(pulseId));
  if (!kept) return refusals[0] ? { kind: 'refused', kept, message: refusals[0].message } : { kind: 'none' };
  if (kept.mutationId === undefined) return { kind: 'unsent', kept };
  if (waiting.length > 0) return { kind: 'waiting', kept };
  // A refusal counts only when it refused the latest answer given here.
  const refusal = refusals.find((entry) => entry.id === kept.mutationId);
  return refusal ? { kind: 'refused', kept, message: refusal.message } : { kind: 'sent', kept };
}
