// A pulse answer given on this phone (issue 24). The answer goes out with the outbox like
// any change (offline too); its secret key stays here, beside the answer, because it is the
// only way back to the answer on the server: with it the person changes their answer until
// the pulse closes, and without it no one, the server included, can tell whose answer it is.
import type { MutationArgs } from '../../shared/protocol';
import type { StoreDb } from '../store/open';
import { getMeta, setMeta } from '../store/meta';
import type { KeptPulseAnswer } from '../store/schema';

/** Per characteristic asked ("1".."11"): 1–5, or 0 for "ved ikke". */
export type PulseScores = MutationArgs<'pulse.answer'>['scores'];

export async function keptPulseAnswer(db: StoreDb, pulseId: string): Promise<KeptPulseAnswer | undefined> {
  return (await getMeta(db, 'pulseAnswers'))?.[pulseId];
}

/**
 * Keeps the answer (with the key of an earlier one, so the server changes that one) and
 * returns what `pulse.answer` sends. Kept before it is queued, and without an outbox id
 * until `noteAnswerQueued`: should the app stop between the two, the key is still here and
 * the screen offers the answer again to send, instead of calling it sent.
 */
export async function keepPulseAnswer(db: StoreDb, pulseId: string, scores: PulseScores, text: string): Promise<MutationArgs<'pulse.answer'>> {
  const kept = (await getMeta(db, 'pulseAnswers')) ?? {};
  const key = kept[pulseId]?.key ?? crypto.randomUUID();
  await setMeta(db, 'pulseAnswers', { ...kept, [pulseId]: { key, scores, text } });
  const trimmed = text.trim();
  return { pulseId, key, scores, ...(trimmed && { text: trimmed }) };
}

/** Notes which outbox entry carries the latest answer (after `keepPulseAnswer`, once queued). */
export async function noteAnswerQueued(db: StoreDb, pulseId: string, mutationId: number): Promise<void> {
  const kept = (await getMeta(db, 'pulseAnswers')) ?? {};
  const answer = kept[pulseId];
  if (answer) await setMeta(db, 'pulseAnswers', { ...kept, [pulseId]: { ...answer, mutationId } });
}
