// pulse.answer (issue 24): one answer per person per pulse, changeable until it closes, and
// stored without the person. The device's secret key (its hash) finds the answer again;
// the mark that the person has answered keeps the one-answer rule. Both carry the day only.
import { createHash, randomUUID } from 'node:crypto';
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { parseJsonList } from '../db/json';
import {
  answerIdByKey, areaOfUnit, findPulse, hasAnswered, insertAnswer, isInPulseScope, markResultsDue, SCORE_COLUMNS, scoreColumn, updateAnswer,
  type AnswerScores,
} from '../db/pulses';

const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');

export const pulseAnswer: Mutator<'pulse.answer'> = async ({ tx, viewer, now }, args) => {
  const pulse = await findPulse(tx, args.pulseId);
  if (!pulse) throw new MutationRefusal('pulse_not_found');
  if (!(await isInPulseScope(tx, viewer, pulse))) throw new MutationRefusal('pulse_not_in_scope');
  if (now < pulse.opens_at) throw new MutationRefusal('pulse_not_open_yet');
  if (pulse.closed_at !== null || now >= pulse.closes_at) throw new MutationRefusal('pulse_closed');
  const questions = parseJsonList<number>(pulse.questions);
  const given = Object.keys(args.scores).map(Number).sort((a, b) => a - b);
  if (given.length !== questions.length || given.some((dlo, i) => dlo !== questions[i])) throw new MutationRefusal('pulse_answer_invalid');

  const scores = Object.fromEntries(SCORE_COLUMNS.map((column) => [column, null])) as AnswerScores;
  for (const dlo of questions) scores[scoreColumn(dlo)] = args.scores[String(dlo) as keyof typeof args.scores]!;
  const text = args.text?.trim() ? args.text.trim() : null;
  const day = now.slice(0, 10);
  const keyHash = hashOf(args.key);

  const earlier = await answerIdByKey(tx, pulse.id, keyHash);
  if (earlier) {
    await updateAnswer(tx, pulse.id, earlier, day, text, scores);
  } else {
    if (await hasAnswered(tx, pulse.id, viewer.personId)) throw new MutationRefusal('pulse_already_answered');
    const areaId = (await areaOfUnit(tx, viewer.unitId)) ?? '';
    await insertAnswer(tx, { pulseId: pulse.id, personId: viewer.personId, day }, { id: randomUUID(), keyHash, unitId: viewer.unitId, areaId, text, scores });
  }
  await markResultsDue(tx, pulse.id);
};
