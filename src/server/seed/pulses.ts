// Two earlier pulse checks in the demo municipality (issue 24), winter and summer, so the
// trend shows: about half of everyone answers, a little better in summer on the
// characteristics the plan works on (10, 5, 11, 9); big units (Lis's) are above the
// threshold, the smallest below it. Answers are stored as the app stores them: without
// the person, a mark that they answered, the day only; their results counted in the same
// transaction, so that a device's first pull has them.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { reserveVersions } from '../db/versions';
import { SCORE_COLUMNS, scoreColumn, type AnswerScores } from '../db/pulses';
import { PULSE_QUESTIONS } from '../../shared/pulse/questions';
import { PLAN_FOCUS } from '../../shared/core-knowledge/learning-profile';
import { createRng } from './random';
import { computePulseResultsIn } from '../pulses/results-job';

const DAY = 86_400_000;
const ANSWER_SHARE = 0.55;
const TEXTS = [
  'Mere tid til at dele erfaringer på tværs af vagterne.',
  'Faste videndelingsmøder i enheden, også om aftenen.',
  'At vi får fortalt hinanden, hvad vi lærte på kurserne.',
  'Et sted, hvor man kan finde en kollega, der ved noget om emnet.',
  'Sidemandsoplæring for nye kolleger.',
];

interface DemoPulse { id: string; title: string; daysAgo: number; lift: number }
const PULSES: readonly DemoPulse[] = [
  { id: 'pulse-demo-vinter', title: 'Temperaturmåling, vinter', daysAgo: 300, lift: 0 },
  { id: 'pulse-demo-sommer', title: 'Temperaturmåling, sommer', daysAgo: 130, lift: 0.5 },
];

/** A score 0–5: "ved ikke" now and then, else around 3, higher on the plan's own characteristics after the lift. */
function scoreFor(next: () => number, dlo: number, lift: number): number {
  if (next() < 0.08) return 0;
  const base = 2.6 + (PLAN_FOCUS.includes(dlo) ? lift : lift / 3) + (next() - 0.5) * 2.4;
  return Math.min(5, Math.max(1, Math.round(base)));
}

export async function seedPulses(tx: Transaction<Database>, todayMs: number, seed: number): Promise<void> {
  const rng = createRng(seed * 31 + 7);
  const people = await tx.selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id')
    .select(['people.id', 'people.unit_id', 'units.area_id']).where('people.deleted', '=', 0).orderBy('people.id').execute();
  let version = await reserveVersions(tx, PULSES.length);
  for (const pulse of PULSES) {
    const opens = todayMs - pulse.daysAgo * DAY;
    await tx.insertInto('pulses').values({
      id: pulse.id, version: version++, deleted: 0, title: pulse.title, scope_kind: 'municipality', scope_id: null,
      opens_at: new Date(opens).toISOString(), closes_at: new Date(opens + 14 * DAY).toISOString(), closed_at: null,
      questions: JSON.stringify(PULSE_QUESTIONS), opened_by: 'p-admin', created_at: new Date(opens - DAY).toISOString(), results_due: 0,
    }).execute();
    const answering = people.filter(() => rng.chance(ANSWER_SHARE));
    const marks = answering.map((person) => ({ pulse_id: pulse.id, person_id: person.id, marked_on: new Date(opens + rng.int(0, 13) * DAY).toISOString().slice(0, 10) }));
    const answers = rng.shuffle(answering).map((person) => {
      const scores = Object.fromEntries(SCORE_COLUMNS.map((column) => [column, null])) as AnswerScores;
      for (const dlo of PULSE_QUESTIONS) scores[scoreColumn(dlo)] = scoreFor(rng.next, dlo, pulse.lift);
      return {
        id: randomUUID(), pulse_id: pulse.id, key_hash: randomUUID(), unit_id: person.unit_id, area_id: person.area_id,
        answered_on: new Date(opens + rng.int(0, 13) * DAY).toISOString().slice(0, 10), text: rng.chance(0.12) ? rng.pick(TEXTS) : null,
        ...scores,
      };
    });
    for (let at = 0; at < marks.length; at += 500) await tx.insertInto('pulse_marks').values(marks.slice(at, at + 500)).execute();
    for (let at = 0; at < answers.length; at += 300) await tx.insertInto('pulse_answers').values(answers.slice(at, at + 300)).execute();
    await computePulseResultsIn(tx, pulse.id);
  }
}
