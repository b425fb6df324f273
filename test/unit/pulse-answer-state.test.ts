// A pulse answer given on this phone (issue 24): the key is made once and kept, so a changed
// answer reaches the same answer on the server; and the screen's state follows the outbox:
// kept and waiting ("gemt"), sent, or refused — a refusal only of the latest answer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { settleOutbox } from '../../src/client/store/outbox';
import { mutate } from '../../src/client/actions/mutate';
import { keepPulseAnswer, keptPulseAnswer, noteAnswerQueued } from '../../src/client/pulse/kept-answers';
import { answerState } from '../../src/client/pulse/pulse-answer-state';

let store: LocalStore;
beforeEach(async () => {
  store = await LocalStore.open(`pulse-${crypto.randomUUID()}`);
  await setMeta(store.idb, 'personId', 'p-anna');
});
afterEach(() => store.close());

async function answer(pulseId: string, scores: Record<string, number>, text = ''): Promise<number> {
  const args = await keepPulseAnswer(store.idb, pulseId, scores, text);
  const id = await mutate(store, 'pulse.answer', args);
  await noteAnswerQueued(store.idb, pulseId, id);
  return id;
}

describe('a pulse answer kept on the phone', () => {
  it('keeps one key per pulse: a changed answer goes out with the same key, another pulse gets its own', async () => {
    const first = await keepPulseAnswer(store.idb, 'pulse-a', { 1: 4 }, ' Mere tid ');
    const changed = await keepPulseAnswer(store.idb, 'pulse-a', { 1: 2 }, '');
    const other = await keepPulseAnswer(store.idb, 'pulse-b', { 1: 3 }, '');
    expect(changed.key).toBe(first.key);
    expect(other.key).not.toBe(first.key);
    expect(first.text).toBe('Mere tid');
    expect(changed).not.toHaveProperty('text');
    expect((await keptPulseAnswer(store.idb, 'pulse-a'))?.scores).toEqual({ 1: 2 });
  });

  it('is "waiting" while in the outbox, "sent" once the server took it, and "refused" only when its latest answer was', async () => {
    expect(await answerState(store, 'pulse-a')).toEqual({ kind: 'none' });
    const id = await answer('pulse-a', { 1: 4 });
    expect((await answerState(store, 'pulse-a')).kind).toBe('waiting');

    // Taken by the server, still in the outbox until the next pull: sent, not waiting.
    await settleOutbox(store.idb, id, []);
    expect((await answerState(store, 'pulse-a')).kind).toBe('sent');

    const refusedId = await answer('pulse-a', { 1: 5 });
    await settleOutbox(store.idb, refusedId, [{ id: refusedId, name: 'pulse.answer', args: { pulseId: 'pulse-a' }, code: 'pulse_closed', message: 'Målingen er lukket.', at: new Date().toISOString() }]);
    expect(await answerState(store, 'pulse-a')).toMatchObject({ kind: 'refused', message: 'Målingen er lukket.' });

    // Answered again after the refusal, and taken: the old refusal no longer shows.
    const againId = await answer('pulse-a', { 1: 3 });
    expect((await answerState(store, 'pulse-a')).kind).toBe('waiting');
    await settleOutbox(store.idb, againId, []);
    expect((await answerState(store, 'pulse-a')).kind).toBe('sent');
  });

  it('is "unsent", not "sent", when the app stopped between keeping an answer and queueing it', async () => {
    await keepPulseAnswer(store.idb, 'pulse-a', { 1: 4 }, '');
    expect(await answerState(store, 'pulse-a')).toMatchObject({ kind: 'unsent', kept: { scores: { 1: 4 } } });

    const id = await answer('pulse-a', { 1: 4 });
    await settleOutbox(store.idb, id, []);
    expect((await answerState(store, 'pulse-a')).kind).toBe('sent');
    // A change kept, then the app stopped: the server still has the old answer.
    await keepPulseAnswer(store.idb, 'pulse-a', { 1: 1 }, '');
    expect((await answerState(store, 'pulse-a')).kind).toBe('unsent');
  });
});
